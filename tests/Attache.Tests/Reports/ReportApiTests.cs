using System.Net;
using System.Text.Json;
using Attache.Partners;
using Attache.Reports;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;

namespace Attache.Tests.Reports;

public sealed class ReportApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Period = "from=2020-01-01&to=2025-12-31";

    [Fact]
    public async Task Without_a_token_the_report_answers_401()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/reports/summary?{Period}")).StatusCode);
    }

    [Theory]
    [InlineData("from=2025-01-01&to=2020-12-31", new[] { "from", "to" })]
    [InlineData("from=2020-13-01&to=2025-12-31", new[] { "from" })]
    [InlineData("from=yesterday&to=2025-12-31", new[] { "from" })]
    [InlineData("from=2020-01-01", new[] { "to" })]
    [InlineData("to=2025-12-31", new[] { "from" })]
    [InlineData("from=2020-01-01&to=2025-12-31&compareFrom=2016-01-01", new[] { "compareTo" })]
    [InlineData("from=2020-01-01&to=2025-12-31&compareFrom=2019-12-31&compareTo=2016-01-01",
        new[] { "compareFrom", "compareTo" })]
    [InlineData("from=1900-01-01&to=2025-12-31", new[] { "to" })]
    [InlineData("from=2020-01-01&to=2025-12-31&lang=fr", new[] { "lang" })]
    public async Task Bad_parameters_answer_400_naming_each_field(string query, string[] fields)
    {
        using var officer = await app.OfficerAsync("VN-04");
        foreach (var path in new[] { "/api/reports/summary", "/api/reports/summary.docx", "/api/reports/summary.xlsx",
            "/api/reports/summary.pdf" })
        {
            var named = await (await officer.GetAsync($"{path}?{query}")).ProblemFieldsAsync();
            Assert.Equal(fields.Order(), named.Order());
        }
    }

    [Fact]
    public async Task A_national_user_must_name_a_province_or_all()
    {
        using var national = await app.NationalAsync();
        Assert.Contains("province", await (await national.GetAsync($"/api/reports/summary?{Period}"))
            .ProblemFieldsAsync());
        Assert.Contains("province", await (await national.GetAsync($"/api/reports/summary.pdf?{Period}"))
            .ProblemFieldsAsync());
        Assert.Contains("province", await (await national.GetAsync($"/api/reports/summary?province=VN-99&{Period}"))
            .ProblemFieldsAsync());
        var one = await (await national.GetAsync($"/api/reports/summary?province=vn-04&{Period}")).JsonAsync();
        Assert.Equal("VN-04", one.GetProperty("province").GetString());
    }

    [Fact]
    public async Task A_province_user_reports_on_their_own_province_only()
    {
        using var officer = await app.ViewerAsync("VN-01");
        var own = await (await officer.GetAsync($"/api/reports/summary?{Period}")).JsonAsync();
        Assert.Equal("VN-01", own.GetProperty("province").GetString());
        Assert.Equal("Lai Châu", own.GetProperty("provinceNameVi").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/reports/summary?province=VN-04&{Period}"))
            .StatusCode);
    }

    [Fact]
    public async Task The_summary_has_every_member_of_the_issue_and_warns_of_a_period_without_border_figures()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var s = await (await officer.GetAsync(
            $"/api/reports/summary?{Period}&compareFrom=2016-01-01&compareTo=2019-12-31")).JsonAsync();

        Assert.Equal("2020-01-01", s.GetProperty("from").GetString());
        Assert.Equal("2025-12-31", s.GetProperty("to").GetString());
        Assert.Equal("2016-01-01", s.GetProperty("compareFrom").GetString());
        Assert.Equal("2019-12-31", s.GetProperty("compareTo").GetString());
        Assert.True(s.GetProperty("generatedAt").TryGetDateTime(out _));
        foreach (var path in new[]
        {
            "delegations.inbound.count", "delegations.inbound.foreignVisitors", "delegations.outbound.count",
                "delegations.outbound.members",
            "delegations.byCountry", "agreements.signed", "agreements.inForce", "agreements.byKind",
                "agreements.byField", "agreements.byCountry",
            "aid.byKind", "aid.totalCommittedVnd", "borders.stateRevenueVnd", "borders.previousStateRevenueVnd",
                "borders.growthPercent",
            "borders.shareOfProvinceRevenuePercent", "borders.turnoverUsd", "borders.gateEvents", "twinnings.active",
                "twinnings.signedInPeriod",
            "events.byKind", "events.pressDelegations", "events.mediaItems", "labour.workersSent", "labour.returned",
                "labour.didNotReturn",
            "warnings", "previous.delegations.inbound.count",
        })
        {
            var node = s;
            foreach (var step in path.Split('.'))
            {
                Assert.True(node.TryGetProperty(step, out node), $"The summary has no '{path}'.");
            }
        }

        // VND totals are integers in the JSON, never floating point.
        Assert.Equal("0", s.GetProperty("aid").GetProperty("totalCommittedVnd").GetRawText());
        Assert.Equal("0", s.GetProperty("borders").GetProperty("stateRevenueVnd").GetRawText());

        var warnings = s.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        // An empty province: every section has its source, and the period without border figures says so.
        Assert.DoesNotContain(warnings, w => w!.Contains("no data source", StringComparison.Ordinal));
        Assert.Contains("No border-gate figures are recorded in this period.", warnings);
        Assert.Contains("No border-gate figures are recorded in this period.",
            s.GetProperty("previous").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Partner_figures_are_counted_per_province_and_nationwide()
    {
        var laiChau = await app.ProvinceIdAsync("VN-01");
        var caoBang = await app.ProvinceIdAsync("VN-04");
        await app.WithDbAsync(async (db, _) =>
        {
            db.AddRange(
                new Partner
                {
                    ProvinceId = caoBang, Kind = PartnerKind.ForeignLocality, Country = "CN",
                    NameLatin = "Baise"
                },
                new Partner
                {
                    ProvinceId = caoBang, Kind = PartnerKind.ForeignLocality, Country = "CN",
                    NameLatin = "Chongzuo"
                },
                new Partner
                {
                    ProvinceId = caoBang, Kind = PartnerKind.ForeignLocality, Country = "CN",
                    NameLatin = "Jingxi"
                },
                new Partner
                {
                    ProvinceId = caoBang, Kind = PartnerKind.Ngo, Country = "KR",
                    NameLatin = "KOICA Friends"
                },
                new Partner
                {
                    ProvinceId = laiChau, Kind = PartnerKind.ForeignLocality, Country = "KR",
                    NameLatin = "Mungyeong City"
                });
            await db.SaveChangesAsync();
        });

        using var officer = await app.OfficerAsync("VN-04");
        var partners = (await (await officer.GetAsync($"/api/reports/summary?{Period}")).JsonAsync())
            .GetProperty("partners");
        Assert.Equal(4, partners.GetProperty("total").GetInt32());
        Assert.Equal(2, partners.GetProperty("countries").GetInt32());
        Assert.Equal([("ForeignLocality", 3), ("Ngo", 1)], Items(partners.GetProperty("byKind")));
        Assert.Equal([("CN", 3), ("KR", 1)], Items(partners.GetProperty("byCountry")));

        using var national = await app.NationalAsync();
        var all = await (await national.GetAsync($"/api/reports/summary?province=all&{Period}")).JsonAsync();
        Assert.Equal("all", all.GetProperty("province").GetString());
        Assert.Equal(5, all.GetProperty("partners").GetProperty("total").GetInt32());
        Assert.Equal([("KR", 2), ("CN", 3)], Items(all.GetProperty("partners").GetProperty("byCountry"))
            .OrderBy(i => i.Key == "CN"));
        var each = all.GetProperty("provinces").EnumerateArray()
            .ToDictionary(p => p.GetProperty("province").GetString()!, p => p.GetProperty("partners")
            .GetProperty("total").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["VN-01"] = 1, ["VN-04"] = 4 }, each);

        var docx = await national.GetAsync($"/api/reports/summary.docx?province=all&{Period}");
        var text = DocxText(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("IV. VẬN ĐỘNG", text); // sections are numbered
        Assert.Contains("SO SÁNH GIỮA CÁC TỈNH", text);
        Assert.Contains("Toàn quốc", text);
    }

    [Theory]
    [InlineData("docx", ReportEndpoints.Docx)]
    [InlineData("xlsx", ReportEndpoints.Xlsx)]
    [InlineData("pdf", ReportEndpoints.Pdf)]
    public async Task Each_format_downloads_with_its_type_and_name(string format, string type)
    {
        using var leader = await app.LeaderAsync("VN-04");
        var response = await leader.GetAsync(
            $"/api/reports/summary.{format}?{Period}&lang=en&signer=Nguy%E1%BB%85n%20Anh%20Qu%E1%BA%BF");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"report-VN-04-2020-2025.{format}",
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (format == "docx")
        {
            var text = DocxText(bytes);
            Assert.Contains("PEOPLE'S COMMITTEE OF CAO BANG PROVINCE", text);
            Assert.Contains("Nguyễn Anh Quế", text);
            Assert.Contains("No border-gate figures are recorded in this period.", text);
        }
        else if (format == "xlsx")
        {
            using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            Assert.Equal("Summary",
                book.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First()
                    .Name!.Value);
        }
        else
        {
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        }
    }

    private static List<(string Key, int Count)> Items(JsonElement list) =>
        [.. list.EnumerateArray().Select(i => (i.GetProperty("key").GetString()!, i.GetProperty("count").GetInt32()))];

    private static string DocxText(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n",
            word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
                .Select(p => p.InnerText));
    }
}
