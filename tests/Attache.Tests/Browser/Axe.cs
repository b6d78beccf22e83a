using System.Text.Json;
using Microsoft.Playwright;

namespace Attache.Tests.Browser;

/// <summary>axe-core (Browser/Axe/axe.min.js, copied to the test output) in a page of the app: added before the page
/// loads, then asked for the violations a reviewer must not accept (impact serious or critical).</summary>
public static class Axe
{
    private static readonly Lazy<Task<string>> Script = new(() =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "Axe", "axe.min.js")));

    /// <summary>Makes axe-core part of every document the page opens from now on. An init script runs before the
    /// page's own and is not subject to its Content-Security-Policy (script-src 'self').</summary>
    public static async Task AddToAsync(IPage page) => await page.AddInitScriptAsync(await Script.Value);

    /// <summary>The serious and critical violations of the page as shown now, one line each: rule, impact and the
    /// elements concerned.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))
            """);
        return [.. result.EnumerateArray().Select(v => v.GetString()!)];
    }
}
