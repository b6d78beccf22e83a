namespace Attache.Borders;

/// <summary>Where a map label goes: its text's start (or end, when <see cref="End"/>) and baseline, and whether a
/// thin line leads back to the point from <see cref="AnchorX"/>.</summary>
public sealed record MapLabel(double TextX, double Baseline, bool End, bool Leader, double AnchorX);

/// <summary>The map page's drawing: the frame around the points, a plate carrée squeezed by cos(latitude) (near
/// enough to true shape at the scale of a province), the graticule and the labels placed so that no name covers
/// another name or a marker. Pure: the page only draws what this computes.</summary>
public sealed class MapProjection
{
    public const int Width = 900;

    private readonly double scale;
    private readonly double scaleX;

    /// <summary>Frames the border gates (a degree around them), or every point (half a degree) when
    /// <paramref name="all"/> is asked or there is no gate: far partners would shrink the border area to a
    /// dot.</summary>
    public MapProjection(IReadOnlyList<MapFeature> features, bool all)
    {
        var gates = features.Where(f => f.Layer == "borderGate").ToList();
        All = all || gates.Count == 0;
        var frame = All ? features : gates;
        var margin = All ? 0.5 : 1.0;
        if (frame.Count == 0)
        {
            return;
        }

        West = frame.Min(f => f.Longitude) - margin;
        East = frame.Max(f => f.Longitude) + margin;
        South = frame.Min(f => f.Latitude) - margin;
        North = frame.Max(f => f.Latitude) + margin;
        Inside = [.. features.Where(f => f.Longitude >= West && f.Longitude <= East
            && f.Latitude >= South && f.Latitude <= North)];
        Outside = [.. features.Except(Inside)];

        var squeeze = Math.Cos((South + North) / 2 * Math.PI / 180);
        var widthScale = Width / ((East - West) * squeeze);
        Height = (int)Math.Clamp((North - South) * widthScale, 320, 760);
        scale = Math.Min(widthScale, Height / (North - South));
        scaleX = scale * squeeze;
    }

    /// <summary>Whether the frame holds every point rather than the border area.</summary>
    public bool All { get; }

    public int Height { get; } = 500;

    public double West { get; }

    public double East { get; }

    public double South { get; }

    public double North { get; }

    /// <summary>The points inside the frame, drawn.</summary>
    public IReadOnlyList<MapFeature> Inside { get; } = [];

    /// <summary>The points outside the frame, counted under the map.</summary>
    public IReadOnlyList<MapFeature> Outside { get; } = [];

    /// <summary>The horizontal position of a longitude, the frame centred in the width.</summary>
    public double X(double longitude) => ((longitude - West) * scaleX) + ((Width - ((East - West) * scaleX)) / 2);

    /// <summary>The vertical position of a latitude, the frame centred in the height.</summary>
    public double Y(double latitude) => ((North - latitude) * scale) + ((Height - ((North - South) * scale)) / 2);

    /// <summary>The graticule's meridians, at a round step for the span (10, 5, 2, 1 or half a degree).</summary>
    public IEnumerable<double> Meridians() => Steps(West, East);

    /// <summary>The graticule's parallels.</summary>
    public IEnumerable<double> Parallels() => Steps(South, North);

    public static int FontSize(MapFeature feature) => feature.Layer == "borderGate" ? 13 : 11;

    /// <summary>Puts each name where it covers no other name or marker: beside its point if it can, else above or
    /// below, else a step further away with a thin line back to the point. Gates are placed first; they matter
    /// most.</summary>
    public IReadOnlyDictionary<MapFeature, MapLabel> PlaceLabels()
    {
        var markers = Inside.Select(f => Box.Of(X(f.Longitude) - 14, Y(f.Latitude) - 7, 21, 14)).ToList();
        var taken = new List<Box>();
        var labels = new Dictionary<MapFeature, MapLabel>();
        foreach (var f in Inside.OrderBy(f => f.Layer == "borderGate" ? 0 : 1).ThenBy(f => f.Latitude))
        {
            var x = X(f.Longitude);
            var y = Y(f.Latitude);
            var size = FontSize(f);
            // An estimate of the rendered width: enough to keep names apart without measuring fonts on the server.
            var width = f.Name.Length * size * (f.Layer == "borderGate" ? 0.62 : 0.55);
            var others = taken.Concat(markers.Where(m => !m.Contains(x, y))).ToList();
            var best = Candidates(x, y).MinBy(c => Overlap(Bounds(c, width, size), others))!;
            labels[f] = best;
            taken.Add(Bounds(best, width, size));
        }

        return labels;
    }

    /// <summary>Right of the point, then left of it (clear of a twinned dot drawn at x - 8), on the point's line or
    /// one, two or three lines above or below; beyond one line a leader is drawn.</summary>
    private static IEnumerable<MapLabel> Candidates(double x, double y)
    {
        foreach (var dy in new[] { 0, -14, 14, -28, 28, -42, 42 })
        {
            yield return new MapLabel(x + 9, y + 4 + dy, false, Math.Abs(dy) > 14, x + 8);
            yield return new MapLabel(x - 16, y + 4 + dy, true, Math.Abs(dy) > 14, x - 14);
        }
    }

    private static Box Bounds(MapLabel label, double width, int size) => label.End
        ? Box.Of(label.TextX - width, label.Baseline - size + 1, width, size + 2)
        : Box.Of(label.TextX, label.Baseline - size + 1, width, size + 2);

    /// <summary>The area a label would cover of the others, and a prohibitive cost for leaving the frame.</summary>
    private double Overlap(Box label, IEnumerable<Box> others)
    {
        var outsideFrame = label.Left < 0 || label.Right > Width || label.Top < 0 || label.Bottom > Height ? 1e6 : 0;
        return outsideFrame + others.Sum(label.Intersection);
    }

    private static IEnumerable<double> Steps(double from, double to)
    {
        var span = to - from;
        var step = span > 40 ? 10 : span > 16 ? 5 : span > 6 ? 2 : span > 3 ? 1 : 0.5;
        for (var v = Math.Ceiling(from / step) * step; v <= to; v += step)
        {
            yield return v;
        }
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public static Box Of(double left, double top, double width, double height) =>
            new(left, top, left + width, top + height);

        public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;

        public double Intersection(Box other) =>
            Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left))
            * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));
    }
}
