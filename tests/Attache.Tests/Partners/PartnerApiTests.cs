using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Partners;

public sealed class PartnerApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static object Mungyeong(int? parentId = null, int? version = null) => new
    {
        kind = "ForeignLocality",
        country = "KR",
        nameLatin = "Mungyeong City",
        nameNative = "문경시",
        nameVietnamese = "Thành phố Mungyeong",
        parentId,
        tags = new[] { "labour" },
        contacts = new[] { new { name = "Kim Min-jun", title = "Labour desk", email = "kim@example.kr" } },
        version,
    };

    private static async Task<int> CreateAsync(HttpClient client, object body)
    {
        var created = await (await client.PostJsonAsync("/api/partners", body)).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_problem()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/partners");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_write()
    {
        using var viewer = await app.ViewerAsync();
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/partners")).StatusCode);
        var response = await viewer.PostJsonAsync("/api/partners", Mungyeong());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_national_viewer_reads_every_province_but_cannot_write()
    {
        using var officer1 = await app.OfficerAsync("VN-01");
        using var officer4 = await app.OfficerAsync("VN-04");
        await CreateAsync(officer1, new { kind = "Ngo", country = "JP", nameLatin = "National check NGO one" });
        await CreateAsync(officer4, new { kind = "Ngo", country = "JP", nameLatin = "National check NGO four" });

        using var national = await app.NationalAsync();
        var all = await (await national.GetAsync("/api/partners?search=national check")).JsonAsync();
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        var one = await (await national.GetAsync("/api/partners?search=national check&province=VN-04")).JsonAsync();
        Assert.Equal("VN-04", one.GetProperty("items")[0].GetProperty("province").GetString());
        Assert.Equal(1, one.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await national.PostJsonAsync("/api/partners?province=VN-04", Mungyeong())).StatusCode);
    }

    [Fact]
    public async Task Another_provinces_partner_is_not_found_and_cannot_be_changed()
    {
        using var laiChau = await app.OfficerAsync("VN-01");
        using var caoBang = await app.OfficerAsync("VN-04");
        var id = await CreateAsync(laiChau, Mungyeong());

        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/partners/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PutJsonAsync($"/api/partners/{id}", Mungyeong(version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/partners/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caoBang.GetAsync($"/api/partners/{id}?province=VN-01")).StatusCode);
        var audit = await (await caoBang.GetAsync($"/api/audit?entity=partner&id={id}")).JsonAsync();
        Assert.Equal(0, audit.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await laiChau.GetAsync($"/api/partners/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_writes_into_the_province_it_names()
    {
        using var admin = await app.AdminAsync();
        var missing = await admin.PostJsonAsync("/api/partners", new { kind = "Ngo", country = "JP", nameLatin = "Admin NGO" });
        Assert.Contains("province", await missing.ProblemFieldsAsync());

        var unknown = await admin.PostJsonAsync("/api/partners?province=VN-99", new { kind = "Ngo", country = "JP", nameLatin = "Admin NGO" });
        Assert.Contains("province", await unknown.ProblemFieldsAsync());

        var created = await (await admin.PostJsonAsync("/api/partners?province=vn-04", new { kind = "Ngo", country = "JP", nameLatin = "Admin NGO" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("VN-04", created.GetProperty("province").GetString());
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_each_field()
    {
        using var officer = await app.OfficerAsync();
        var fields = await (await officer.PostJsonAsync("/api/partners", new
        {
            kind = "ForeignLocality",
            country = "XX",
            nameLatin = new string('a', 301),
            website = "not a url",
            contacts = new[] { new { name = "", email = "nope" } },
        })).ProblemFieldsAsync();
        Assert.Contains("country", fields);
        Assert.Contains("nameLatin", fields);
        Assert.Contains("website", fields);
        Assert.Contains("contacts[0].name", fields);
        Assert.Contains("contacts[0].email", fields);

        Assert.Contains("kind", await (await officer.PostJsonAsync("/api/partners", new { kind = "Planet", country = "KR", nameLatin = "X" })).ProblemFieldsAsync());
        Assert.Contains("kind", await (await officer.GetAsync("/api/partners?kind=Planet")).ProblemFieldsAsync());
        Assert.Contains("pageSize", await (await officer.GetAsync("/api/partners?pageSize=100000")).ProblemFieldsAsync());
        Assert.Contains("sort", await (await officer.GetAsync("/api/partners?sort=shoe")).ProblemFieldsAsync());

        using var malformed = new StringContent("{\"kind\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await officer.PostAsync("/api/partners", malformed);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_stale_update_answers_409_and_overwrites_nothing()
    {
        using var officer = await app.OfficerAsync();
        var id = await CreateAsync(officer, Mungyeong());

        var first = await (await officer.PutJsonAsync($"/api/partners/{id}", new
        {
            kind = "ForeignLocality", country = "KR", nameLatin = "Mungyeong-si", version = 1,
        })).JsonAsync();
        Assert.Equal(2, first.GetProperty("version").GetInt32());

        var stale = await officer.PutJsonAsync($"/api/partners/{id}", new { kind = "ForeignLocality", country = "KR", nameLatin = "Stale name", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var now = await (await officer.GetAsync($"/api/partners/{id}")).JsonAsync();
        Assert.Equal("Mungyeong-si", now.GetProperty("nameLatin").GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Lists_page_with_totals_and_sort()
    {
        using var officer = await app.OfficerAsync("VN-04");
        for (var i = 1; i <= 7; i++)
        {
            await CreateAsync(officer, new { kind = "Enterprise", country = "CN", nameLatin = $"Paging Trading Co {i}", tags = new[] { "paging" } });
        }

        var page1 = await (await officer.GetAsync("/api/partners?search=paging trading&pageSize=3&sort=-name")).JsonAsync();
        Assert.Equal(7, page1.GetProperty("total").GetInt32());
        Assert.Equal(3, page1.GetProperty("items").GetArrayLength());
        Assert.Equal("Paging Trading Co 7", page1.GetProperty("items")[0].GetProperty("nameLatin").GetString());
        var page3 = await (await officer.GetAsync("/api/partners?search=paging trading&pageSize=3&page=3&sort=-name")).JsonAsync();
        Assert.Equal(1, page3.GetProperty("items").GetArrayLength());
        Assert.Equal(3, page3.GetProperty("page").GetInt32());
        Assert.Equal("Paging Trading Co 1", page3.GetProperty("items")[0].GetProperty("nameLatin").GetString());
    }

    [Theory]
    [InlineData("Mun")]
    [InlineData("mungyeong")]
    [InlineData("문경")]
    [InlineData("thanh pho mungyeong")]
    [InlineData("THÀNH PHỐ")]
    public async Task Search_finds_a_partner_by_any_name_without_accents(string term)
    {
        using var officer = await app.OfficerAsync("VN-04");
        var id = await CreateAsync(officer, Mungyeong());
        var found = await (await officer.GetAsync($"/api/partners?search={Uri.EscapeDataString(term)}&pageSize=200")).JsonAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Search_folds_vietnamese_letters()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var id = await CreateAsync(officer, new { kind = "FriendshipAssociation", country = "VN", nameLatin = "Hoi huu nghi", nameVietnamese = "Hội hữu nghị Đồng Đăng" });
        var found = await (await officer.GetAsync("/api/partners?search=dong dang")).JsonAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Filters_by_kind_and_country()
    {
        using var officer = await app.OfficerAsync("VN-04");
        await CreateAsync(officer, new { kind = "MediaOutlet", country = "LA", nameLatin = "Filter Lao Radio" });
        await CreateAsync(officer, new { kind = "MediaOutlet", country = "TH", nameLatin = "Filter Thai Radio" });
        var lao = await (await officer.GetAsync("/api/partners?kind=MediaOutlet&country=la&search=filter")).JsonAsync();
        Assert.Equal(1, lao.GetProperty("total").GetInt32());
        Assert.Equal("Filter Lao Radio", lao.GetProperty("items")[0].GetProperty("nameLatin").GetString());
    }

    [Fact]
    public async Task Edits_are_audited_field_by_field()
    {
        using var officer = await app.OfficerAsync();
        var id = await CreateAsync(officer, Mungyeong());
        await (await officer.PutJsonAsync($"/api/partners/{id}", new
        {
            kind = "ForeignLocality", country = "KR", nameLatin = "Mungyeong City", nameNative = "문경시", nameVietnamese = "TP Mungyeong",
            tags = new[] { "labour" }, contacts = new[] { new { name = "Kim Min-jun", title = "Labour desk", email = "kim@example.kr" } }, version = 1,
        })).JsonAsync();

        var history = await (await officer.GetAsync($"/api/audit?entity=partner&id={id}")).JsonAsync();
        var items = history.GetProperty("items").EnumerateArray().ToList();
        var update = items.Single(i => i.GetProperty("action").GetString() == "Updated");
        var change = Assert.Single(update.GetProperty("changes").EnumerateArray());
        Assert.Equal("nameVietnamese", change.GetProperty("field").GetString());
        Assert.Equal("Thành phố Mungyeong", change.GetProperty("from").GetString());
        Assert.Equal("TP Mungyeong", change.GetProperty("to").GetString());
        Assert.Equal("officer.laichau@attache.demo", update.GetProperty("userName").GetString());
        Assert.Contains(items, i => i.GetProperty("action").GetString() == "Created" && i.GetProperty("entity").GetString() == "partner");
        Assert.Contains(items, i => i.GetProperty("action").GetString() == "Created" && i.GetProperty("entity").GetString() == "partnerContact");
    }

    [Fact]
    public async Task A_partner_others_refer_to_cannot_be_deleted()
    {
        using var officer = await app.OfficerAsync();
        var parent = await CreateAsync(officer, new { kind = "ForeignLocality", country = "KR", nameLatin = "Gyeongsangbuk-do test" });
        var child = await CreateAsync(officer, Mungyeong(parent));

        var refused = await officer.DeleteAsync($"/api/partners/{parent}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/partners/{parent}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/partners/{child}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/partners/{parent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/partners/{parent}")).StatusCode);
    }

    [Fact]
    public async Task A_partner_cannot_become_its_own_ancestor()
    {
        using var officer = await app.OfficerAsync();
        var top = await CreateAsync(officer, new { kind = "ForeignLocality", country = "CN", nameLatin = "Loop top" });
        var below = await CreateAsync(officer, new { kind = "ForeignLocality", country = "CN", nameLatin = "Loop below", parentId = top });
        var fields = await (await officer.PutJsonAsync($"/api/partners/{top}", new { kind = "ForeignLocality", country = "CN", nameLatin = "Loop top", parentId = below, version = 1 }))
            .ProblemFieldsAsync();
        Assert.Equal(["parentId"], fields);
    }

    [Fact]
    public async Task Json_uses_camel_case_and_enum_names()
    {
        using var officer = await app.OfficerAsync();
        var id = await CreateAsync(officer, Mungyeong());
        var text = await (await officer.GetAsync($"/api/partners/{id}")).Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        Assert.Equal("ForeignLocality", doc.RootElement.GetProperty("kind").GetString());
        Assert.True(doc.RootElement.TryGetProperty("nameLatin", out _));
        Assert.EndsWith("Z", doc.RootElement.GetProperty("createdAt").GetString());
    }
}
