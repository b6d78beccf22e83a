using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17, point 9: a remembered province that does not exist cannot lock a national user out, and the
/// province switch and sign-out change state only by a POST that carries the page's antiforgery token.</summary>
public sealed partial class SessionStateTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    /// <summary>A national user's client that keeps no cookies of its own, so that a test can send any cookie.</summary>
    private async Task<HttpClient> NationalWithoutCookiesAsync()
    {
        using var anonymous = app.CreateClient();
        var login = await (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "national@attache.demo", password = AttacheFactory.Password }))
            .JsonAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task An_unknown_remembered_province_is_forgotten_instead_of_locking_the_user_out()
    {
        using var national = await NationalWithoutCookiesAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/partners");
        request.Headers.Add("Cookie", "attache.province=XX-99");
        var response = await national.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cleared = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("attache.province=", StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_province_switch_and_sign_out_are_posts_with_an_antiforgery_token()
    {
        using var national = await NationalWithoutCookiesAsync();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await national.GetAsync("/province/XX-99?back=/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await national.GetAsync("/province/VN-04?back=/partners")).StatusCode);

        using var withoutToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["back"] = "/partners" });
        var forged = await national.PostAsync("/province/VN-04", withoutToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.Contains("Set-Cookie") && forged.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("attache.province=VN-04", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, (await national.PostAsync("/account/logout", null)).StatusCode);

        // The page's own form: its token and the antiforgery cookie it came with.
        var page = await national.GetAsync("/partners");
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenInput().Match(html).Groups["token"].Value;
        Assert.NotEmpty(token);
        Assert.Contains("<form method=\"post\" action=\"/province/VN-04\">", html);
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        async Task<HttpResponseMessage> SwitchAsync(string code, string back)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/province/{code}")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["back"] = back }),
            };
            request.Headers.Add("Cookie", cookie);
            return await national.SendAsync(request);
        }

        var switched = await SwitchAsync("VN-04", "/partners");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/partners", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("attache.province=VN-04", StringComparison.Ordinal));

        Assert.Equal(["code"], await (await SwitchAsync("XX-99", "/partners")).ProblemFieldsAsync());
        Assert.Equal("/", (await SwitchAsync("all", "/\\evil.example")).Headers.Location?.OriginalString);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();
}
