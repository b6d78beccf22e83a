using System.Text.Json;
using Attache.Agreements;
using Attache.Aid;
using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Partners;
using Attache.Tests.Infrastructure;
using Attache.Twinnings;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Reports;

/// <summary>Issue 9, points 1–5: a province whose 2011 holds every trap (delegations that did not take place, an
/// agreement expired without a status change and one terminated later, a twinning signed after the period, a currency
/// without a rate, a project past its end, a worker past return). The summary, the registers' stats and the three
/// documents must all give the right figure.</summary>
public sealed class FigureMeaningTests(AttacheFactory app) : IClassFixture<AttacheFactory>, IAsyncLifetime
{
    private const string Province = "VN-04";
    private const string Period = "from=2011-01-01&to=2011-12-31";

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public async ValueTask InitializeAsync()
    {
        var province = await app.ProvinceIdAsync(Province);
        await app.WithDbAsync(async (db, _) =>
        {
            if (await db.Set<Delegation>().AnyAsync(d => d.ProvinceId == province))
            {
                return;
            }

            var partner = new Partner
            {
                ProvinceId = province, Kind = PartnerKind.ForeignLocality, Country = "CN",
                NameLatin = "Trap county"
            };
            db.Add(partner);
            await db.SaveChangesAsync();

            // Delegations: received 2 (Completed, UnderWay), sent 1 (Completed, its report overdue); not counted: a
            // Proposed, an Approved (not held) and a Cancelled one, all in the period.
            Delegation Held(DelegationDirection direction, string title, DateOnly start,
                params DelegationStatus[] steps)
            {
                var d = new Delegation { ProvinceId = province, Direction = direction, Title = title };
                d.Schedule(start, start.AddDays(3), null, null);
                d.EnterCounts(5, direction == DelegationDirection.Inbound ? 4 : 0);
                d.Countries.Add(new DelegationCountry { ProvinceId = province, Country = "CN" });
                foreach (var step in steps)
                {
                    d.MoveTo(new DelegationTransition
                    {
                        To = step, DecisionNumber = "12/QĐ", DecisionDate = start.AddDays(-20),
                        ApprovingAuthority = "UBND", Reason = "Hoãn",
                    }, start.AddDays(10), mayApprove: true);
                }

                db.Add(d);
                return d;
            }

            Held(DelegationDirection.Inbound, "Held, completed", D(2011, 3, 1), DelegationStatus.Approved,
                DelegationStatus.UnderWay, DelegationStatus.Completed);
            Held(DelegationDirection.Inbound, "Held, under way", D(2011, 12, 28), DelegationStatus.Approved,
                DelegationStatus.UnderWay);
            Held(DelegationDirection.Outbound, "Sent, report overdue", D(2011, 6, 1), DelegationStatus.Approved,
                DelegationStatus.UnderWay, DelegationStatus.Completed);
            Held(DelegationDirection.Inbound, "Only proposed", D(2011, 4, 1));
            Held(DelegationDirection.Inbound, "Approved, never held", D(2011, 5, 1), DelegationStatus.Approved);
            Held(DelegationDirection.Inbound, "Cancelled", D(2011, 7, 1), DelegationStatus.Cancelled);

            // Agreements in force on 2011-12-31: the one terminated in 2012 and the one signed in 2011; not the one
            // whose expiry (2011-06-30) passed while its status still says InForce.
            Agreement Agreement(string title, DateOnly signed, DateOnly? expires, AgreementStatus status,
                DateOnly? ended = null) => new()
                {
                    ProvinceId = province, TitleVi = title, ProvinceParty = "UBND tỉnh",
                    Kind = AgreementKind.MemorandumOfUnderstanding,
                    Status = status, SignedOn = signed, EffectiveOn = signed, ExpiresOn = expires, EndedOn = ended,
                    Partners = [new AgreementPartner { ProvinceId = province, PartnerId = partner.Id }],
                };
            db.AddRange(
                Agreement("Expired without a status change", D(2009, 1, 10), D(2011, 6, 30), AgreementStatus.InForce),
                Agreement("Terminated after the period", D(2010, 3, 1), null, AgreementStatus.Terminated,
                    D(2012, 5, 1)),
                Agreement("Signed in the period", D(2011, 2, 1), null, AgreementStatus.InForce));

            // Twinnings active on 2011-12-31: two; the one signed in 2012 is not.
            foreach (var (name, signed) in new[] { ("Old pair", D(2010, 5, 1)), ("New pair", D(2011, 4, 1)),
                ("Later pair", D(2012, 3, 1)) })
            {
                db.Add(new Twinning
                {
                    ProvinceId = province, LocalityName = name, PartnerId = partner.Id,
                    SignedOn = signed
                });
            }

            // Aid: 1,000,000 VND + 100 USD at 20,000 = 3,000,000 VND; 50 EUR has no rate and is left out, not zeroed.
            db.Add(new ExchangeRate { ProvinceId = province, Currency = "USD", Date = D(2011, 1, 1), Rate = 20_000m });
            AidTransaction Commitment(decimal value, string currency, DateOnly on) => new()
            {
                ProvinceId = province, Type = TransactionType.IncomingCommitment, Date = on, ValueDate = on,
                Value = value,
                Currency = currency,
            };
            db.Add(new AidProject
            {
                ProvinceId = province, Identifier = "VN04-TRAP-1", TitleVi = "Dự án quá hạn",
                Kind = AidKind.NonRefundableAid,
                Status = ActivityStatus.Implementation, PlannedStart = D(2010, 1, 1), PlannedEnd = D(2011, 10, 31),
                Sectors = [new AidSector { ProvinceId = province, Code = "12220", Percentage = 100 }],
                Transactions =
                [
                    Commitment(1_000_000m, "VND", D(2011, 3, 1)), Commitment(100m, "USD", D(2011, 3, 1)),
                    Commitment(50m, "EUR", D(2011, 4, 1)),
                ],
            });

            // A worker who left in 2011, planned back on 2011-10-01, still recorded abroad.
            db.Add(new LabourProgramme
            {
                ProvinceId = province, Name = "Mùa vụ 2011", PartnerId = partner.Id, Sector = "Nông nghiệp",
                Cohorts =
                [
                    new LabourCohort
                    {
                        ProvinceId = province, Name = "Đợt 1", DepartureOn = D(2011, 3, 1),
                            PlannedReturnOn = D(2011, 10, 1),
                        Workers = [new SeasonalWorker { ProvinceId = province, FullName = "Lò Văn A",
                            CommuneOfOrigin = "Xã B", BirthYear = 1990, Outcome = WorkerOutcome.Abroad }],
                    },
                ],
            });
            await db.SaveChangesAsync();
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_summary_counts_only_what_took_place_was_in_force_and_converts()
    {
        using var viewer = await app.ViewerAsync(Province);
        var s = await (await viewer.GetAsync($"/api/reports/summary?{Period}")).JsonAsync();

        Assert.Equal(2, s.GetProperty("delegations").GetProperty("inbound").GetProperty("count").GetInt32());
        Assert.Equal(8, s.GetProperty("delegations").GetProperty("inbound").GetProperty("foreignVisitors").GetInt32());
        Assert.Equal(1, s.GetProperty("delegations").GetProperty("outbound").GetProperty("count").GetInt32());
        Assert.Equal(2, s.GetProperty("agreements").GetProperty("inForce").GetInt32());
        Assert.Equal(1, s.GetProperty("agreements").GetProperty("signed").GetInt32());
        Assert.Equal(2, s.GetProperty("twinnings").GetProperty("active").GetInt32());
        Assert.Equal(1, s.GetProperty("twinnings").GetProperty("signedInPeriod").GetInt32());

        var aid = s.GetProperty("aid");
        Assert.Equal(3_000_000m, aid.GetProperty("totalCommittedVnd").GetDecimal());
        Assert.False(aid.GetProperty("complete").GetBoolean());
        var missing = Assert.Single(aid.GetProperty("missingRates").EnumerateArray());
        Assert.Equal(("EUR", "2011-04-01"), (missing.GetProperty("currency").GetString(), missing.GetProperty("date")
            .GetString()));
        var sector = Assert.Single(aid.GetProperty("bySector").EnumerateArray());
        Assert.Equal(3_000_000m, sector.GetProperty("vnd").GetDecimal()); // the part it has, not 0
        Assert.Equal(1, s.GetProperty("labour").GetProperty("pastReturnStillAbroad").GetInt32());

        var warnings = s.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("No exchange rate for EUR on or before 2011-04-01",
            StringComparison.Ordinal));
        Assert.Contains("1 aid project is past its end date but still recorded as in implementation.", warnings);
        Assert.Contains("1 worker sent in the period is still recorded abroad after the planned return date.",
            warnings);
        Assert.Contains("1 outbound delegation of the period has an overdue outcome report.", warnings);
        Assert.Contains("1 agreement is past its expiry date but still recorded as in force; it is counted as "
            + "expired.", warnings);

        // The records behind the figures are exactly those counted.
        var records = s.GetProperty("records").EnumerateArray()
            .ToDictionary(r => r.GetProperty("section").GetString()!);
        var delegationTitles = Rows(records["Delegations"]).Select(r => r[3].GetString()).Order().ToList();
        Assert.Equal(["Held, completed", "Held, under way", "Sent, report overdue"], delegationTitles);
        var agreementRows = Rows(records["Agreements"]);
        Assert.Equal(2, agreementRows.Count(r => r[7].GetString() == "InForce"));
        var activeAtEnd = records["Twinnings"].GetProperty("columns").EnumerateArray().Select(c => c.GetString())
            .ToList()
            .IndexOf("activeAtEnd");
        Assert.Equal(2, Rows(records["Twinnings"]).Count(r => r[activeAtEnd].GetBoolean()));
    }

    [Fact]
    public async Task The_registers_stats_give_the_same_figures()
    {
        using var viewer = await app.ViewerAsync(Province);
        var delegations = await (await viewer.GetAsync($"/api/delegations/stats?{Period}")).JsonAsync();
        var directions = delegations.GetProperty("provinces").EnumerateArray().Single().GetProperty("byDirection")
            .EnumerateArray()
            .ToDictionary(d => d.GetProperty("direction").GetString()!, d => d.GetProperty("delegations").GetInt32());
        Assert.Equal(2, directions["Inbound"]);
        Assert.Equal(1, directions["Outbound"]);

        var agreements = await (await viewer.GetAsync($"/api/agreements/stats?{Period}")).JsonAsync();
        Assert.Equal(2, agreements.GetProperty("inForce").GetInt32());
        Assert.Equal("2011-12-31", agreements.GetProperty("inForceOn").GetString());

        var twinnings = await (await viewer.GetAsync($"/api/twinnings/stats?{Period}")).JsonAsync();
        Assert.Equal(2, twinnings.GetProperty("active").GetInt32());

        var aid = await (await viewer.GetAsync($"/api/aid-projects/stats?{Period}")).JsonAsync();
        var kind = Assert.Single(aid.GetProperty("byKind").EnumerateArray());
        Assert.Equal(3_000_000m, kind.GetProperty("committedVnd").GetDecimal());
        Assert.False(kind.GetProperty("complete").GetBoolean());
        Assert.False(aid.GetProperty("complete").GetBoolean());

        var labour = await (await viewer.GetAsync($"/api/labour-programmes/stats?{Period}")).JsonAsync();
        Assert.Equal(1, labour.GetProperty("pastReturnStillAbroad").GetInt32());
    }

    [Fact]
    public async Task An_agreement_past_its_expiry_shows_expired_in_the_list_and_on_its_page()
    {
        using var viewer = await app.ViewerAsync(Province);
        var list = await (await viewer.GetAsync("/api/agreements?status=Expired&pageSize=50")).JsonAsync();
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Expired without a status change", row.GetProperty("titleVi").GetString());
        Assert.Equal(("InForce", "Expired"), (row.GetProperty("status").GetString(), row.GetProperty("effectiveStatus")
            .GetString()));
        var detail = await (await viewer.GetAsync($"/api/agreements/{row.GetProperty("id").GetInt32()}")).JsonAsync();
        Assert.Equal("Expired", detail.GetProperty("effectiveStatus").GetString());

        var inForce = await (await viewer.GetAsync("/api/agreements?status=InForce&pageSize=50")).JsonAsync();
        Assert.DoesNotContain(inForce.GetProperty("items").EnumerateArray(), a => a.GetProperty("titleVi")
            .GetString() == "Expired without a status change");

        using var officer = await app.OfficerAsync(Province);
        var page = await (await officer.GetAsync($"/agreements/{row.GetProperty("id").GetInt32()}?culture=en-GB"))
            .Content.ReadAsStringAsync();
        Assert.Contains("but still recorded as", page);
        var home = await (await officer.GetAsync("/?culture=en-GB")).Content.ReadAsStringAsync();
        Assert.Contains("Agreements past their expiry date still recorded as in force: 1", home);
        Assert.Contains("Aid projects past their end date still in implementation: 1", home);
        Assert.Contains("Workers still abroad after their planned return date: 1", home);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task The_three_documents_say_the_same(string lang)
    {
        using var viewer = await app.ViewerAsync(Province);
        var query = $"/api/reports/summary.{{0}}?{Period}&lang={lang}";
        var docx = await (await viewer.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query,
            "docx"))).Content.ReadAsByteArrayAsync();
        var xlsx = await (await viewer.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query,
            "xlsx"))).Content.ReadAsByteArrayAsync();
        var pdf = await (await viewer.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query,
            "pdf"))).Content.ReadAsByteArrayAsync();

        string word;
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            word = string.Join("\n",
                document.MainDocumentPart!.Document!.Body!
                    .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        }

        var workbook = WorkbookText(xlsx);
        var pdfText = FormatTests.PdfText(pdf);
        var (inForce, active, missing, pastEnd) = lang == "en"
            ? ("Agreements in force at 31 December 2011", "Twinnings active at 31 December 2011",
                "The VND totals leave out the amounts in EUR valued on 1 April 2011",
                    "1 aid project is past its end date")
            : ("Thỏa thuận đang có hiệu lực tại 31/12/2011", "Quan hệ kết nghĩa đang hiệu lực tại 31/12/2011",
                "chưa bao gồm các khoản bằng EUR có ngày giá trị 01/04/2011", "1 dự án viện trợ đã quá ngày kết thúc");
        foreach (var text in new[] { word, Flat(pdfText) })
        {
            Assert.Contains(inForce, text);
            Assert.Contains(active, text);
            Assert.Contains(missing, text);
            Assert.Contains(pastEnd, text);
        }

        // In the workbook each figure sits beside its label: in force 2, active 2, committed 3,000,000 VND.
        Assert.Contains(workbook, r => r.Count > 1 && r[0].StartsWith(lang == "en" ? "In force at"
            : "Đang có hiệu lực tại", StringComparison.Ordinal) && r[1] == "2");
        Assert.Contains(workbook, r => r.Count > 1 && r[0].StartsWith(lang == "en" ? "Twinnings active at"
            : "Kết nghĩa đang hiệu lực tại", StringComparison.Ordinal) && r[1] == "2");
        Assert.Contains(workbook, r => r.Count > 1 && r[1] == "3000000");
        Assert.Contains(workbook, r => r.Any(c => c.Contains(pastEnd, StringComparison.Ordinal)));
    }

    private static List<JsonElement[]> Rows(JsonElement section) =>
        [.. section.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray())];

    /// <summary>A PDF line may break anywhere between words: compare with single spaces.</summary>
    private static string Flat(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\r'],
        StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The rows of every sheet as text (inline strings and numbers).</summary>
    private static List<List<string>> WorkbookText(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var rows = new List<List<string>>();
        foreach (var sheet in document.WorkbookPart!.WorksheetParts)
        {
            foreach (var row in sheet.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>())
            {
                rows.Add([.. row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                    .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "")]);
            }
        }

        return rows;
    }
}
