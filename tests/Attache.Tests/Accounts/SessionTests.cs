using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Accounts;

/// <summary>A token never outlives the rights it carried; a refresh token works once; sign-out ends the sessions;
/// the calendar address is renewed by its owner and with the password.</summary>
public sealed class SessionTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private async Task<string> NewOfficerAsync(string email)
    {
        using var admin = await app.AdminAsync();
        var created = await (await admin.PostJsonAsync("/api/users", new
        {
            email, password = "Officer!2025", displayName = "Test officer", role = "Officer", province = "VN-04",
        })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    private async Task<(string Access, string Refresh)> SignInAsync(string email, string password = "Officer!2025")
    {
        using var anonymous = app.CreateClient();
        var tokens = await (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password })).JsonAsync();
        return (tokens.GetProperty("accessToken").GetString()!, tokens.GetProperty("refreshToken").GetString()!);
    }

    private HttpClient Bearer(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_demoted_account_loses_its_rights_at_once_even_with_a_token_in_hand()
    {
        var id = await NewOfficerAsync("demoted@caobang.test");
        var (access, refresh) = await SignInAsync("demoted@caobang.test");
        using var officer = Bearer(access);
        Assert.Equal(HttpStatusCode.Created,
            (await officer.PostJsonAsync("/api/partners", new { kind = "Ngo", country = "CH", nameLatin = "Before demotion" })).StatusCode);

        using var admin = await app.AdminAsync();
        (await admin.PutJsonAsync($"/api/users/{id}", new { email = "demoted@caobang.test", role = "Viewer", province = "VN-04" }))
            .EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await officer.PostJsonAsync("/api/partners", new { kind = "Ngo", country = "CH", nameLatin = "After demotion" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/partners")).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).StatusCode);

        using var viewer = Bearer((await SignInAsync("demoted@caobang.test")).Access);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewer.PostJsonAsync("/api/partners", new { kind = "Ngo", country = "CH", nameLatin = "As viewer" })).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_sign_out_ends_every_session()
    {
        await NewOfficerAsync("refresh@caobang.test");
        var (_, refresh) = await SignInAsync("refresh@caobang.test");
        using var anonymous = app.CreateClient();

        var renewed = await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).JsonAsync();
        var next = renewed.GetProperty("refreshToken").GetString()!;
        Assert.NotEqual(refresh, next);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).StatusCode);

        // The stolen token was used twice: its account's sessions ended, the rotated token too.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = next })).StatusCode);

        var (access, refreshAgain) = await SignInAsync("refresh@caobang.test");
        using var officer = Bearer(access);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refreshAgain })).StatusCode);
    }

    [Fact]
    public async Task The_owner_renews_the_calendar_address_and_a_new_password_renews_it_too()
    {
        var id = await NewOfficerAsync("calendar@caobang.test");
        using var officer = Bearer((await SignInAsync("calendar@caobang.test")).Access);
        using var anonymous = app.CreateClient();

        var first = (await (await officer.GetAsync("/api/calendar/feed")).JsonAsync()).GetProperty("address").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(first).PathAndQuery)).StatusCode);

        var second = (await (await officer.PostAsync("/api/calendar/feed", null)).JsonAsync()).GetProperty("address").GetString()!;
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(first).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(second).PathAndQuery)).StatusCode);

        using var admin = await app.AdminAsync();
        (await admin.PutJsonAsync($"/api/users/{id}", new
        {
            email = "calendar@caobang.test", password = "Changed!2025", role = "Officer", province = "VN-04",
        })).EnsureSuccessStatusCode();
        var token = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.CalendarToken).FirstAsync());
        Assert.DoesNotContain(token, second);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(second).PathAndQuery)).StatusCode);
    }
}
