using System.Net;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Agreements.AgreementBuild;

namespace Attache.Tests.Agreements;

public sealed class AgreementApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task Registers_an_agreement_with_several_partners_and_fields()
    {
        using var officer = await app.OfficerAsync();
        var mungyeong = await PartnerAsync(officer, "KR", "Mungyeong register test");
        var gyeongbuk = await PartnerAsync(officer, "KR", "Gyeongbuk register test");
        var created = await CreateAsync(officer, Body([mungyeong, gyeongbuk],
            ["labour-employment", "high-tech-agriculture"], "MemorandumOfUnderstanding"));
        var id = created.GetProperty("id").GetInt32();

        var dto = await (await officer.GetAsync($"/api/agreements/{id}")).JsonAsync();
        Assert.Equal("VN-01", dto.GetProperty("province").GetString());
        Assert.Equal("MemorandumOfUnderstanding", dto.GetProperty("kind").GetString());
        Assert.Equal("관광 협력 협약", dto.GetProperty("titleNative").GetString());
        Assert.Equal([mungyeong, gyeongbuk], dto.GetProperty("partners").EnumerateArray()
            .Select(p => p.GetProperty("id").GetInt32()));
        Assert.Equal(["high-tech-agriculture", "labour-employment"],
            dto.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        Assert.Equal(["vi", "ko"], dto.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.True(dto.GetProperty("openEnded").GetBoolean());

        var edited = await (await officer.PutJsonAsync($"/api/agreements/{id}",
            Body([gyeongbuk], ["education"], "Agreement", "Thỏa thuận sửa", version: 1))).JsonAsync();
        Assert.Equal("Thỏa thuận sửa", edited.GetProperty("titleVi").GetString());
        Assert.Equal([gyeongbuk], edited.GetProperty("partners").EnumerateArray()
            .Select(p => p.GetProperty("id").GetInt32()));
        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await
            officer.PutJsonAsync($"/api/agreements/{id}", Body([gyeongbuk], version: 1))).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_the_register_but_cannot_write_to_it()
    {
        using var officer = await app.OfficerAsync();
        using var viewer = await app.ViewerAsync();
        var partner = await PartnerAsync(officer, "KR", "Viewer city");
        var id = (await CreateAsync(officer, Body([partner]))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/agreements/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/agreements", Body([partner])))
            .StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(viewer, id, "Consulting")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await
            viewer.PostJsonAsync($"/api/agreements/{id}/consultations",
            new { body = "Bộ Ngoại giao", sentOn = "2024-01-05" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/agreements/{id}")).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/agreements")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        using var officer = await app.OfficerAsync();
        var partner = await PartnerAsync(officer, "KR", "Bad input city");
        var fields = await (await officer.PostJsonAsync("/api/agreements", new { kind = "Agreement" }))
            .ProblemFieldsAsync();
        Assert.Contains("titleVi", fields);
        Assert.Contains("provinceParty", fields);
        Assert.Contains("partnerIds", fields);
        Assert.Equal(["partnerIds"], await (await officer.PostJsonAsync("/api/agreements", Body([partner, 999_999])))
            .ProblemFieldsAsync());
        Assert.Equal(["fields"], await (await officer.PostJsonAsync("/api/agreements", Body([partner], ["astrology"])))
            .ProblemFieldsAsync());
        Assert.Contains("kind", await (await officer.PostJsonAsync("/api/agreements", Body([partner], kind: "Treaty")))
            .ProblemFieldsAsync());
        Assert.Contains("status", await (await officer.GetAsync("/api/agreements?status=Dancing"))
            .ProblemFieldsAsync());
        Assert.Contains("expiringBefore", await (await officer.GetAsync("/api/agreements?expiringBefore=soon"))
            .ProblemFieldsAsync());
        Assert.Contains("sort", await (await officer.GetAsync("/api/agreements?sort=colour")).ProblemFieldsAsync());
        Assert.Contains("to", await (await officer.GetAsync("/api/agreements/stats?from=2025-01-01&to=2024-01-01"))
            .ProblemFieldsAsync());
        Assert.Contains("to", await (await officer.PostJsonAsync("/api/agreements/1/transitions",
            new { to = "Sideways" })).ProblemFieldsAsync());
    }

    [Fact]
    public async Task Another_provinces_agreement_is_not_found()
    {
        using var laiChau = await app.OfficerAsync("VN-01");
        using var caoBang = await app.OfficerAsync("VN-04");
        using var caoBangLeader = await app.LeaderAsync("VN-04");
        var partner = await PartnerAsync(laiChau, "KR", "Tenancy city");
        var id = (await CreateAsync(laiChau, Body([partner]))).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/agreements/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await
            caoBang.PutJsonAsync($"/api/agreements/{id}", Body([partner], version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(caoBangLeader, id, "Consulting")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/agreements/{id}/consultations"))
            .StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await
            caoBang.PostJsonAsync($"/api/agreements/{id}/consultations",
            new { body = "Bộ Ngoại giao", sentOn = "2024-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/agreements/{id}/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/agreements/{id}/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/agreements/{id}")).StatusCode);
        // A partner of another province cannot be a party either.
        Assert.Equal(["partnerIds"], await (await caoBang.PostJsonAsync("/api/agreements", Body([partner])))
            .ProblemFieldsAsync());
        var list = await (await caoBang.GetAsync("/api/agreements?search=thoa thuan")).JsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Consultations_are_recorded_before_approval_and_answered()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var partner = await PartnerAsync(officer, "KR", "Consultation city");
        var id = (await CreateAsync(officer, Body([partner]))).GetProperty("id").GetInt32();
        await Ok(await MoveAsync(officer, id, "Consulting"));
        var request = await (await officer.PostJsonAsync($"/api/agreements/{id}/consultations",
            new { body = "Bộ Ngoại giao", sentOn = "2024-01-05" }))
            .JsonAsync(HttpStatusCode.Created);
        var cid = request.GetProperty("id").GetInt32();
        var version = request.GetProperty("version").GetInt32();
        Assert.Equal(["answeredOn"], await (await officer.PutJsonAsync($"/api/agreements/{id}/consultations/{cid}",
            new { body = "Bộ Ngoại giao", sentOn = "2024-01-05", answeredOn = "2024-01-04", version }))
            .ProblemFieldsAsync());
        await (await officer.PutJsonAsync($"/api/agreements/{id}/consultations/{cid}",
            new
            {
                body = "Bộ Ngoại giao", sentOn = "2024-01-05", answeredOn = "2024-01-25",
                answerSummary = "Agrees; adjust article 4.", version
            })).JsonAsync();

        var list = await (await officer.GetAsync($"/api/agreements/{id}/consultations")).JsonAsync();
        var only = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("2024-01-25", only.GetProperty("answeredOn").GetString());
        Assert.Equal("Agrees; adjust article 4.", only.GetProperty("answerSummary").GetString());

        await Ok(await MoveAsync(leader, id, "Approved", Approval()));
        Assert.Equal(HttpStatusCode.Conflict, (await
            officer.PostJsonAsync($"/api/agreements/{id}/consultations",
            new { body = "Bộ Công an", sentOn = "2024-04-01" })).StatusCode);
        var dto = await (await officer.GetAsync($"/api/agreements/{id}")).JsonAsync();
        Assert.Equal("Bộ Ngoại giao", dto.GetProperty("consultations")[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task Activities_are_recorded_under_a_signed_agreement_with_a_generic_link()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var partner = await PartnerAsync(officer, "KR", "Activity city");
        var draft = (await CreateAsync(officer, Body([partner]))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await
            officer.PostJsonAsync($"/api/agreements/{draft}/activities", new { date = "2024-05-01", what = "Visit" }))
            .StatusCode);

        var id = await InForceAsync(officer, leader, [partner], ["labour-employment"], "Agreement", "2023-02-01");
        Assert.Contains("linkedEntity", await (await officer.PostJsonAsync($"/api/agreements/{id}/activities",
            new { date = "2023-06-01", what = "Visit", linkedEntity = "spaceship", linkedId = 3 }))
                .ProblemFieldsAsync());
        Assert.Equal(["linkedId"], await (await officer.PostJsonAsync($"/api/agreements/{id}/activities",
            new { date = "2023-06-01", what = "Visit", linkedEntity = "delegation" })).ProblemFieldsAsync());
        Assert.Equal(["date"], await (await officer.PostJsonAsync($"/api/agreements/{id}/activities",
            new { date = "2023-01-01", what = "Too early" })).ProblemFieldsAsync());

        await (await officer.PostJsonAsync($"/api/agreements/{id}/activities", new
        {
            date = "2023-04-10", what = "First 40 seasonal workers left for Mungyeong",
            result = "All returned on time", linkedEntity = "delegation", linkedId = 17,
        })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/agreements/{id}/activities",
            new { date = "2024-04-10", what = "Second group" })).JsonAsync(HttpStatusCode.Created);
        var page = await (await officer.GetAsync($"/api/agreements/{id}/activities?pageSize=1")).JsonAsync();
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal("Second group", page.GetProperty("items")[0].GetProperty("what").GetString());
        var page2 = await (await officer.GetAsync($"/api/agreements/{id}/activities?pageSize=1&page=2")).JsonAsync();
        Assert.Equal("delegation", page2.GetProperty("items")[0].GetProperty("linkedEntity").GetString());
        Assert.Equal(17, page2.GetProperty("items")[0].GetProperty("linkedId").GetInt32());
    }

    [Fact]
    public async Task Lists_filter_by_kind_status_field_partner_country_year_and_expiry()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var leader = await app.LeaderAsync("VN-04");
        var daxin = await PartnerAsync(officer, "CN", "Filter Daxin");
        var vientiane = await PartnerAsync(officer, "LA", "Filter Vientiane");
        var a = await InForceAsync(officer, leader, [daxin], ["tourism", "border-management"], "Agreement",
            "2023-09-15", "2026-01-31", "Lọc Bản Giốc");
        var b = await InForceAsync(officer, leader, [vientiane], ["education"], "MemorandumOfUnderstanding",
            "2022-05-02", null, "Lọc giáo dục");
        var c = (await CreateAsync(officer, Body([daxin, vientiane], ["trade"], "LetterOfIntent", "Lọc thương mại")))
            .GetProperty("id").GetInt32();

        async Task<int[]> Ids(string query) => [.. (await
            (await officer.GetAsync("/api/agreements?pageSize=50&"
            + (query.Contains("search=") ? query : "search=loc&" + query))).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetInt32()).Order()];

        Assert.Equal(new int[] { a, b, c }, await Ids(""));
        Assert.Equal(new int[] { b }, await Ids("kind=MemorandumOfUnderstanding"));
        Assert.Equal(new int[] { c }, await Ids("status=Proposed"));
        Assert.Equal(new int[] { a }, await Ids("field=border-management"));
        Assert.Equal(new int[] { b, c }, await Ids($"partnerId={vientiane}"));
        Assert.Equal(new int[] { a, c }, await Ids("country=cn"));
        Assert.Equal(new int[] { a }, await Ids("signedYear=2023"));
        Assert.Equal(new int[] { a }, await Ids("expiringBefore=2026-02-01"));
        Assert.Equal(Array.Empty<int>(), await Ids("expiringBefore=2026-01-30"));
        Assert.Equal(new int[] { a }, await Ids("search=ban gioc"));

        var sorted = await (await officer.GetAsync("/api/agreements?search=loc&sort=signed&pageSize=1")).JsonAsync();
        Assert.Equal(3, sorted.GetProperty("total").GetInt32());
        Assert.Equal(b, sorted.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal("Filter Vientiane",
            sorted.GetProperty("items")[0].GetProperty("partners")[0].GetProperty("nameLatin").GetString());
    }

    [Fact]
    public async Task A_signed_agreement_cannot_be_deleted_but_a_project_can()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var partner = await PartnerAsync(officer, "KR", "Delete city");
        var signed = await InForceAsync(officer, leader, [partner], ["tourism"], "Agreement", "2024-01-15");
        Assert.Equal(HttpStatusCode.Conflict, (await officer.DeleteAsync($"/api/agreements/{signed}")).StatusCode);
        var project = (await CreateAsync(officer, Body([partner]))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/agreements/{project}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/agreements/{project}")).StatusCode);
        // The partner register refuses to lose a partner an agreement names.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.DeleteAsync($"/api/partners/{partner}")).StatusCode);
    }

    [Fact]
    public async Task The_signed_scan_is_stored_with_the_agreement()
    {
        using var officer = await app.OfficerAsync();
        var partner = await PartnerAsync(officer, "KR", "Scan city");
        var id = (await CreateAsync(officer, Body([partner]))).GetProperty("id").GetInt32();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 signed"u8.ToArray()), "file", "signed.pdf" },
            { new StringContent("SignedText"), "kind" },
        };
        var doc = await (await officer.PostAsync($"/api/agreements/{id}/documents", form))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("SignedText", doc.GetProperty("kind").GetString());
        var list = await (await officer.GetAsync($"/api/agreements/{id}/documents")).JsonAsync();
        Assert.Equal("signed.pdf", Assert.Single(list.EnumerateArray()).GetProperty("fileName").GetString());
    }
}
