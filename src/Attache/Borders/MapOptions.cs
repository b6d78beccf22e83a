using System.ComponentModel.DataAnnotations;

namespace Attache.Borders;

/// <summary>The <c>Attache:Map</c> section: an optional online tile layer under the map's own borders (see the README).
/// Unset, the map draws only the Natural Earth borders and coastlines shipped with the app and needs no internet.
/// </summary>
public sealed partial class MapOptions : IValidatableObject
{
    public const string Section = "Attache:Map";

    /// <summary>The tiles' address, e.g. <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>; https only, with
    /// <c>{z}</c>, <c>{x}</c> and <c>{y}</c> (a <c>{s}</c> sub-domain is allowed).</summary>
    public string? TileUrl { get; set; }

    /// <summary>The tile provider's credit line shown under the map (HTML as the provider gives it).</summary>
    [MaxLength(500)]
    public string? TileAttribution { get; set; }

    public bool HasTiles => !string.IsNullOrWhiteSpace(TileUrl);

    /// <summary>The origin the browser loads tiles from, as a Content-Security-Policy source (<c>{s}</c> becomes
    /// <c>*</c>); null without tiles.</summary>
    public string? TileSource
    {
        get
        {
            if (!HasTiles || !TileUrl!.StartsWith("https://", StringComparison.Ordinal))
            {
                return null;
            }

            var rest = TileUrl["https://".Length..];
            var end = rest.IndexOfAny(['/', '?', '#']);
            var host = end < 0 ? rest : rest[..end];
            return "https://" + host.Replace("{s}", "*", StringComparison.Ordinal);
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HasTiles)
        {
            yield break;
        }

        // The origin goes into the Content-Security-Policy header: a host name (and port), nothing else.
        if (TileSource is not { } source || !TileHost().IsMatch(source["https://".Length..]))
        {
            yield return new ValidationResult("Attache:Map:TileUrl must be an https address "
                + "(https://tile.example.vn/{z}/{x}/{y}.png).", [nameof(TileUrl)]);
        }

        if (!TileUrl!.Contains("{z}", StringComparison.Ordinal) || !TileUrl.Contains("{x}", StringComparison.Ordinal)
            || !TileUrl.Contains("{y}", StringComparison.Ordinal))
        {
            yield return new ValidationResult("Attache:Map:TileUrl must contain {z}, {x} and {y}.", [nameof(TileUrl)]);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?$")]
    private static partial System.Text.RegularExpressions.Regex TileHost();
}
