using System.Net;
using System.Net.Http.Json;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Attache.Tests.Accounts;

/// <summary>Attache with the sign-in limits of production, small enough to reach in a test.</summary>
public sealed class LimitedSignInFactory : AttacheFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attache:SignIn:AttemptsPerClientPerMinute", "8");
        builder.UseSetting("Attache:SignIn:AttemptsPerAccountPerMinute", "4");
    }
}

public sealed class SignInLimitTests(LimitedSignInFactory app) : IClassFixture<LimitedSignInFactory>
{
    [Fact]
    public async Task Sign_in_is_throttled_per_account_and_per_client_with_429()
    {
        using var client = app.CreateClient();
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@attache.test", password = "Wrong!2025" });
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = "leader.laichau@attache.demo", password = "Wrong!2025" });
        // One answer whether the account exists or not.
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal((await unknown.JsonAsync(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString(),
            (await wrong.JsonAsync(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());

        // Per account: the fourth attempt of the minute is the last, whoever makes it.
        for (var i = 0; i < 2; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email = "viewer.laichau@attache.demo", password = "Wrong!2025" });
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login",
            new { email = "viewer.laichau@attache.demo", password = AttacheFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login",
            new { email = "viewer.laichau@attache.demo", password = "Wrong!2025" })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/login",
            new { email = "viewer.laichau@attache.demo", password = AttacheFactory.Password })).StatusCode);

        // Per client: 8 requests to /api/auth a minute, then 429 for any account.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login",
            new { email = "officer.laichau@attache.demo", password = AttacheFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/login",
            new { email = "officer.caobang@attache.demo", password = AttacheFactory.Password })).StatusCode);
    }
}
