using System.Net;
using System.Text.RegularExpressions;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Components;

/// <summary>The rules of the pages' own style sheets (<c>*.razor.css</c>) reach the browser: the bundle the layout links
/// is served and holds the scoped rules, and a page's elements carry the scope its rules name.</summary>
public sealed partial class ScopedCssTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task The_scoped_style_sheet_is_served_with_the_rules_of_the_pages()
    {
        using var officer = await app.ConsularAsync();
        var html = await (await officer.GetAsync("/dossiers")).Content.ReadAsStringAsync();
        var href = LinkToBundle().Match(html).Groups[1].Value;
        Assert.NotEmpty(href);

        var css = await officer.GetAsync("/" + href.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        var rules = await css.Content.ReadAsStringAsync();
        var scope = Regex.Match(rules, @"\.tabs\[(b-[a-z0-9]+)\]").Groups[1].Value;
        Assert.NotEmpty(scope);
        Assert.Matches($"<nav class=\"tabs\"[^>]* {scope}", html);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]*styles\\.css)\"")]
    private static partial Regex LinkToBundle();
}
