using System.Net;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Borders;

/// <summary>The economic-zone register (issue 14, point 2): its API's validation, tenancy and concurrency, and the
/// public zones on the portal's province page.</summary>
public sealed class EconomicZoneApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static readonly SemaphoreSlim ProfileLock = new(1, 1);

    private static object Zone(string name, int[] gates, bool isPublic = true, string? english = null,
        string kind = "BorderGateZone", string? description = null, int? version = null) => new
        {
            nameVietnamese = name, nameEnglish = english, kind, gateIds = gates, isPublic, description, version,
        };

    private static async Task<int> CreateAsync(HttpClient client, object zone) =>
        (await (await client.PostJsonAsync("/api/economic-zones", zone)).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();

    /// <summary>Lai Châu's public site in vi and en (saved once).</summary>
    private async Task<string> SiteAsync()
    {
        await ProfileLock.WaitAsync();
        try
        {
            using var editor = await app.ClientForAsync("editor.laichau@attache.demo");
            if ((await editor.GetAsync("/api/portal/profile")).StatusCode != HttpStatusCode.OK)
            {
                await (await editor.PutJsonAsync("/api/portal/profile", new
                {
                    slug = "lai-chau", defaultLang = "vi",
                    texts = new[]
                    {
                        new { lang = "vi", name = "Tỉnh Thử", about = "Tỉnh biên giới." },
                        new { lang = "en", name = "Test Province", about = "A border province." },
                    },
                })).JsonAsync();
            }

            return "lai-chau";
        }
        finally
        {
            ProfileLock.Release();
        }
    }

    private static async Task<string> PageAsync(HttpClient client, string slug, string lang)
    {
        var response = await client.GetAsync($"/p/{slug}/{lang}/province");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_every_field_at_once()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var response = await officer.PostJsonAsync("/api/economic-zones", new
        {
            nameVietnamese = " ",
            nameEnglish = new string('x', 301),
            decisionNumber = new string('1', 101),
            areaHectares = "-5",
            description = new string('d', 4001),
            gateIds = Array.Empty<int>(),
        });
        var fields = await response.ProblemFieldsAsync();
        Assert.Equal(["areaHectares", "decisionNumber", "description", "kind", "nameEnglish", "nameVietnamese"],
            fields.Order().ToArray());

        // An area is positive: nought hectares is no area.
        Assert.Equal(["areaHectares"], await (await officer.PostJsonAsync("/api/economic-zones", new
        {
            nameVietnamese = "Khu không diện tích", kind = "Other", areaHectares = "0",
        })).ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_gate_of_another_province_is_refused()
    {
        using var laiChau = await app.OfficerAsync("VN-01");
        using var caoBang = await app.OfficerAsync("VN-04");
        var own = await BorderGateApiTests.CreateGateAsync(laiChau, "Zone gate Lai Chau");
        var foreign = await BorderGateApiTests.CreateGateAsync(caoBang, "Zone gate Cao Bang");

        var refused = await laiChau.PostJsonAsync("/api/economic-zones", Zone("Khu lấn tỉnh", [own, foreign]));
        Assert.Equal(["gateIds"], await refused.ProblemFieldsAsync());
        var list = await (await laiChau.GetAsync("/api/economic-zones?search=lan tinh")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        var id = await CreateAsync(laiChau, Zone("Khu đúng tỉnh", [own]));
        var zone = await (await laiChau.GetAsync($"/api/economic-zones/{id}")).JsonAsync();
        Assert.Equal([own], zone.GetProperty("gateIds").EnumerateArray().Select(g => g.GetInt32()).ToArray());
        Assert.Equal("Zone gate Lai Chau", zone.GetProperty("gates")[0].GetProperty("name").GetString());
        Assert.Equal("VN-01", zone.GetProperty("province").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/economic-zones/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/economic-zones/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var id = await CreateAsync(officer, Zone("Khu phiên bản", []));
        var read = await (await officer.GetAsync($"/api/economic-zones/{id}")).JsonAsync();
        var version = read.GetProperty("version").GetInt32();

        Assert.Equal(["version"], await (await officer.PutJsonAsync($"/api/economic-zones/{id}",
            Zone("Khu phiên bản", []))).ProblemFieldsAsync());
        var saved = await (await officer.PutJsonAsync($"/api/economic-zones/{id}", new
        {
            nameVietnamese = "Khu phiên bản", kind = "IndustrialPark", areaHectares = "120.5",
            establishedOn = "2008-06-03", decisionNumber = "Số thử", version,
        })).JsonAsync();
        Assert.Equal("IndustrialPark", saved.GetProperty("kind").GetString());
        Assert.Equal(120.5m, decimal.Parse(saved.GetProperty("areaHectares").ToString(),
            System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2008-06-03", saved.GetProperty("establishedOn").GetString());
        Assert.True(saved.GetProperty("version").GetInt32() > version);

        var stale = await officer.PutJsonAsync($"/api/economic-zones/{id}", Zone("Khu cũ", [], version: version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Khu phiên bản", (await (await officer.GetAsync($"/api/economic-zones/{id}")).JsonAsync())
            .GetProperty("nameVietnamese").GetString());
    }

    [Fact]
    public async Task The_list_is_searched_filtered_and_a_zone_deleted()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Listed zone gate");
        var alpha = await CreateAsync(officer, Zone("Khu kinh tế Ánh Dương", [gate], english: "Sunrise Zone"));
        await CreateAsync(officer, Zone("Khu công nghiệp Ánh Trăng", [], kind: "IndustrialPark"));

        var found = await (await officer.GetAsync("/api/economic-zones?search=anh duong")).JsonAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var row = found.GetProperty("items")[0];
        Assert.Equal(alpha, row.GetProperty("id").GetInt32());
        Assert.Equal(["Listed zone gate"], row.GetProperty("gates").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(1, (await (await officer.GetAsync("/api/economic-zones?search=sunrise")).JsonAsync())
            .GetProperty("total").GetInt32());
        var parks = await (await officer.GetAsync("/api/economic-zones?kind=IndustrialPark&search=anh"))
            .JsonAsync();
        Assert.Equal(["Khu công nghiệp Ánh Trăng"], parks.GetProperty("items").EnumerateArray()
            .Select(z => z.GetProperty("nameVietnamese").GetString()));
        Assert.Equal(["sort"], await (await officer.GetAsync("/api/economic-zones?sort=area")).ProblemFieldsAsync());

        using var viewer = await app.ViewerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/economic-zones/{alpha}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/economic-zones/{alpha}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/economic-zones/{alpha}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.DeleteAsync($"/api/economic-zones/{alpha}")).StatusCode);
        // The gate stays in the register.
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/border-gates/{gate}")).StatusCode);
    }

    [Fact]
    public async Task The_province_page_shows_the_public_zones_with_their_gates_and_a_saved_change()
    {
        var slug = await SiteAsync();
        using var officer = await app.OfficerAsync("VN-01");
        using var anonymous = app.CreateClient();
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Cửa khẩu Sigma");
        var shown = await CreateAsync(officer, Zone("Khu kinh tế cửa khẩu Sigma", [gate], english: "Sigma Zone",
            description: "Kho ngoại quan và chợ biên giới."));
        await CreateAsync(officer, Zone("Khu kinh tế Omega ẩn", [gate], isPublic: false, english: "Omega Zone"));

        var vi = await PageAsync(anonymous, slug, "vi");
        Assert.Contains("Khu kinh tế cửa khẩu Sigma", vi, StringComparison.Ordinal);
        Assert.Contains("Cửa khẩu trong khu: Cửa khẩu Sigma", vi, StringComparison.Ordinal);
        Assert.Contains("Kho ngoại quan và chợ biên giới.", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("Omega", vi, StringComparison.Ordinal);

        var en = await PageAsync(anonymous, slug, "en");
        Assert.Contains("<h2 id=\"zones\">Economic zones</h2>", en, StringComparison.Ordinal);
        Assert.Contains("<h3>Sigma Zone</h3>", en, StringComparison.Ordinal);
        Assert.Contains("Border-gate economic zone", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Omega", en, StringComparison.Ordinal);

        // The page is served from the portal's cache; saving the zone evicts it.
        var version = (await (await officer.GetAsync($"/api/economic-zones/{shown}")).JsonAsync())
            .GetProperty("version").GetInt32();
        await (await officer.PutJsonAsync($"/api/economic-zones/{shown}", Zone("Khu kinh tế cửa khẩu Sigma", [gate],
            english: "Sigma Border Zone", description: "Now with a logistics centre.", version: version)))
            .JsonAsync();
        en = await PageAsync(anonymous, slug, "en");
        Assert.Contains("<h3>Sigma Border Zone</h3>", en, StringComparison.Ordinal);
        Assert.Contains("Now with a logistics centre.", en, StringComparison.Ordinal);

        // Renaming the gate evicts it too: the page lists the gates.
        Assert.DoesNotContain("Sigma Mới", await PageAsync(anonymous, slug, "vi"), StringComparison.Ordinal);
        var gateVersion = (await (await officer.GetAsync($"/api/border-gates/{gate}")).JsonAsync())
            .GetProperty("version").GetInt32();
        await (await officer.PutJsonAsync($"/api/border-gates/{gate}", new
        {
            name = "Cửa khẩu Sigma Mới", country = "CN", type = "Main", counterpartLatin = "Counterpart of Sigma",
            routes = Array.Empty<object>(), version = gateVersion,
        })).JsonAsync();
        Assert.Contains("Cửa khẩu trong khu: Cửa khẩu Sigma Mới", await PageAsync(anonymous, slug, "vi"),
            StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/economic-zones/{shown}")).StatusCode);
        Assert.DoesNotContain("Sigma Border Zone", await PageAsync(anonymous, slug, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_pages_list_edit_and_confirm_in_Vietnamese()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Cửa khẩu Trang");
        var id = await CreateAsync(officer, Zone("Khu kinh tế Trang Thử", [gate], kind: "IndustrialPark"));

        async Task<string> HtmlAsync(string path)
        {
            var response = await officer.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        var list = await HtmlAsync("/economic-zones?search=trang thu");
        Assert.Contains($"<a href=\"/economic-zones/{id}/edit\">Khu kinh tế Trang Thử</a>", list,
            StringComparison.Ordinal);
        Assert.Contains("Khu công nghiệp", list, StringComparison.Ordinal);
        Assert.Contains("Cửa khẩu Trang", list, StringComparison.Ordinal);

        var edit = await HtmlAsync($"/economic-zones/{id}/edit");
        Assert.Contains("Sửa khu kinh tế", edit, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{gate}\" selected", edit, StringComparison.Ordinal);
        Assert.Contains("Hiển thị trên cổng thông tin công khai", edit, StringComparison.Ordinal);

        var delete = await HtmlAsync($"/economic-zones/{id}/delete");
        Assert.Contains("Xóa Khu kinh tế Trang Thử?", delete, StringComparison.Ordinal);
        Assert.Contains("href=\"/economic-zones\"", await HtmlAsync("/border-gates"), StringComparison.Ordinal);
    }
}
