using System.Net;
using System.Text;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Aid;

public sealed class IatiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    private Task<int> ProjectCountAsync() => app.WithDbAsync(db =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Attache.Aid.AidProject>()));

    private Task<int> AuditCountAsync() => app.WithDbAsync(db =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEntries));

    [Fact]
    public async Task Every_should_pass_file_imports_or_is_skipped_with_a_reason()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var files = IatiFiles.Corpus("should-pass").ToList();
        Assert.True(files.Count > 100, $"Only {files.Count} files under {IatiFiles.Folder}.");
        foreach (var file in files)
        {
            var response = await officer.PostAsync("/api/iati/import?confirm=true",
                Xml(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)));
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode} {body}");
            var result = JsonDocument.Parse(body).RootElement;
            foreach (var activity in result.GetProperty("activities").EnumerateArray())
            {
                var action = activity.GetProperty("action").GetString();
                Assert.True(action == "Create" || (action == "Skip" && activity.GetProperty("reason")
                    .GetString() is { Length: > 10 }), $"{file}: {activity}");
            }
        }
    }

    [Fact]
    public async Task Every_should_fail_file_is_answered_400_saying_where_and_nothing_is_written()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var projects = await ProjectCountAsync();
        var audit = await AuditCountAsync();
        var files = IatiFiles.Corpus("should-fail").ToList();
        Assert.True(files.Count > 50);
        foreach (var file in files)
        {
            var response = await officer.PostAsync("/api/iati/import?confirm=true",
                Xml(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)));
            var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
            Assert.StartsWith("Line ", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        }

        Assert.Equal(projects, await ProjectCountAsync());
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task A_donor_file_previews_then_imports_once_with_its_counts_and_sums()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var before = await ProjectCountAsync();
        var preview = await (await officer.PostAsync("/api/iati/import", Xml(IatiFiles.DonorFile()))).JsonAsync();
        Assert.False(preview.GetProperty("confirmed").GetBoolean());
        Assert.Equal(3, preview.GetProperty("created").GetInt32());
        Assert.Equal(1, preview.GetProperty("skipped").GetInt32());
        var skipped = preview.GetProperty("activities").EnumerateArray()
            .Single(a => a.GetProperty("action").GetString() == "Skip");
        Assert.Equal("XM-DAC-41114-VN-HG-CLIMATE", skipped.GetProperty("identifier").GetString());
        Assert.Contains("Lai Châu (VN-01)", skipped.GetProperty("reason").GetString());
        Assert.Equal(before, await ProjectCountAsync());

        var imported = await (await officer.PostAsync("/api/iati/import?confirm=true", Xml(IatiFiles.DonorFile())))
            .JsonAsync();
        Assert.True(imported.GetProperty("confirmed").GetBoolean());
        Assert.Equal(3, imported.GetProperty("created").GetInt32());
        Assert.Equal(before + 3, await ProjectCountAsync());

        var wash = await ProjectAsync(officer, "GB-CHC-202918-VN-LC-WASH");
        Assert.Equal("Nước sạch cho các xã vùng cao Lai Châu", wash.GetProperty("titleVi").GetString());
        Assert.Equal("NonRefundableAid", wash.GetProperty("kind").GetString());
        Assert.Equal(["Phong Thổ", "Sìn Hồ"], wash.GetProperty("locations").EnumerateArray()
            .Select(l => l.GetProperty("commune").GetString()));
        Assert.Equal(22.53, wash.GetProperty("locations")[0].GetProperty("latitude").GetDouble());
        Assert.Equal(70m, wash.GetProperty("sectors")[0].GetProperty("percentage").GetDecimal());
        Assert.Contains(wash.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name")
            .GetString() == "Oxfam"
            && p.GetProperty("role").GetString() == "Funding" && p.GetProperty("organisationRef")
                .GetString() == "GB-CHC-202918");
        var washMoney = await TransactionsAsync(officer, wash.GetProperty("id").GetInt32());
        Assert.Equal(4, washMoney.Count);
        Assert.Equal(450_000m + 120_000m + 15_000m, washMoney.Where(t => t.Currency == "USD").Sum(t => t.Value));
        Assert.Equal(80_000m, washMoney.Single(t => t.Currency == "EUR").Value);
        Assert.Equal(["OutgoingCommitment", "Disbursement", "Disbursement", "Expenditure"],
            washMoney.Select(t => t.Type));

        var tea = await ProjectAsync(officer, "JP-8-VN-LC-TEA");
        Assert.Equal("OdaGrant", tea.GetProperty("kind").GetString());
        var teaMoney = await TransactionsAsync(officer, tea.GetProperty("id").GetInt32());
        Assert.Equal(65_000_000m, teaMoney.Where(t => t.Currency == "JPY").Sum(t => t.Value));
        Assert.Equal(["IncomingCommitment", "IncomingFunds", "Disbursement"], teaMoney.Select(t => t.Type));
        var nutrition = await ProjectAsync(officer, "XM-DAC-41122-VN-LC-NUT");
        Assert.Equal("Closed", nutrition.GetProperty("status").GetString());

        // The same file again: nothing changes, not even a version or a line of history.
        var audit = await AuditCountAsync();
        var again = await (await officer.PostAsync("/api/iati/import?confirm=true", Xml(IatiFiles.DonorFile())))
            .JsonAsync();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(audit, await AuditCountAsync());
        Assert.Equal(wash.GetProperty("version").GetInt32(), (await ProjectAsync(officer, "GB-CHC-202918-VN-LC-WASH"))
            .GetProperty("version").GetInt32());

        // A corrected disbursement updates that project only, and leaves its other transactions alone.
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(IatiFiles.DonorFile(125_000m))), "file", "oxfam.xml" },
        };
        var changed = await (await officer.PostAsync("/api/iati/import?confirm=true", form)).JsonAsync();
        Assert.Equal(1, changed.GetProperty("updated").GetInt32());
        Assert.Equal(2, changed.GetProperty("unchanged").GetInt32());
        Assert.Equal(450_000m + 125_000m + 15_000m, (await TransactionsAsync(officer, wash.GetProperty("id")
            .GetInt32())).Where(t => t.Currency == "USD").Sum(t => t.Value));
        Assert.Equal(before + 3, await ProjectCountAsync());
    }

    [Fact]
    public async Task Broken_input_is_answered_400_saying_where_and_nothing_is_written()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var projects = await ProjectCountAsync();
        var audit = await AuditCountAsync();
        var good = IatiFiles.DonorFile();
        var cases = new (string Name, HttpContent Body, string Expect)[]
        {
            ("malformed", Xml(good[..(good.Length / 2)]), "Line "),
            ("wrong root", Xml("<iati-organisations version=\"2.03\"><iati-organisation/></iati-organisations>"),
                "<iati-organisations>"),
            ("not xml", Xml("currency,date\nUSD,2024-01-01"), "Line 1"),
            ("unknown status", Xml(good.Replace("<activity-status code=\"4\"", "<activity-status code=\"9\"",
                StringComparison.Ordinal)), "activity-status code '9'"),
            ("unknown currency", Xml(good.Replace("default-currency=\"JPY\"", "default-currency=\"YEN\"",
                StringComparison.Ordinal)), "'YEN'"),
            ("unknown sector", Xml(good.Replace("code=\"12240\"", "code=\"12999\"", StringComparison.Ordinal)),
                "'12999'"),
            ("unknown transaction type", Xml(good.Replace("<transaction-type code=\"11\"",
                "<transaction-type code=\"99\"", StringComparison.Ordinal)), "transaction-type code '99'"),
            ("percentages", Xml(good.Replace("percentage=\"30\"", "percentage=\"35\"", StringComparison.Ordinal)),
                "add up to 105"),
            ("schema", Xml(good.Replace("<transaction-date iso-date=\"2024-03-01\"",
                "<transaction-date iso-date=\"01/03/2024\"", StringComparison.Ordinal)), "Line "),
            ("too large", Xml("<iati-activities version=\"2.03\">" + new string(' ',
                11 * 1024 * 1024) + "</iati-activities>"), "limit"),
            ("empty", Xml(""), "empty"),
            ("form without file", new MultipartFormDataContent { { new StringContent("x"), "note" } }, "'file'"),
        };
        foreach (var (name, body, expect) in cases)
        {
            var response = await officer.PostAsync("/api/iati/import?confirm=true", body);
            var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var messages = string.Join(" | ", problem.GetProperty("errors").GetProperty("file").EnumerateArray()
                .Select(e => e.GetString()));
            Assert.True(messages.Contains(expect, StringComparison.Ordinal), $"{name}: {messages}");
        }

        Assert.Equal(projects, await ProjectCountAsync());
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task The_export_validates_against_the_official_schema()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var donor = await AidBuild.PartnerAsync(officer, "Export donor", "Embassy", "IE");
        var full = await AidBuild.ProjectAsync(officer, AidBuild.Project("EXPORT-FULL", donor, commune: "Trùng Khánh",
            start: "2023-02-01", end: "2025-01-31"));
        await AidBuild.RateAsync(officer, "USD", "2023-01-03", 23_615m);
        await AidBuild.TransactionAsync(officer, full, "IncomingCommitment", "2023-02-01", 250_000m, "USD", donor);
        await AidBuild.TransactionAsync(officer, full, "Disbursement", "2023-06-01", 100_000.5m, "USD", donor);
        await AidBuild.ProjectAsync(officer, new
        {
            identifier = "EXPORT-BARE", kind = "OdaGrant", status = "Pipeline",
            titleEn = "Bare project & <co>"
        });

        var response = await officer.GetAsync("/api/iati/activities.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Empty(IatiFiles.SchemaErrors(xml));
        Assert.Contains("<iati-identifier>EXPORT-FULL</iati-identifier>", xml);
        Assert.Contains("version=\"2.03\"", xml);
        Assert.Contains("<value currency=\"USD\" value-date=\"2023-06-01\">100000.5</value>", xml);
        using var laiChau = await app.OfficerAsync("VN-01");
        Assert.DoesNotContain("EXPORT-", await laiChau.GetStringAsync("/api/iati/activities.xml",
            TestContext.Current.CancellationToken));
        using var national = await app.NationalAsync();
        Assert.Contains("EXPORT-FULL", await national.GetStringAsync("/api/iati/activities.xml?province=VN-04",
            TestContext.Current.CancellationToken));
        Assert.DoesNotContain("EXPORT-FULL", await national.GetStringAsync("/api/iati/activities.xml?province=VN-01",
            TestContext.Current.CancellationToken));
    }

    private static async Task<JsonElement> ProjectAsync(HttpClient client, string identifier)
    {
        var page = await (await client.GetAsync($"/api/aid-projects?search={Uri.EscapeDataString(identifier)}"))
            .JsonAsync();
        var id = page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("identifier")
            .GetString() == identifier).GetProperty("id").GetInt32();
        return await (await client.GetAsync($"/api/aid-projects/{id}")).JsonAsync();
    }

    private static async Task<List<(string Type, decimal Value, string Currency)>> TransactionsAsync(HttpClient client,
        int id)
    {
        var page = await (await client.GetAsync($"/api/aid-projects/{id}/transactions?pageSize=200")).JsonAsync();
        return [.. page.GetProperty("items").EnumerateArray()
            .Select(t => (t.GetProperty("type").GetString()!, t.GetProperty("value").GetDecimal(),
            t.GetProperty("currency").GetString()!))];
    }
}
