using System.Net;
using System.Text;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Aid;

public sealed class AidApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task A_project_is_created_found_by_its_filters_and_hidden_from_the_other_province()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var donor = await AidBuild.PartnerAsync(officer, "Oxfam filter test");
        var id = await AidBuild.ProjectAsync(officer, AidBuild.Project("FILTER-1", donor, commune: "Sìn Hồ",
            sector: "12220", start: "2022-03-01", end: "2023-06-30"));

        var project = await (await officer.GetAsync($"/api/aid-projects/{id}")).JsonAsync();
        Assert.Equal("NonRefundableAid", project.GetProperty("kind").GetString());
        Assert.Equal("Basic health care", project.GetProperty("sectors")[0].GetProperty("name").GetString());
        Assert.Equal("Oxfam filter test", project.GetProperty("participants")[0].GetProperty("name").GetString());
        Assert.Equal("Sìn Hồ", project.GetProperty("locations")[0].GetProperty("commune").GetString());

        foreach (var query in new[] { "kind=NonRefundableAid", "status=Implementation", $"donor={donor}",
            "sector=12220", "commune=Sìn Hồ", "year=2022", "search=sin ho (filter-1", "search=FILTER-1" })
        {
            var page = await (await officer.GetAsync($"/api/aid-projects?{query}")).JsonAsync();
            Assert.True(page.GetProperty("items").EnumerateArray().Any(p => p.GetProperty("id").GetInt32() == id),
                query);
        }

        foreach (var query in new[] { "kind=OdaLoan", "status=Closed", "sector=11220", "commune=Phong Thổ", "year=2024",
            "year=2021" })
        {
            var page = await (await officer.GetAsync($"/api/aid-projects?{query}")).JsonAsync();
            Assert.False(page.GetProperty("items").EnumerateArray().Any(p => p.GetProperty("id").GetInt32() == id),
                query);
        }

        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/aid-projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.GetAsync($"/api/aid-projects/{id}/transactions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PostJsonAsync($"/api/aid-projects/{id}/transactions",
            new { type = "Disbursement", date = "2023-01-01", value = 1m, currency = "USD" })).StatusCode);
        using var viewer = await app.ViewerAsync("VN-01");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/aid-projects",
            AidBuild.Project("VIEWER-1"))).StatusCode);
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_the_field_and_stale_or_duplicate_writes_409()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var fields = await (await officer.PostJsonAsync("/api/aid-projects", new
        {
            identifier = "BAD-1", kind = "OdaGrant", status = "Implementation", titleEn = "Bad",
            defaultCurrency = "XYZ",
            sectors = new[] { new { code = "99999", percentage = 100m } },
            budgets = new[] { new { periodStart = "2024-01-01", periodEnd = "2024-12-31", value = 10m,
                currency = "ABC" } },
        })).ProblemFieldsAsync();
        Assert.Contains("defaultCurrency", fields);
        Assert.Contains("sectors[0].code", fields);
        Assert.Contains("budgets[0].currency", fields);

        Assert.Contains("sectors", await (await officer.PostJsonAsync("/api/aid-projects", new
        {
            identifier = "BAD-2", kind = "OdaGrant", status = "Implementation", titleEn = "Bad",
            sectors = new[] { new { code = "12220", percentage = 60m }, new { code = "14031", percentage = 30m } },
        })).ProblemFieldsAsync());
        Assert.Contains("titleVi", await (await officer.PostJsonAsync("/api/aid-projects",
            new { identifier = "BAD-3", kind = "OdaGrant", status = "Closed" }))
            .ProblemFieldsAsync());
        Assert.Contains("kind", await (await officer.PostJsonAsync("/api/aid-projects",
            new { identifier = "BAD-4", kind = "Gift", status = "Closed", titleEn = "x" }))
            .ProblemFieldsAsync());
        Assert.Contains("participants[0].partnerId", await (await officer.PostJsonAsync("/api/aid-projects", new
        {
            identifier = "BAD-5", kind = "OdaGrant", status = "Closed", titleEn = "x",
            participants = new[] { new { partnerId = 999999, role = "Funding" } },
        })).ProblemFieldsAsync());
        Assert.Contains("status", await (await officer.GetAsync("/api/aid-projects?status=Dreaming"))
            .ProblemFieldsAsync());
        Assert.Contains("year", await (await officer.GetAsync("/api/aid-projects?year=99999")).ProblemFieldsAsync());
        Assert.Contains("sort", await (await officer.GetAsync("/api/aid-projects?sort=size")).ProblemFieldsAsync());

        var id = await AidBuild.ProjectAsync(officer, AidBuild.Project("DUP-1"));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostJsonAsync("/api/aid-projects",
            AidBuild.Project("DUP-1"))).StatusCode);
        await (await officer.PutJsonAsync($"/api/aid-projects/{id}",
            AidBuild.Project("DUP-1", status: "Closed", version: 1))).JsonAsync();
        var stale = await officer.PutJsonAsync($"/api/aid-projects/{id}",
            AidBuild.Project("DUP-1", status: "Suspended", version: 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Closed", (await (await officer.GetAsync($"/api/aid-projects/{id}")).JsonAsync())
            .GetProperty("status").GetString());
        var reopen = await (await officer.PutJsonAsync($"/api/aid-projects/{id}",
            AidBuild.Project("DUP-1", status: "Pipeline", version: 2))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("cannot change any more (allowed transitions: none)", reopen.GetProperty("detail").GetString());
        var pipeline = await AidBuild.ProjectAsync(officer, AidBuild.Project("LIFE-1", status: "Pipeline"));
        var jump = await (await officer.PutJsonAsync($"/api/aid-projects/{pipeline}",
            AidBuild.Project("LIFE-1", status: "Closed", version: 1))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("allowed transitions: Implementation, Cancelled", jump.GetProperty("detail").GetString());

        var transaction = await (await officer.PostJsonAsync($"/api/aid-projects/{id}/transactions",
            new { type = "Gift", date = "2023-13-01", value = -5m, currency = "US" }))
            .ProblemFieldsAsync();
        Assert.NotEmpty(transaction);
        var fieldsOfTransaction = await (await officer.PostJsonAsync($"/api/aid-projects/{id}/transactions",
            new { type = "Disbursement", date = "2023-01-01", value = -5m, currency = "US" }))
            .ProblemFieldsAsync();
        Assert.Contains("value", fieldsOfTransaction);
        Assert.Contains("currency", fieldsOfTransaction);
    }

    [Fact]
    public async Task A_transaction_converts_at_the_latest_rate_on_or_before_its_value_date_and_names_a_missing_rate()
    {
        using var officer = await app.OfficerAsync("VN-01");
        await AidBuild.RateAsync(officer, "EUR", "2023-01-02", 25_150m);
        await AidBuild.RateAsync(officer, "EUR", "2023-07-03", 25_810m);
        var id = await AidBuild.ProjectAsync(officer, AidBuild.Project("CONVERT-1"));

        var before = await AidBuild.TransactionAsync(officer, id, "Disbursement", "2023-07-02", 1_000m, "EUR");
        Assert.Equal(25_150_000m, before.Decimal("valueVnd"));
        var on = await AidBuild.TransactionAsync(officer, id, "Disbursement", "2023-07-03", 1_000m, "EUR");
        Assert.Equal(25_810_000m, on.Decimal("valueVnd"));
        var tooEarly = await AidBuild.TransactionAsync(officer, id, "Disbursement", "2023-01-01", 1_000m, "EUR");
        Assert.Null(tooEarly.Decimal("valueVnd"));
        Assert.Equal("No exchange rate for EUR on or before 2023-01-01.", tooEarly.GetProperty("missingRate")
            .GetString());
        var unknown = await AidBuild.TransactionAsync(officer, id, "IncomingCommitment", "2023-05-01", 2_500.50m,
            "GBP");
        Assert.Equal("No exchange rate for GBP on or before 2023-05-01.", unknown.GetProperty("missingRate")
            .GetString());
        var vnd = await AidBuild.TransactionAsync(officer, id, "Expenditure", "2023-05-01", 7_000_000m, "VND");
        Assert.Equal(7_000_000m, vnd.Decimal("valueVnd"));

        var list = await (await officer.GetAsync($"/api/aid-projects/{id}/transactions?pageSize=2")).JsonAsync();
        Assert.Equal(5, list.GetProperty("total").GetInt32());
        Assert.Equal("2023-01-01", list.GetProperty("items")[0].GetProperty("date").GetString());
        Assert.Null(list.GetProperty("items")[0].Decimal("valueVnd"));
        Assert.Equal(HttpStatusCode.NoContent,
            (await officer.DeleteAsync($"/api/aid-projects/{id}/transactions/{unknown.GetProperty("id")
            .GetInt32()}")).StatusCode);
        Assert.Equal(4, (await (await officer.GetAsync($"/api/aid-projects/{id}/transactions")).JsonAsync())
            .GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Stats_match_totals_computed_by_hand()
    {
        // Cao Bằng is this test's own province in this database: no other test of the class writes there.
        using var officer = await app.OfficerAsync("VN-04");
        await AidBuild.RateAsync(officer, "USD", "2022-01-04", 24_000m);
        await AidBuild.RateAsync(officer, "USD", "2023-01-03", 25_000m);
        await AidBuild.RateAsync(officer, "JPY", "2022-01-04", 170m);
        var wb = await AidBuild.PartnerAsync(officer, "World Bank stats", "InternationalOrganisation", "US");
        var plan = await AidBuild.PartnerAsync(officer, "Plan stats");
        var care = await AidBuild.PartnerAsync(officer, "CARE stats");

        var loan = await AidBuild.ProjectAsync(officer, AidBuild.Project("STATS-LOAN", wb, "OdaLoan", "Closed",
            "Trùng Khánh", "21020", "2022-02-01", "2024-06-30"));
        await AidBuild.TransactionAsync(officer, loan, "IncomingCommitment", "2022-02-01", 1_000_000_000m, "VND", wb);
        await AidBuild.TransactionAsync(officer, loan, "Disbursement", "2022-08-01", 400_000_000m, "VND", wb);
        var ngo = await AidBuild.ProjectAsync(officer, AidBuild.Project("STATS-NGO", plan, commune: "Hà Quảng",
            sector: "12220", start: "2022-03-01"));
        await AidBuild.TransactionAsync(officer, ngo, "IncomingCommitment", "2022-03-01", 10_000m, "USD", plan);
        await AidBuild.TransactionAsync(officer, ngo, "Disbursement", "2023-02-01", 5_000m, "USD", plan);
        var jp = await AidBuild.ProjectAsync(officer, AidBuild.Project("STATS-JP", care, commune: "Bảo Lạc",
            sector: "12220", start: "2022-05-01"));
        await AidBuild.TransactionAsync(officer, jp, "OutgoingCommitment", "2022-05-01", 1_000_000m, "JPY", care);

        var stats = await (await officer.GetAsync("/api/aid-projects/stats?from=2022-01-01&to=2024-12-31")).JsonAsync();
        var kinds = stats.GetProperty("byKind").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
        var oda = kinds["OdaLoan"];
        Assert.Equal(1, oda.GetProperty("projects").GetInt32());
        Assert.Equal(1, oda.GetProperty("completed").GetInt32());
        Assert.Equal(1_000_000_000m, oda.Decimal("committedVnd"));
        Assert.Equal(1_000_000_000m, oda.Decimal("completedCommittedVnd"));
        Assert.Equal(400_000_000m, oda.Decimal("disbursedVnd"));
        var nra = kinds["NonRefundableAid"];
        Assert.Equal(2, nra.GetProperty("projects").GetInt32());
        Assert.Equal(0, nra.GetProperty("completed").GetInt32());
        Assert.Equal(2, nra.GetProperty("donors").GetInt32());
        // 10,000 USD × 24,000 + 1,000,000 JPY × 170; the disbursement of 5,000 USD is at the 2023 rate, 25,000.
        Assert.Equal(410_000_000m, nra.Decimal("committedVnd"));
        Assert.Equal(125_000_000m, nra.Decimal("disbursedVnd"));
        var committed = nra.GetProperty("committed").EnumerateArray()
            .ToDictionary(m => m.GetProperty("currency").GetString()!, m => m.GetProperty("amount").GetDecimal());
        Assert.Equal(1_000_000m, committed["JPY"]);
        Assert.Equal(10_000m, committed["USD"]);
        var health = stats.GetProperty("bySector").EnumerateArray()
            .Single(s => s.GetProperty("code").GetString() == "12220");
        Assert.Equal(2, health.GetProperty("projects").GetInt32());
        Assert.Equal(410_000_000m, health.Decimal("committedVnd"));
        var donor = stats.GetProperty("byDonor").EnumerateArray()
            .Single(d => d.GetProperty("name").GetString() == "Plan stats");
        Assert.Equal(240_000_000m, donor.Decimal("committedVnd"));
        Assert.Empty(stats.GetProperty("missingRates").EnumerateArray());

        var later = await (await officer.GetAsync("/api/aid-projects/stats?from=2010-01-01&to=2010-12-31")).JsonAsync();
        Assert.Empty(later.GetProperty("byKind").EnumerateArray());

        await AidBuild.TransactionAsync(officer, ngo, "IncomingCommitment", "2024-04-01", 50_000_000m, "KRW", plan);
        var missing = await (await officer.GetAsync("/api/aid-projects/stats?from=2022-01-01&to=2024-12-31"))
            .JsonAsync();
        var nraMissing = missing.GetProperty("byKind").EnumerateArray()
            .Single(k => k.GetProperty("kind").GetString() == "NonRefundableAid");
        // Issue 9: the KRW amount without a rate is left out, the rest stays, and the figure says it is incomplete.
        Assert.Equal(410_000_000m, nraMissing.Decimal("committedVnd"));
        Assert.False(nraMissing.GetProperty("complete").GetBoolean());
        Assert.False(missing.GetProperty("complete").GetBoolean());
        Assert.Contains(missing.GetProperty("missing").EnumerateArray(),
            m => m.GetProperty("currency").GetString() == "KRW" && m.GetProperty("date").GetString() == "2024-04-01");
        Assert.Equal(1_000_000_000m, missing.GetProperty("byKind").EnumerateArray()
            .Single(k => k.GetProperty("kind").GetString() == "OdaLoan").Decimal("committedVnd"));
        Assert.Contains("No exchange rate for KRW on or before 2024-04-01.", missing.GetProperty("missingRates")
            .EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("to", await (await officer.GetAsync("/api/aid-projects/stats?from=2024-01-01&to=2023-01-01"))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_national_report_converts_each_provinces_money_at_that_provinces_rates()
    {
        foreach (var (province, rate) in new[] { ("VN-01", 2_300m), ("VN-04", 2_400m) })
        {
            using var officer = await app.OfficerAsync(province);
            // 2026: outside the period of the stats test, which shares Cao Bằng in this database.
            await AidBuild.RateAsync(officer, "NOK", "2026-01-01", rate);
            var donor = await AidBuild.PartnerAsync(officer, $"NOK donor {province}", "Embassy", "NO");
            var id = await AidBuild.ProjectAsync(officer, AidBuild.Project($"NOK-{province}", donor,
                start: "2026-02-01"));
            await AidBuild.TransactionAsync(officer, id, "IncomingCommitment", "2026-02-01", 1_000m, "NOK", donor);
        }

        using var national = await app.NationalAsync();
        var stats = await (await national.GetAsync("/api/aid-projects/stats?from=2026-01-01&to=2026-12-31"))
            .JsonAsync();
        var donors = stats.GetProperty("byDonor").EnumerateArray()
            .Where(d => d.GetProperty("name").GetString()!.StartsWith("NOK donor", StringComparison.Ordinal))
            .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.Decimal("committedVnd"));
        Assert.Equal(2_300_000m, donors["NOK donor VN-01"]);
        Assert.Equal(2_400_000m, donors["NOK donor VN-04"]);
    }

    [Fact]
    public async Task Exchange_rates_import_from_csv_all_or_nothing()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var before = (await (await officer.GetAsync("/api/exchange-rates?currency=CHF")).JsonAsync())
            .GetProperty("total").GetInt32();
        using var bad = new StringContent("currency,date,rate,source\nCHF,2024-01-02,28150.5,Vietcombank\n"
            + "CHF,02/07/2024,28300,Vietcombank\nCHF,2024-10-01,abc,\nVND,2024-10-01,1,\n", Encoding.UTF8, "text/csv");
        var refused = await officer.PostAsync("/api/exchange-rates/import", bad);
        var fields = await refused.ProblemFieldsAsync();
        Assert.Contains("rows[3].date", fields);
        Assert.Contains("rows[4].rate", fields);
        Assert.Contains("rows[5].currency", fields);
        Assert.Equal(before, (await (await officer.GetAsync("/api/exchange-rates?currency=CHF")).JsonAsync())
            .GetProperty("total").GetInt32());

        const string good = "currency,date,rate,source\nCHF,2024-01-02,28150.5,Vietcombank\n"
            + "chf,2024-07-01,28300,Vietcombank\n";
        var result = await (await officer.PostAsync("/api/exchange-rates/import",
            new StringContent(good, Encoding.UTF8, "text/csv"))).JsonAsync();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var again = await (await officer.PostAsync("/api/exchange-rates/import",
            new StringContent(good, Encoding.UTF8, "text/csv"))).JsonAsync();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());

        var rates = await (await officer.GetAsync("/api/exchange-rates?currency=CHF")).JsonAsync();
        Assert.Equal(2, rates.GetProperty("total").GetInt32());
        Assert.Equal(28_300m, rates.GetProperty("items")[0].GetProperty("rate").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostJsonAsync("/api/exchange-rates",
            new { currency = "CHF", date = "2024-07-01", rate = 1m })).StatusCode);
        Assert.Contains("currency", await (await officer.PostJsonAsync("/api/exchange-rates",
            new { currency = "VND", date = "2024-07-01", rate = 1m })).ProblemFieldsAsync());
        Assert.Contains("rate", await (await officer.PostJsonAsync("/api/exchange-rates",
            new { currency = "SEK", date = "2024-07-01", rate = 0m })).ProblemFieldsAsync());

        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(0, (await (await caoBang.GetAsync("/api/exchange-rates?currency=CHF")).JsonAsync())
            .GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_project_keeps_its_documents()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var id = await AidBuild.ProjectAsync(officer, AidBuild.Project("DOCS-1"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 decision"u8.ToArray()), "file", "quyet-dinh.pdf" },
            { new StringContent("ApprovalDecision"), "kind" },
        };
        await (await officer.PostAsync($"/api/aid-projects/{id}/documents", form)).JsonAsync(HttpStatusCode.Created);
        var docs = await (await officer.GetAsync($"/api/aid-projects/{id}/documents")).JsonAsync();
        Assert.Equal("quyet-dinh.pdf", docs[0].GetProperty("fileName").GetString());
    }
}
