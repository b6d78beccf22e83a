using System.Net;
using System.Text.Json;
using Attache.Borders;
using Attache.Consular;
using Attache.Dossiers;
using Attache.Foreigners;
using Attache.Tests.Infrastructure;
using Attache.Tests.Reports;

namespace Attache.Tests.Consular;

/// <summary>Issue 12 point 9: the consular figures against a data set built here (no demo data) in the first half of
/// 2026, in Cao Bằng, with one record of each register in Lai Châu that Cao Bằng must not count. The traps: a permit
/// expired before the period (not active), an incident never notified (not 0 days in the median), a dossier returned
/// after its due day (beyond the deadline).</summary>
public sealed class ConsularStatsTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Period = "from=2026-01-01&to=2026-06-30";
    private const string SecretName = "Nguyễn Thị Bí Mật";

    private static bool entered;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private async Task EnterAsync()
    {
        if (entered)
        {
            return;
        }

        entered = true;
        var caoBang = await app.ProvinceIdAsync("VN-04");
        var laiChau = await app.ProvinceIdAsync("VN-01");
        await app.WithDbAsync(async (db, _) =>
        {
            ForeignOrganisation Org(int province, string name, ForeignOrganisationKind kind,
                ForeignOrganisationStatus status, DateOnly? validFrom, DateOnly? validTo) => new()
                {
                    ProvinceId = province, Name = name, Kind = kind, Country = "US", Status = status,
                    PermitValidFrom = validFrom, PermitValidTo = validTo,
                };
            db.AddRange(
                Org(caoBang, "Long-standing NGO", ForeignOrganisationKind.Ngo, ForeignOrganisationStatus.Active,
                    D(2024, 1, 1), D(2027, 12, 31)),
                Org(caoBang, "New office", ForeignOrganisationKind.RepresentativeOffice,
                    ForeignOrganisationStatus.Active, D(2026, 3, 1), D(2026, 8, 31)),
                // Still recorded Active, but its permit ended before the period: not active in it.
                Org(caoBang, "Expired NGO", ForeignOrganisationKind.Ngo, ForeignOrganisationStatus.Active,
                    D(2023, 1, 1), D(2025, 12, 31)),
                Org(caoBang, "Closed project office", ForeignOrganisationKind.ProjectOffice,
                    ForeignOrganisationStatus.Closed, D(2025, 1, 1), D(2026, 2, 28)),
                Org(caoBang, "Closed undated", ForeignOrganisationKind.Ngo, ForeignOrganisationStatus.Closed, null,
                    null),
                Org(caoBang, "Suspended NGO", ForeignOrganisationKind.Ngo, ForeignOrganisationStatus.Suspended,
                    D(2025, 6, 1), D(2026, 9, 15)),
                Org(laiChau, "Lai Chau NGO", ForeignOrganisationKind.Ngo, ForeignOrganisationStatus.Active,
                    D(2026, 2, 1), D(2026, 7, 31)));

            VisitPerson Visitor(int province, string? nationality) =>
                new() { ProvinceId = province, FullName = SecretName, Nationality = nationality };
            ForeignerVisit Visit(int province, string country, DateOnly starts, params VisitPerson[] persons) => new()
            {
                ProvinceId = province, Purpose = ForeignerVisitPurpose.Journalism, Subject = "Report", Country = country,
                Places = "Tà Lùng", StartsOn = starts, EndsOn = starts.AddDays(2), Persons = [.. persons],
            };
            db.AddRange(
                Visit(caoBang, "KR", D(2026, 2, 10), Visitor(caoBang, "KR"), Visitor(caoBang, "KR"),
                    Visitor(caoBang, "JP")),
                Visit(caoBang, "AU", D(2026, 3, 5)),
                Visit(caoBang, "KR", D(2026, 6, 30), Visitor(caoBang, null)),
                Visit(caoBang, "FR", D(2025, 12, 20), Visitor(caoBang, "FR")),
                Visit(laiChau, "FR", D(2026, 4, 1), Visitor(laiChau, "FR")));

            ForeignerIncident Incident(int province, IncidentKind kind, DateOnly reported, DateOnly? notified) => new()
            {
                ProvinceId = province, Kind = kind, OccurredOn = reported, ReportedOn = reported, Place = "Trùng Khánh",
                Summary = "Incident", MissionNotifiedOn = notified,
                Persons = [new IncidentPerson { ProvinceId = province, FullName = SecretName, Nationality = "CN" }],
            };
            db.AddRange(
                Incident(caoBang, IncidentKind.Accident, D(2026, 3, 1), D(2026, 3, 3)),
                Incident(caoBang, IncidentKind.Accident, D(2026, 3, 10), D(2026, 3, 20)),
                Incident(caoBang, IncidentKind.Accident, D(2026, 4, 1), null),
                Incident(caoBang, IncidentKind.LostDocuments, D(2026, 5, 1), D(2026, 5, 1)),
                Incident(caoBang, IncidentKind.Death, D(2025, 12, 30), D(2026, 1, 2)),
                Incident(laiChau, IncidentKind.Accident, D(2026, 2, 1), D(2026, 2, 2)));

            CitizenCase Case(int province, string country, CitizenCaseKind kind, DateOnly opened, DateOnly? closed) =>
                new()
                {
                    ProvinceId = province, Country = country, Kind = kind, OpenedOn = opened, Summary = "Case",
                    Status = closed is null ? CaseStatus.Open : CaseStatus.Closed, ClosedOn = closed,
                    FamilyContact = SecretName,
                    Persons = [new CasePerson { ProvinceId = province, FullName = SecretName, Nationality = "VN" }],
                };
            db.AddRange(
                Case(caoBang, "CN", CitizenCaseKind.Trafficked, D(2026, 2, 1), D(2026, 5, 1)),
                Case(caoBang, "CN", CitizenCaseKind.Trafficked, D(2026, 3, 1), null),
                Case(caoBang, "KR", CitizenCaseKind.Stranded, D(2025, 11, 1), D(2026, 2, 15)),
                Case(caoBang, "KR", CitizenCaseKind.Detained, D(2026, 7, 5), null),
                Case(caoBang, "CN", CitizenCaseKind.Detained, D(2025, 1, 1), null),
                Case(laiChau, "CN", CitizenCaseKind.Stranded, D(2026, 4, 4), null));

            BorderGate Gate(int province, string name, string vietnamese, string latin) => new()
            {
                ProvinceId = province, Name = name, Country = "CN", CounterpartVietnamese = vietnamese,
                CounterpartLatin = latin,
            };
            var taLung = Gate(caoBang, "Tà Lùng", "Thủy Khẩu", "Shuikou");
            var traLinh = Gate(caoBang, "Trà Lĩnh", "Long Bang", "Longbang");
            var maLuThang = Gate(laiChau, "Ma Lù Thàng", "Kim Thủy Hà", "Jinshuihe");
            BorderHandover Handover(BorderGate gate, DateOnly on, int count) => new()
            {
                ProvinceId = gate.ProvinceId, BorderGate = gate, ReceivedOn = on, PersonCount = count,
                Persons = [new HandoverPerson { ProvinceId = gate.ProvinceId, FullName = SecretName }],
            };
            db.AddRange(Handover(taLung, D(2026, 4, 2), 5), Handover(taLung, D(2026, 6, 30), 3),
                Handover(traLinh, D(2026, 1, 15), 1), Handover(taLung, D(2026, 7, 1), 10),
                Handover(maLuThang, D(2026, 3, 3), 7));

            Dossier Dossier(int province, string reference, DossierKind kind, DateOnly received, DateOnly due,
                DateOnly? returned) => new()
                {
                    ProvinceId = province, Reference = reference, Kind = kind, ReceivedOn = received, DueOn = due,
                    WorkingDaysAllowed = 10, ReturnedOn = returned,
                    Status = returned is null ? DossierStatus.Checking : DossierStatus.Returned,
                    Applicants = [new DossierApplicant { ProvinceId = province, FullName = SecretName }],
                };
            db.AddRange(
                Dossier(caoBang, "CS-1", DossierKind.Abtc, D(2026, 1, 5), D(2026, 1, 20), D(2026, 1, 19)),
                // Returned five days after its due day: handled beyond the deadline.
                Dossier(caoBang, "CS-2", DossierKind.Abtc, D(2026, 2, 1), D(2026, 2, 15), D(2026, 2, 20)),
                Dossier(caoBang, "CS-3", DossierKind.ConsularLegalisation, D(2026, 6, 1), D(2026, 6, 15), null),
                Dossier(caoBang, "CS-4", DossierKind.Nationality, D(2025, 12, 1), D(2025, 12, 20), D(2026, 1, 10)),
                Dossier(caoBang, "CS-5", DossierKind.ConsularCertification, D(2026, 6, 25), D(2026, 7, 5), null),
                Dossier(caoBang, "CS-6", DossierKind.Abtc, D(2025, 10, 1), D(2025, 10, 15), D(2026, 7, 10)),
                Dossier(laiChau, "LC-1", DossierKind.Abtc, D(2026, 3, 1), D(2026, 3, 15), D(2026, 3, 10)));
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task The_figures_of_the_period_follow_their_rules()
    {
        await EnterAsync();
        using var officer = await app.OfficerAsync("VN-04");
        var s = await (await officer.GetAsync($"/api/consular/stats?{Period}")).ReadAsync<ConsularStats>();

        Assert.Equal((D(2026, 1, 1), D(2026, 6, 30)), (s.From, s.To));
        var o = s.Organisations;
        // Long-standing, new, closed after February and suspended: the one expired in 2025 and the one closed
        // without a date are not active.
        Assert.Equal((4, 1, 1, 2), (o.Active, o.ClosedUndated, o.PermitsIssued, o.PermitsExpiring));
        Assert.Equal([(ForeignOrganisationKind.Ngo, 2), (ForeignOrganisationKind.RepresentativeOffice, 1),
            (ForeignOrganisationKind.ProjectOffice, 1)], o.ActiveByKind.Select(k => (k.Kind, k.Count)));

        Assert.Equal((3, 4), (s.Visits.Visits, s.Visits.PersonsNamed));
        Assert.Equal([("KR", 2, 3), ("AU", 1, 0), ("JP", 1, 1)],
            s.Visits.ByNationality.Select(n => (n.Nationality, n.Visits, n.Persons)));

        // Notified after 2, 10 and 0 days; the one never notified is left out of the median (0, 2, 10 → 2), where
        // counting it as 0 days would give 1.
        var i = s.Incidents;
        Assert.Equal((4, 3, 1, 2m), (i.Incidents, i.Notified, i.NotNotified, i.MedianDaysToNotification));
        var accident = Assert.Single(i.ByKind, k => k.Kind == IncidentKind.Accident);
        Assert.Equal((3, 2, 1, 6m), (accident.Incidents, accident.Notified, accident.NotNotified,
            accident.MedianDaysToNotification));
        Assert.Equal(0m, Assert.Single(i.ByKind, k => k.Kind == IncidentKind.LostDocuments).MedianDaysToNotification);

        Assert.Equal((2, 2), (s.CitizenCases.Opened, s.CitizenCases.Closed));
        Assert.Equal([("CN", CitizenCaseKind.Trafficked, 2, 1), ("KR", CitizenCaseKind.Stranded, 0, 1)],
            s.CitizenCases.ByCountryAndKind.Select(g => (g.Country, g.Kind, g.Opened, g.Closed)));

        Assert.Equal((3, 9), (s.Handovers.Handovers, s.Handovers.Citizens));
        Assert.Equal([("Tà Lùng – Thủy Khẩu", "Ta Lung – Shuikou", 2, 8), ("Trà Lĩnh – Long Bang", "Tra Linh – Longbang", 1, 1)],
            s.Handovers.ByGate.Select(g => (g.GateVi, g.GateEn, g.Handovers, g.Citizens)));

        var d = s.Dossiers;
        Assert.Equal((4, 1, 2, 2), (d.Received, d.HandledWithinDeadline, d.HandledBeyondDeadline, d.OverdueAtEnd));
        var abtc = Assert.Single(d.ByKind, k => k.Kind == DossierKind.Abtc);
        Assert.Equal((2, 1, 1, 1), (abtc.Received, abtc.HandledWithinDeadline, abtc.HandledBeyondDeadline,
            abtc.OverdueAtEnd));
    }

    [Fact]
    public async Task A_province_counts_only_its_own_records_and_the_nation_adds_them_up()
    {
        await EnterAsync();
        using var laiChau = await app.ViewerAsync("VN-01");
        var s = await (await laiChau.GetAsync($"/api/consular/stats?{Period}")).ReadAsync<ConsularStats>();
        Assert.Equal((1, 1, 1, 1, 7, 1), (s.Organisations.Active, s.Visits.Visits, s.Incidents.Incidents,
            s.CitizenCases.Opened, s.Handovers.Citizens, s.Dossiers.HandledWithinDeadline));
        Assert.Equal(1m, s.Incidents.MedianDaysToNotification);

        using var national = await app.NationalAsync();
        var summary = await (await national.GetAsync($"/api/reports/summary?{Period}&province=all")).JsonAsync();
        var nation = summary.GetProperty("consular");
        Assert.Equal(5, nation.GetProperty("organisations").GetProperty("active").GetInt32());
        Assert.Equal(16, nation.GetProperty("handovers").GetProperty("citizens").GetInt32());
        Assert.Equal(5, nation.GetProperty("dossiers").GetProperty("received").GetInt32());
        var provinces = summary.GetProperty("provinces").EnumerateArray()
            .ToDictionary(p => p.GetProperty("province").GetString()!, p => p.GetProperty("consular"));
        Assert.Equal(9, provinces["VN-04"].GetProperty("handovers").GetProperty("citizens").GetInt32());
        Assert.Equal(7, provinces["VN-01"].GetProperty("handovers").GetProperty("citizens").GetInt32());
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_naming_the_end()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var response = await officer.GetAsync("/api/consular/stats?from=2026-06-30&to=2026-01-01");
        Assert.Equal(["to"], await response.ProblemFieldsAsync());
        using var open = await officer.GetAsync("/api/consular/stats");
        var s = await open.ReadAsync<ConsularStats>();
        Assert.Equal(app.Today, s.To);
    }

    [Fact]
    public async Task The_report_lists_the_records_it_counts_with_counts_and_no_name()
    {
        await EnterAsync();
        using var officer = await app.ConsularAsync("VN-04");
        using var response = await officer.GetAsync($"/api/reports/records?section=Consular&{Period}&province=VN-04");
        var records = await response.JsonAsync();
        Assert.DoesNotContain(SecretName, records.GetRawText(), StringComparison.Ordinal);
        var columns = records.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var rows = records.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
        string? Cell(List<JsonElement> row, string column) => row[columns.IndexOf(column)].ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number => row[columns.IndexOf(column)].GetRawText(),
            _ => row[columns.IndexOf(column)].GetString(),
        };
        int Count(string figure) => rows.Count(r => Cell(r, "figure") == figure);
        Assert.Equal((4, 1, 2, 3, 4, 2, 2, 3, 4, 1, 2, 2), (Count("ActiveOrganisation"), Count("PermitIssued"),
            Count("PermitExpiring"), Count("Visit"), Count("Incident"), Count("CaseOpened"), Count("CaseClosed"),
            Count("Handover"), Count("DossierReceived"), Count("HandledWithinDeadline"),
            Count("HandledBeyondDeadline"), Count("OverdueAtEnd")));
        Assert.All(rows, r => Assert.Equal("VN-04", Cell(r, "province")));
        Assert.Equal([null, "0", "10", "2"], rows.Where(r => Cell(r, "figure") == "Incident")
            .Select(r => Cell(r, "days")).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(["1", "3", "5"], rows.Where(r => Cell(r, "figure") == "Handover")
            .Select(r => Cell(r, "persons")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_section_is_in_the_three_formats_in_both_languages()
    {
        await EnterAsync();
        using var officer = await app.OfficerAsync("VN-04");
        foreach (var (lang, title, sentence, table) in new[]
        {
            ("vi", "CÔNG TÁC LÃNH SỰ, NGƯỜI NƯỚC NGOÀI VÀ BẢO HỘ CÔNG DÂN",
                "Tiếp nhận 9 công dân do phía bạn trao trả tại Tà Lùng – Thủy Khẩu (8) và Trà Lĩnh – Long Bang (1).",
                "Hồ sơ giải quyết quá hạn"),
            ("en", "CONSULAR AFFAIRS, FOREIGNERS AND CITIZEN PROTECTION",
                "Citizens handed back by the neighbouring authorities: 9, received at Ta Lung – Shuikou (8) and "
                    + "Tra Linh – Longbang (1).",
                "Dossiers handled beyond the deadline"),
        })
        {
            var docx = await (await officer.GetAsync($"/api/reports/summary.docx?{Period}&lang={lang}"))
                .Content.ReadAsByteArrayAsync();
            var pdf = await (await officer.GetAsync($"/api/reports/summary.pdf?{Period}&lang={lang}"))
                .Content.ReadAsByteArrayAsync();
            var xlsx = await (await officer.GetAsync($"/api/reports/summary.xlsx?{Period}&lang={lang}"))
                .Content.ReadAsByteArrayAsync();
            Artifacts.Save($"consular-{lang}.docx", docx);
            Artifacts.Save($"consular-{lang}.pdf", pdf);
            Artifacts.Save($"consular-{lang}.xlsx", xlsx);

            var word = ReportLanguageTests.DocxText(docx);
            Assert.Contains(title, word, StringComparison.Ordinal);
            Assert.Contains(sentence, word, StringComparison.Ordinal);
            Assert.Contains(table, word, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretName, word, StringComparison.Ordinal);

            var text = FormatTests.PdfText(pdf).ReplaceLineEndings(" ");
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains(table, text, StringComparison.Ordinal);

            var book = ReportLanguageTests.XlsxText(xlsx);
            Assert.Contains(table, book, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretName, book, StringComparison.Ordinal);
        }

        var vi = ReportLanguageTests.DocxText(await (await officer.GetAsync(
            $"/api/reports/summary.docx?{Period}&lang=vi")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Xử lý 4 vụ việc liên quan đến người nước ngoài; cơ quan đại diện nước ngoài được thông báo "
            + "sau trung vị 2 ngày kể từ khi nhận tin; 1 vụ chưa được thông báo.", vi, StringComparison.Ordinal);
        var en = ReportLanguageTests.DocxText(await (await officer.GetAsync(
            $"/api/reports/summary.docx?{Period}&lang=en")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Incidents involving foreigners handled: 4; their mission was notified in a median of 2 days "
            + "after the report; 1 not yet notified.", en, StringComparison.Ordinal);
        Assert.Contains("The department received 4 consular dossiers; of those handled in the period, 1 within the "
            + "deadline and 2 beyond it; 2 overdue at 30 June 2026.", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_median_takes_the_middle_day_or_the_mean_of_the_two_middle_days()
    {
        Assert.Null(ForeignerCounting.Median([]));
        Assert.Equal(2m, ForeignerCounting.Median([10, 0, 2]));
        Assert.Equal(2.5m, ForeignerCounting.Median([3, 2]));
        Assert.Null(ForeignerCounting.DaysToNotification(D(2026, 1, 1), null));
        Assert.Equal(31, ForeignerCounting.DaysToNotification(D(2026, 1, 1), D(2026, 2, 1)));
    }

    [Fact]
    public void A_visit_counts_under_its_persons_nationalities_or_its_own_country()
    {
        Assert.Equal(["KR"], ForeignerCounting.Nationalities("KR", []));
        Assert.Equal(["JP", "KR"], ForeignerCounting.Nationalities("KR", ["JP", null, "JP"]).Order());
        Assert.Equal(["JP"], ForeignerCounting.Nationalities("KR", ["JP"]));
    }
}
