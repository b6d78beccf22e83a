using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Attache.Borders;

/// <summary>What the map page hands to its script (wwwroot/js/map.js) as JSON in the page: the layers with their
/// points, the frame to open on, the addresses of the Natural Earth files, the optional tile layer and every word the
/// map shows, in the UI's language. The script builds no text of its own.</summary>
public static class MapPageData
{
    private static readonly string[] Order = ["borderGate", "partner", "twinning"];

    public static string Json(MapProjection frame, IReadOnlyList<MapFeature> features, MapOptions options,
        IStringLocalizer L, string countriesUrl, string landUrl)
    {
        var layers = features.GroupBy(f => f.Layer)
            .OrderBy(g => Array.IndexOf(Order, g.Key) is var i && i < 0 ? Order.Length : i).ThenBy(g => g.Key)
            .Select(g => new
            {
                name = g.Key,
                title = Title(L, g.Key),
                label = Label(L, g.Key),
                features = g.Select(f => new
                {
                    name = f.Name,
                    detail = f.Detail,
                    kind = f.Kind is null ? null : Kind(L, f.Layer, f.Kind),
                    lat = f.Latitude,
                    lon = f.Longitude,
                    url = f.Url,
                }),
            });
        var data = new
        {
            countries = countriesUrl,
            land = landUrl,
            fit = new[] { new[] { frame.South, frame.West }, new[] { frame.North, frame.East } },
            tiles = options.HasTiles
                ? new { url = options.TileUrl, attribution = options.TileAttribution ?? "" }
                : null,
            text = new
            {
                borderCn = L["Viet Nam–China border"].Value,
                borderLa = L["Viet Nam–Laos border"].Value,
                tiles = L["Online map"].Value,
                zoomIn = L["Zoom in"].Value,
                zoomOut = L["Zoom out"].Value,
                close = L["Close"].Value,
            },
            layers,
        };

        // The default encoder writes <, > and & as \u escapes: the JSON cannot end the script element it sits in.
        return JsonSerializer.Serialize(data);
    }

    /// <summary>A layer's name in the legend.</summary>
    public static string Title(IStringLocalizer L, string layer) => layer switch
    {
        "borderGate" => L["Border gates"],
        "partner" => L["Foreign partners"],
        "twinning" => L["Twinned localities"],
        _ => layer,
    };

    /// <summary>What one point of a layer is, in its popup.</summary>
    public static string Label(IStringLocalizer L, string layer) => layer switch
    {
        "borderGate" => L["Border gate"],
        "partner" => L["Foreign partner"],
        "twinning" => L["Twinned locality"],
        _ => layer,
    };

    private static string Kind(IStringLocalizer L, string layer, string kind) => layer switch
    {
        "borderGate" => L[$"GateType.{kind}"],
        "partner" => L[$"PartnerKind.{kind}"],
        "twinning" => L[$"TwinningStatus.{kind}"],
        _ => kind,
    };
}
