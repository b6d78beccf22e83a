using System.ComponentModel.DataAnnotations;
using Attache.Borders;
using Attache.Infrastructure;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Attache.Tests.Borders;

/// <summary>The optional online tile layer under the map (<c>Attache:Map</c>): an https address with {z}, {x} and {y},
/// whose host the Content-Security-Policy lets images come from, and only when it is set.</summary>
public sealed class MapOptionsTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static List<ValidationResult> Errors(string? url)
    {
        var options = new MapOptions { TileUrl = url, TileAttribution = "© OpenStreetMap" };
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        return errors;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png")]
    [InlineData("https://{s}.tile.example.vn:8443/tiles/{z}/{x}/{y}.png?key=abc")]
    public void No_tiles_or_an_https_tile_address_is_accepted(string? url) => Assert.Empty(Errors(url));

    [Theory]
    [InlineData("http://tile.openstreetmap.org/{z}/{x}/{y}.png", "https")]
    [InlineData("//tile.openstreetmap.org/{z}/{x}/{y}.png", "https")]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}.png", "{z}, {x} and {y}")]
    [InlineData("https://tile.example.vn; script-src *", "https")]
    [InlineData("https://user@tile.example.vn/{z}/{x}/{y}.png", "https")]
    public void A_tile_address_that_is_not_https_or_lacks_a_coordinate_is_refused(string url, string reason) =>
        Assert.Contains(Errors(url), e => e.ErrorMessage!.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void The_image_sources_name_the_tile_host_only_when_tiles_are_configured()
    {
        Assert.Equal(HttpSecurity.ContentSecurityPolicy, HttpSecurity.ContentSecurityPolicyFor(new MapOptions()));

        var policy = HttpSecurity.ContentSecurityPolicyFor(new MapOptions
        {
            TileUrl = "https://{s}.tile.example.vn/{z}/{x}/{y}.png",
        });
        Assert.Contains("img-src 'self' data: https://*.tile.example.vn;", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
    }

    [Fact]
    public async Task The_pages_allow_tile_images_from_the_configured_host_and_from_nowhere_else_otherwise()
    {
        using var plain = app.CreateClient();
        var without = string.Join("", (await plain.GetAsync("/login")).Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("img-src 'self' data:;", without);

        await using var tiled = app.WithWebHostBuilder(b => b
            .UseSetting("Attache:Map:TileUrl", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
            .UseSetting("Attache:Map:TileAttribution", "© OpenStreetMap"));
        using var client = tiled.CreateClient();
        var with = string.Join("", (await client.GetAsync("/login")).Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;", with);
    }

    [Fact]
    public void A_tile_address_over_plain_http_stops_the_app_at_start()
    {
        using var misconfigured = app.WithWebHostBuilder(b =>
            b.UseSetting("Attache:Map:TileUrl", "http://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        var error = Assert.Throws<OptionsValidationException>(() => misconfigured.CreateClient());
        Assert.Contains("TileUrl", error.Message);
    }
}
