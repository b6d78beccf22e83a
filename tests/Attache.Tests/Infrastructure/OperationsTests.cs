using System.Net;
using System.Net.Http.Json;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Infrastructure;

public sealed class OperationsTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task Runs_on_the_database_the_environment_names()
    {
        var provider = await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));
        Assert.Equal(AttacheFactory.OnPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
    }

    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_partner_api()
    {
        using var client = app.CreateClient();
        var doc = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/partners", out _));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/auth/login", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reference")).StatusCode);
    }

    [Fact]
    public async Task Login_returns_bearer_tokens_and_locks_the_client_out_after_repeated_failures()
    {
        using var client = app.CreateClient();
        var ok = await (await client.PostAsJsonAsync("/api/auth/login", new { email = "viewer.caobang@attache.demo", password = AttacheFactory.Password })).JsonAsync();
        Assert.False(string.IsNullOrEmpty(ok.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(ok.GetProperty("refreshToken").GetString()));
        Assert.True(ok.GetProperty("expiresIn").GetInt64() > 0);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = "viewer.caobang@attache.demo", password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // This client waits, even with the right password; the account itself is not locked (see SignInLimitTests).
        var locked = await client.PostAsJsonAsync("/api/auth/login", new { email = "viewer.caobang@attache.demo", password = AttacheFactory.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        var account = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "viewer.caobang@attache.demo").Select(u => u.LockoutEnd).FirstAsync());
        Assert.Null(account);
    }

    [Fact]
    public async Task Nobody_registers_an_account_without_being_administrator()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "intruder@example.com", password = "Intruder!2025" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var officer = await app.OfficerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/auth/register", new { email = "intruder@example.com", password = "Intruder!2025" })).StatusCode);
    }

    [Fact]
    public async Task The_login_page_speaks_vietnamese_and_english()
    {
        using var client = app.CreateClient();
        var vi = await client.GetStringAsync("/login");
        Assert.Contains("Đăng nhập", vi);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login?culture=en-GB");
        var en = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Sign in", en);
        Assert.DoesNotContain("Đăng nhập", en);
    }

    [Fact]
    public async Task Pages_redirect_to_login_when_signed_out()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/partners");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }
}
