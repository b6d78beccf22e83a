using System.Globalization;
using System.Net;
using System.Resources;
using Attache.Agreements;
using Attache.Aid;
using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Partners;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Partners;

/// <summary>A partner's history and its brief against a family built here in Lai Châu on the test clock's day
/// (2026-11-30): a province-level partner, a city under it and a farm under the city, each named by records of their
/// own. The traps: a delegation of Cao Bằng that names the Lai Châu partner (another province's record, linked
/// behind the register's back), and a delegation with an unrelated partner.</summary>
public sealed class PartnerHistoryTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private sealed record Family(int LaiChau, int Parent, int City, int Farm, int Agreement);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private async Task<Family> SeedAsync(string name)
    {
        var laiChau = await app.ProvinceIdAsync("VN-01");
        var caoBang = await app.ProvinceIdAsync("VN-04");
        return await app.WithDbAsync(async db =>
        {
            Partner New(string latin, string? vietnamese, Partner? parent,
                PartnerKind kind = PartnerKind.ForeignLocality) =>
                new()
                {
                    ProvinceId = laiChau, Kind = kind, Country = "KR", NameLatin = latin, NameVietnamese = vietnamese,
                    Parent = parent,
                };

            var parent = New($"{name} Province", $"Tỉnh {name}", null);
            var city = New($"{name} City", $"Thành phố {name}", parent);
            var farm = New($"{name} aloe farm", null, city, PartnerKind.Enterprise);
            var stranger = New($"{name} stranger", null, null);
            parent.Contacts.Add(new PartnerContact
            {
                ProvinceId = laiChau, Name = "Kim Min-jun", Title = "International desk",
            });
            db.AddRange(parent, city, farm, stranger);
            await db.SaveChangesAsync();

            Delegation Delegation(int province, DelegationDirection direction, string title, DateOnly start,
                Partner[] partners, params DelegationStatus[] steps)
            {
                var d = new Delegation { ProvinceId = province, Direction = direction, Title = title };
                d.Schedule(start, start.AddDays(3), null, null);
                d.Partners.AddRange(partners.Select(p =>
                    new DelegationPartner { ProvinceId = province, PartnerId = p.Id }));
                foreach (var step in steps)
                {
                    d.MoveTo(new DelegationTransition
                    {
                        To = step, DecisionNumber = "12/QĐ-UBND", DecisionDate = start.AddDays(-30),
                        ApprovingAuthority = "UBND tỉnh",
                    }, start.AddDays(5), mayApprove: true);
                }

                return d;
            }

            db.AddRange(
                Delegation(laiChau, DelegationDirection.Outbound, $"Seasonal workers visit the {name} farm",
                    D(2023, 3, 20), [farm], DelegationStatus.Approved, DelegationStatus.UnderWay,
                    DelegationStatus.Completed),
                Delegation(laiChau, DelegationDirection.Inbound, $"{name} Province and City visit Lai Châu",
                    D(2025, 5, 2), [parent, city], DelegationStatus.Approved, DelegationStatus.UnderWay,
                    DelegationStatus.Completed, DelegationStatus.Reported),
                Delegation(laiChau, DelegationDirection.Outbound, $"Lai Châu visits {name} City", D(2026, 12, 9),
                    [city]),
                Delegation(caoBang, DelegationDirection.Inbound, $"Cao Bằng's delegation with {name}", D(2026, 6, 1),
                    [parent]),
                Delegation(laiChau, DelegationDirection.Inbound, $"{name} stranger's visit", D(2026, 1, 5),
                    [stranger]));

            var signed = new Agreement
            {
                ProvinceId = laiChau, Kind = AgreementKind.Agreement, Status = AgreementStatus.InForce,
                TitleVi = $"Thỏa thuận lao động thời vụ với {name}",
                TitleEn = $"Seasonal workers agreement with {name}",
                ProvinceParty = "UBND tỉnh Lai Châu", SignedOn = D(2021, 12, 20), EffectiveOn = D(2021, 12, 20),
                ExpiresOn = D(2026, 12, 20),
            };
            signed.Partners.Add(new AgreementPartner { ProvinceId = laiChau, PartnerId = city.Id });
            var proposed = new Agreement
            {
                ProvinceId = laiChau, Kind = AgreementKind.MemorandumOfUnderstanding,
                TitleVi = $"Biên bản ghi nhớ du lịch với {name}", ProvinceParty = "UBND tỉnh Lai Châu",
            };
            proposed.Partners.Add(new AgreementPartner { ProvinceId = laiChau, PartnerId = parent.Id });
            var project = new AidProject
            {
                ProvinceId = laiChau, Identifier = $"LC-{name}-01", TitleVi = $"Nhà màng trồng rau {name}",
                TitleEn = $"{name} greenhouses", Kind = AidKind.NonRefundableAid,
                Status = ActivityStatus.Implementation,
                PlannedStart = D(2024, 4, 1), PlannedEnd = D(2026, 6, 30),
            };
            project.Participants.Add(new AidParticipant
            {
                ProvinceId = laiChau, PartnerId = farm.Id, Role = ParticipantRole.Funding,
            });
            db.AddRange(signed, proposed, project);
            await db.SaveChangesAsync();
            return new Family(laiChau, parent.Id, city.Id, farm.Id, signed.Id);
        });
    }

    private async Task<T> AsProvinceAsync<T>(string code, Func<PartnerHistory, Task<T>> read)
    {
        var id = await app.ProvinceIdAsync(code);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AttacheDb>().Tenant.Use(id, code);
        return await read(scope.ServiceProvider.GetRequiredService<PartnerHistory>());
    }

    [Fact]
    public async Task The_history_of_a_partner_holds_its_sub_units_records_newest_first_and_none_of_another_province()
    {
        var family = await SeedAsync("Hwaseong");
        var history = await AsProvinceAsync("VN-01", h => h.GetAsync(family.Parent, vietnamese: false, default));

        Assert.NotNull(history);
        Assert.Equal("Hwaseong Province", history.Name);
        Assert.Equal(["Hwaseong aloe farm", "Hwaseong City"], history.SubUnits.Select(s => s.Name));
        Assert.Equal(Enum.GetValues<PartnerRecordKind>(), history.Sections.Select(s => s.Kind));

        var delegations = history.Section(PartnerRecordKind.Delegation);
        Assert.Equal(3, delegations.Count);
        Assert.Equal(["Lai Châu visits Hwaseong City", "Hwaseong Province and City visit Lai Châu",
            "Seasonal workers visit the Hwaseong farm"], delegations.Records.Select(r => r.Title));
        Assert.DoesNotContain(delegations.Records, r => r.Title.Contains("Cao Bằng", StringComparison.Ordinal));
        Assert.DoesNotContain(delegations.Records, r => r.Title.Contains("stranger", StringComparison.Ordinal));

        var (coming, both, farm) = (delegations.Records[0], delegations.Records[1], delegations.Records[2]);
        Assert.Equal(["Hwaseong City"], coming.Via);
        Assert.Empty(both.Via); // it names the partner itself
        Assert.Equal(["Hwaseong aloe farm"], farm.Via);
        Assert.Equal($"/delegations/{coming.Id}", coming.Link);
        Assert.Equal(("Proposed", "Outbound (sent abroad)"), (coming.Status, coming.Detail));
        Assert.Equal("Planned for 09/12/2026, not yet held", coming.Pending);
        Assert.Null(both.Pending);
        // Completed on 23/03/2023, no outcome report since: overdue (30 days after the return by default).
        Assert.StartsWith("Outcome report overdue since ", farm.Pending, StringComparison.Ordinal);

        // The proposal has no signing date yet: it comes first; the signed agreement expires within 90 days.
        var agreements = history.Section(PartnerRecordKind.Agreement).Records;
        Assert.Equal([null, D(2021, 12, 20)], agreements.Select(a => a.Date));
        Assert.Equal(("In force", "Expires on 20/12/2026"), (agreements[1].Status, agreements[1].Pending));
        Assert.Equal("Seasonal workers agreement with Hwaseong", agreements[1].Title);

        var aid = Assert.Single(history.Section(PartnerRecordKind.AidProject).Records);
        Assert.Equal(("Hwaseong greenhouses", D(2024, 4, 1)), (aid.Title, aid.Date));
        Assert.Equal("Past its end date (30/06/2026), still in implementation", aid.Pending);
        Assert.Equal(0, history.Section(PartnerRecordKind.Twinning).Count);

        // The city's history has its own and its farm's records, not its parent's.
        var city = await AsProvinceAsync("VN-01", h => h.GetAsync(family.City, vietnamese: false, default));
        Assert.Equal(3, city!.Section(PartnerRecordKind.Delegation).Count);
        Assert.Equal(1, city.Section(PartnerRecordKind.Agreement).Count);

        // Cao Bằng does not see the partner at all, even though one of its delegations names it.
        Assert.Null(await AsProvinceAsync("VN-04", h => h.GetAsync(family.Parent, vietnamese: false, default)));
    }

    [Fact]
    public async Task The_history_reads_in_vietnamese_with_the_features_labels_and_dates_day_first()
    {
        var family = await SeedAsync("Yeongju");
        var history = await AsProvinceAsync("VN-01", h => h.GetAsync(family.Parent, vietnamese: true, default));
        var coming = history!.Section(PartnerRecordKind.Delegation).Records[0];
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var resources = new ResourceManager("Attache.Resources.SharedResource", typeof(Partner).Assembly);
        Assert.Equal(resources.GetString("DelegationStatus.Proposed", vi), coming.Status);
        Assert.Equal("Dự kiến ngày 09/12/2026, chưa thực hiện", coming.Pending);
        Assert.Equal("Tỉnh Yeongju", history.Name);
        Assert.Contains("Thành phố Yeongju", coming.Via);
        Assert.Equal("Thỏa thuận lao động thời vụ với Yeongju",
            history.Section(PartnerRecordKind.Agreement).Records[1].Title);
    }

    [Fact]
    public async Task The_brief_says_who_they_are_what_was_signed_who_visited_whom_and_what_is_pending()
    {
        var family = await SeedAsync("Andong");
        var brief = await AsProvinceAsync("VN-01", h => h.BriefAsync(family.Parent, vietnamese: false, default));

        Assert.NotNull(brief);
        Assert.Equal(("Andong Province", "Foreign locality", "South Korea"), (brief.Name, brief.Kind, brief.Country));
        Assert.Equal(["Andong aloe farm", "Andong City"], brief.SubUnits);
        Assert.Equal("Kim Min-jun", Assert.Single(brief.Contacts).Name);
        Assert.Equal("Seasonal workers agreement with Andong", Assert.Single(brief.InForce.Shown).Title);
        Assert.Equal("Biên bản ghi nhớ du lịch với Andong", Assert.Single(brief.OtherAgreements.Shown).Title);
        // Who visited whom: the delegations held, not the one only proposed.
        Assert.Equal(["Andong Province and City visit Lai Châu", "Seasonal workers visit the Andong farm"],
            brief.Visits.Shown.Select(v => v.Title));
        // The most pressing first: the report overdue since 2023, the project past its end in June, the visit planned
        // for 9 December, the agreement expiring on 20 December.
        Assert.Equal([PartnerRecordKind.Delegation, PartnerRecordKind.AidProject, PartnerRecordKind.Delegation,
            PartnerRecordKind.Agreement], brief.Pending.Shown.Select(p => p.Kind));
        Assert.Equal(app.Today, brief.PreparedOn);
    }

    [Fact]
    public async Task The_brief_downloads_as_a_word_document_in_either_language()
    {
        var family = await SeedAsync("Gimcheon");
        using var officer = await app.OfficerAsync("VN-01");

        var english = await officer.GetAsync($"/api/partners/{family.Parent}/brief.docx?lang=en");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            english.Content.Headers.ContentType?.MediaType);
        var disposition = english.Content.Headers.ContentDisposition;
        Assert.Equal($"partner-brief-gimcheon-province-{family.Parent}.docx",
            disposition?.FileNameStar ?? disposition?.FileName);
        var text = Text(await english.Content.ReadAsByteArrayAsync());
        Assert.Contains("Brief for a meeting", text);
        Assert.Contains("Gimcheon Province", text);
        Assert.Contains("Seasonal workers agreement with Gimcheon (Gimcheon City)", text);
        Assert.Contains("Expires on 20/12/2026", text);
        Assert.Contains("Kim Min-jun, International desk", text);
        Artifacts.Save("partner-brief-en.docx", await english.Content.ReadAsByteArrayAsync(), "documents");

        var vietnamese = await officer.GetAsync($"/api/partners/{family.Parent}/brief.docx");
        var vi = Text(await vietnamese.Content.ReadAsByteArrayAsync());
        Assert.Contains("Tóm tắt chuẩn bị làm việc", vi);
        Assert.Contains("Tỉnh Gimcheon", vi);
        Assert.Contains("Thỏa thuận lao động thời vụ với Gimcheon", vi);
        Assert.Contains("Hết hiệu lực ngày 20/12/2026", vi);
        Artifacts.Save("partner-brief-vi.docx", await vietnamese.Content.ReadAsByteArrayAsync(), "documents");

        Assert.Equal(["lang"], await (await officer.GetAsync($"/api/partners/{family.Parent}/brief.docx?lang=fr"))
            .ProblemFieldsAsync());
        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.GetAsync($"/api/partners/{family.Parent}/brief.docx")).StatusCode);
        using var viewer = await app.ViewerAsync("VN-01");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/partners/{family.City}/brief.docx")).StatusCode);
    }

    [Fact]
    public void Every_word_of_the_history_and_the_brief_is_translated()
    {
        var resources = new ResourceManager("Attache.Resources.SharedResource", typeof(Partner).Assembly);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var en = CultureInfo.GetCultureInfo("en-GB");
        var missing = PartnerHistory.Words.Where(w => resources.GetString(w, vi) is not { } t || t == w).ToList();
        foreach (var kind in Enum.GetNames<PartnerRecordKind>())
        {
            foreach (var key in new[] { $"PartnerRecordKind.{kind}", $"PartnerRecordKind.{kind}.None" })
            {
                if (resources.GetString(key, vi) is null || resources.GetString(key, en) is null)
                {
                    missing.Add(key);
                }
            }
        }

        Assert.Empty(missing);
    }

    internal static string Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!
            .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
