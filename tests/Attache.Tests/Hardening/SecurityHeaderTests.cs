using System.Net;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17, point 15: every answer — API, page, static file, error — carries the security headers, and
/// answers that hold personal data are never stored by a browser or proxy.</summary>
public sealed class SecurityHeaderTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
        var csp = Header("Content-Security-Policy");
        Assert.True(csp.Contains("script-src 'self'", StringComparison.Ordinal), $"{what}: CSP '{csp}'");
        Assert.Contains("style-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("same-origin", Header("Referrer-Policy"));
    }

    [Fact]
    public async Task Api_answers_pages_static_files_and_errors_carry_the_security_headers()
    {
        using var officer = await app.OfficerAsync();
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var api = await officer.GetAsync("/api/partners");
        AssertSecurityHeaders(api, "API");
        Assert.True(api.Headers.CacheControl?.NoStore, "An API answer with personal data must not be stored.");

        var page = await officer.GetAsync("/labour");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertSecurityHeaders(page, "page");
        Assert.True(page.Headers.CacheControl?.NoStore, "A signed-in page must not be stored.");
        var html = await page.Content.ReadAsStringAsync();
        // Scripts come from the app's own files (the pickers, the dates), never inline: the CSP forbids inline code.
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html);
        Assert.Matches(@"<script src=""[^""]*js/pickers[^""]*"" defer", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=\"", html);

        var css = await anonymous.GetAsync("/app.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        AssertSecurityHeaders(css, "static file");

        var login = await anonymous.GetAsync("/login");
        AssertSecurityHeaders(login, "sign-in page");

        var problem = await anonymous.PostJsonAsync("/api/auth/login", new { email = (string?)null, password = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        AssertSecurityHeaders(problem, "problem");
        AssertSecurityHeaders(await anonymous.GetAsync("/api/partners"), "401");
    }

    /// <summary>The app's own files (map data of 750 KB, libraries, styles) reach a slow connection compressed and
    /// are kept by the browser for good under their fingerprinted address, also for a signed-in officer: they hold
    /// nothing personal.</summary>
    [Fact]
    public async Task Static_files_are_compressed_and_cached_by_their_fingerprint()
    {
        // appsettings.json turns ASP.NET's development re-reading of assets off: the demo serves them as published.
        using var officer = app.CreateClient();
        officer.DefaultRequestHeaders.Authorization = (await app.OfficerAsync()).DefaultRequestHeaders.Authorization;
        var home = await (await app.CreateClient().GetAsync("/login")).Content.ReadAsStringAsync();
        var fingerprinted = System.Text.RegularExpressions.Regex.Match(home, "href=\"/?(app\\.[a-z0-9]+\\.css)\"");
        Assert.True(fingerprinted.Success, "the layout links app.css by its fingerprinted name");

        var css = await officer.GetAsync("/" + fingerprinted.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.NotEqual(true, css.Headers.CacheControl?.NoStore);
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString() ?? "");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/world-atlas/countries-50m.json");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var atlas = await officer.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, atlas.StatusCode);
        Assert.Contains("gzip", atlas.Content.Headers.ContentEncoding);
        var bytes = await atlas.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < 400_000, $"{bytes.Length} bytes sent for a 756 KB file");
    }

    [Fact]
    public async Task The_api_description_is_for_signed_in_users_when_so_configured()
    {
        await using var closed = app.WithWebHostBuilder(b => b.UseSetting("Attache:Http:PublicApiDescription", "false"));
        using var anonymous = closed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reference")).StatusCode);

        using var open = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/openapi/v1.json")).StatusCode);
        var reference = await open.GetAsync("/api/reference");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("frame-ancestors 'none'", string.Join("", reference.Headers.GetValues("Content-Security-Policy")));
    }
}
