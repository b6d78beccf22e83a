using System.Net;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Accounts;

public sealed class UserAdminTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task The_administrator_makes_an_officer_who_works_only_in_its_province()
    {
        using var admin = await app.AdminAsync();
        var created = await admin.PostJsonAsync("/api/users", new
        {
            email = "new.officer@caobang.test", password = "Officer!2025", displayName = "Nông Thị Lan", role = "Officer", province = "VN-04",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var officer = await app.ClientForAsync("new.officer@caobang.test", "Officer!2025");
        var partner = await (await officer.PostJsonAsync("/api/partners", new { kind = "Ngo", country = "CH", nameLatin = "Swiss test NGO" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("VN-04", partner.GetProperty("province").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/partners?province=VN-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/users")).StatusCode);

        var users = await (await admin.GetAsync("/api/users?search=caobang.test")).JsonAsync();
        Assert.Equal(1, users.GetProperty("total").GetInt32());
        Assert.Equal("Officer", users.GetProperty("items")[0].GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task A_province_role_needs_a_province_and_a_national_role_none()
    {
        using var admin = await app.AdminAsync();
        Assert.Contains("province", await (await admin.PostJsonAsync("/api/users", new { email = "a@b.test", password = "Officer!2025", role = "Leader" })).ProblemFieldsAsync());
        Assert.Contains("province", await (await admin.PostJsonAsync("/api/users", new { email = "a@b.test", password = "Officer!2025", role = "NationalViewer", province = "VN-01" })).ProblemFieldsAsync());
        Assert.Contains("role", await (await admin.PostJsonAsync("/api/users", new { email = "a@b.test", password = "Officer!2025", role = "King" })).ProblemFieldsAsync());
        Assert.Contains("password", await (await admin.PostJsonAsync("/api/users", new { email = "a@b.test", password = "short", role = "Viewer", province = "VN-01" })).ProblemFieldsAsync());
    }
}
