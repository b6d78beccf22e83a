using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Reports.Signing;

/// <summary>Signing a period report through the API: what was signed stays byte for byte, the live report shows what
/// changed since, and only a leader (or an admin) signs.</summary>
public sealed class SignedReportApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Period = "from=2020-01-01&to=2025-12-31";

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<int> PartnerAsync(HttpClient client, string name) =>
        (await (await client.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country = "CN", nameLatin = name }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    [Fact]
    public async Task A_record_changed_after_signing_leaves_the_signed_files_byte_identical_and_shows_on_the_live_report()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var leader = await app.LeaderAsync("VN-04");
        await PartnerAsync(officer, "Signing county A");
        await PartnerAsync(officer, "Signing county B");
        var period = "from=2021-01-01&to=2021-12-31";

        var signed = await (await leader.PostAsync($"/api/reports/signed?{period}&lang=vi", null))
            .JsonAsync(HttpStatusCode.Created);
        var id = signed.GetProperty("id").GetInt32();
        Assert.Equal("VN-04", signed.GetProperty("province").GetString());
        Assert.Equal(1, signed.GetProperty("revision").GetInt32());
        Assert.Equal("leader.caobang@attache.demo", signed.GetProperty("signedByEmail").GetString());
        var files = signed.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["json", "docx", "xlsx", "pdf"], files.Select(f => f.GetProperty("format")
            .GetString()!.ToLowerInvariant()));

        // The bytes first served, for each format, under both addresses.
        var first = new Dictionary<string, byte[]>();
        foreach (var file in files)
        {
            var format = file.GetProperty("format").GetString()!.ToLowerInvariant();
            var response = await leader.GetAsync($"/api/reports/signed/{id}.{format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.NotEmpty(bytes);
            Assert.Equal(file.GetProperty("sha256").GetString(), Sha256(bytes));
            Assert.Equal(file.GetProperty("size").GetInt64(), bytes.LongLength);
            Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:",
                response.Headers.GetValues("Repr-Digest").Single());
            Assert.Equal(bytes, await leader.GetByteArrayAsync($"/api/reports/signed/{id}/files/{format}"));
            first[format] = bytes;
        }

        var summary = JsonDocument.Parse(first["json"]).RootElement;
        // Other tests of the class add Cao Bằng partners too: the figures are read, then compared.
        var total = summary.GetProperty("partners").GetProperty("total").GetInt32();
        var countries = summary.GetProperty("partners").GetProperty("countries").GetInt32();
        Assert.True(total >= 2);
        Assert.Equal("2021-01-01", summary.GetProperty("from").GetString());
        Assert.Equal(0, (await (await leader.GetAsync($"/api/reports/signed/{id}/differences")).JsonAsync())
            .GetProperty("differences").GetArrayLength());

        // Records change afterwards, through the API.
        var partner = await PartnerAsync(officer, "Signing county C");
        var current = await (await officer.GetAsync($"/api/partners/{partner}")).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await officer.PutJsonAsync($"/api/partners/{partner}", new
        {
            kind = "Enterprise", country = "LA", nameLatin = "Signing company C",
            version = current.GetProperty("version").GetInt32(),
        })).StatusCode);

        foreach (var (format, bytes) in first)
        {
            var again = await leader.GetByteArrayAsync($"/api/reports/signed/{id}.{format}");
            Assert.Equal(bytes, again);
            Assert.Equal(files.Single(f => f.GetProperty("format")
                .GetString()!.Equals(format, StringComparison.OrdinalIgnoreCase))
                .GetProperty("sha256").GetString(), Sha256(again));
        }

        var one = await (await leader.GetAsync($"/api/reports/signed/{id}")).JsonAsync();
        Assert.Equal(total, one.GetProperty("summary").GetProperty("partners").GetProperty("total").GetInt32());
        var live = await (await leader.GetAsync($"/api/reports/summary?{period}")).JsonAsync();
        Assert.Equal(total + 1, live.GetProperty("partners").GetProperty("total").GetInt32());

        var differences = (await (await leader.GetAsync($"/api/reports/signed/{id}/differences")).JsonAsync())
            .GetProperty("differences").EnumerateArray().ToDictionary(d => d.GetProperty("path").GetString()!);
        Assert.Equal(total, differences["partners.total"].GetProperty("atSigning").GetDecimal());
        Assert.Equal(total + 1, differences["partners.total"].GetProperty("live").GetDecimal());
        Assert.Equal(countries, differences["partners.countries"].GetProperty("atSigning").GetDecimal());
        Assert.Equal(countries + 1, differences["partners.countries"].GetProperty("live").GetDecimal());
        Assert.Null(differences["partners.byKind[Enterprise].count"].GetProperty("atSigning").GetString());
        Assert.Equal(1m, differences["partners.byKind[Enterprise].count"].GetProperty("live").GetDecimal());

        // Signing the changed report again is a new revision; signing it once more with nothing changed is refused.
        var second = await (await leader.PostAsync($"/api/reports/signed?{period}&lang=vi", null))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, second.GetProperty("revision").GetInt32());
        var refused = await leader.PostAsync($"/api/reports/signed?{period}&lang=vi", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(first["pdf"], await leader.GetByteArrayAsync($"/api/reports/signed/{id}.pdf"));

        // The signing is in the audit trail, with the files' hashes beside it.
        var audit = await (await leader.GetAsync($"/api/audit?entity=signedReport&id={id}&pageSize=50")).JsonAsync();
        var text = audit.GetRawText();
        Assert.Contains("leader.caobang@attache.demo", text, StringComparison.Ordinal);
        Assert.Contains(files[3].GetProperty("sha256").GetString()!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_leader_or_an_admin_signs()
    {
        using var officer = await app.OfficerAsync("VN-01");
        using var viewer = await app.ViewerAsync("VN-01");
        using var national = await app.NationalAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/reports/signed?{Period}", null))
            .StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/reports/signed?{Period}", null))
            .StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await national.PostAsync($"/api/reports/signed?province=VN-01&{Period}", null)).StatusCode);

        using var admin = await app.AdminAsync();
        var signed = await (await admin.PostAsync($"/api/reports/signed?province=VN-01&{Period}&lang=en", null))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("VN-01", signed.GetProperty("province").GetString());
        Assert.Equal("en", signed.GetProperty("lang").GetString());
        // A national report belongs to no province and cannot be signed.
        Assert.Contains("province", await (await admin.PostAsync($"/api/reports/signed?province=all&{Period}", null))
            .ProblemFieldsAsync());
        Assert.Contains("from",
            await (await admin.PostAsync("/api/reports/signed?province=VN-01&from=2020-13-01&to=2025-12-31", null))
                .ProblemFieldsAsync());

        // Viewers and officers read what was signed.
        var list = await (await viewer.GetAsync("/api/reports/signed")).JsonAsync();
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id")
            .GetInt32() == signed.GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.OK,
            (await officer.GetAsync($"/api/reports/signed/{signed.GetProperty("id").GetInt32()}.docx")).StatusCode);
    }

    [Fact]
    public async Task Another_provinces_signed_report_is_404()
    {
        using var leader = await app.LeaderAsync("VN-01");
        var period = "from=2019-01-01&to=2019-12-31";
        var id = (await (await leader.PostAsync($"/api/reports/signed?{period}", null))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        using var other = await app.LeaderAsync("VN-04");
        foreach (var path in new[] { "", ".pdf", ".json", "/files/docx", "/differences" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/reports/signed/{id}{path}")).StatusCode);
        }

        var theirs = await (await other.GetAsync("/api/reports/signed?pageSize=200")).JsonAsync();
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/reports/signed/{id}.exe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/reports/signed/{id}/files/1")).StatusCode);
        var mine = await (await leader.GetAsync($"/api/reports/signed?{period}")).JsonAsync();
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_summary_names_per_section_the_records_behind_it_and_they_are_what_it_counts()
    {
        using var officer = await app.OfficerAsync("VN-04");
        await PartnerAsync(officer, "Drill county");
        var summary = await (await officer.GetAsync($"/api/reports/summary?{Period}")).JsonAsync();
        var drill = summary.GetProperty("drillThrough");
        var partners = drill.GetProperty("partners").GetString()!;
        Assert.Equal($"/api/reports/records?section=Partners&province=VN-04&{Period}", partners);
        Assert.True(drill.TryGetProperty("delegations", out _));

        var records = await (await officer.GetAsync(partners)).JsonAsync();
        Assert.Equal(summary.GetProperty("partners").GetProperty("total").GetInt32(), records.GetProperty("rows")
            .GetArrayLength());
        Assert.Equal("Partners", records.GetProperty("section").GetString());
        Assert.Contains("section", await (await officer.GetAsync($"/api/reports/records?section=Nothing&{Period}"))
            .ProblemFieldsAsync());
        var labour = await officer.GetAsync($"/api/reports/records?section=Labour&{Period}");
        Assert.Equal(HttpStatusCode.OK, labour.StatusCode);
        Assert.Equal("Labour", (await labour.JsonAsync()).GetProperty("section").GetString());
    }
}
