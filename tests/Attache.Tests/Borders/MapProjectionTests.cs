using Attache.Borders;

namespace Attache.Tests.Borders;

/// <summary>The map's drawing without a database: the frame, the projection and where the names go.</summary>
public sealed class MapProjectionTests
{
    private static MapFeature Gate(string name, double latitude, double longitude) =>
        new("borderGate", name.Length, name, null, latitude, longitude, "/border-gates/1", "Main");

    private static MapFeature Partner(string name, double latitude, double longitude) =>
        new("partner", name.Length, name, null, latitude, longitude, "/partners/1", "ForeignLocality");

    private static readonly MapFeature TaLung = Gate("Tà Lùng", 22.4, 106.58);
    private static readonly MapFeature TraLinh = Gate("Trà Lĩnh", 22.8, 106.3);
    private static readonly MapFeature Seoul = Partner("Seoul", 37.57, 126.98);
    private static readonly MapFeature Baise = Partner("Baise", 23.9, 106.6);

    [Fact]
    public void The_border_area_frames_the_gates_a_degree_around_and_counts_far_partners_outside()
    {
        var map = new MapProjection([TaLung, TraLinh, Seoul, Baise], all: false);

        Assert.False(map.All);
        Assert.Equal(106.3 - 1, map.West, 6);
        Assert.Equal(106.58 + 1, map.East, 6);
        Assert.Equal(22.4 - 1, map.South, 6);
        Assert.Equal(22.8 + 1, map.North, 6);
        Assert.Equal(new[] { TaLung, TraLinh }, map.Inside);
        Assert.Equal(new[] { Seoul, Baise }, map.Outside);
    }

    [Fact]
    public void All_places_frame_every_point_and_without_gates_the_frame_is_all_places()
    {
        Assert.True(new MapProjection([TaLung, Seoul], all: true).All);
        var partnersOnly = new MapProjection([Seoul, Baise], all: false);
        Assert.True(partnersOnly.All);
        Assert.Equal(2, partnersOnly.Inside.Count);
        Assert.Empty(new MapProjection([], all: false).Inside);
    }

    [Fact]
    public void North_is_up_east_is_right_and_the_frame_fits_the_drawing()
    {
        var map = new MapProjection([TaLung, TraLinh, Baise], all: true);

        Assert.True(map.Y(TraLinh.Latitude) < map.Y(TaLung.Latitude), "North is up.");
        Assert.True(map.X(TaLung.Longitude) > map.X(TraLinh.Longitude), "East is right.");
        Assert.InRange(map.Height, 320, 760);
        foreach (var f in map.Inside)
        {
            Assert.InRange(map.X(f.Longitude), 0, MapProjection.Width);
            Assert.InRange(map.Y(f.Latitude), 0, map.Height);
        }

        // The frame is centred: its corners lie as far from the edges on both sides.
        Assert.Equal(MapProjection.Width - map.X(map.East), map.X(map.West), 6);
        Assert.Equal(map.Height - map.Y(map.South), map.Y(map.North), 6);
    }

    [Fact]
    public void Longitude_is_squeezed_by_the_cosine_of_the_latitude()
    {
        var map = new MapProjection([TaLung, TraLinh, Baise], all: true);
        var degreeEast = map.X(107) - map.X(106);
        var degreeNorth = map.Y(22) - map.Y(23);
        Assert.Equal(Math.Cos((map.South + map.North) / 2 * Math.PI / 180), degreeEast / degreeNorth, 6);
    }

    [Fact]
    public void The_graticule_steps_by_a_round_number_of_degrees_for_the_span()
    {
        var border = new MapProjection([TaLung, TraLinh], all: false);
        Assert.Equal(new[] { 105.5, 106, 106.5, 107, 107.5 }, border.Meridians());
        var wide = new MapProjection([TaLung, Seoul], all: true);
        Assert.Equal(new double[] { 110, 115, 120, 125 }, wide.Meridians());
        Assert.Equal(new double[] { 25, 30, 35 }, wide.Parallels());
    }

    [Fact]
    public void A_name_goes_beside_its_point_and_two_close_names_do_not_cover_each_other()
    {
        var lone = new MapProjection([TaLung], all: false);
        var label = lone.PlaceLabels()[TaLung];
        Assert.False(label.End);
        Assert.False(label.Leader);
        Assert.Equal(lone.X(TaLung.Longitude) + 9, label.TextX, 6);
        Assert.Equal(lone.Y(TaLung.Latitude) + 4, label.Baseline, 6);

        // Two gates a few hundred metres apart: the second name moves off the first.
        var twin = Gate("Tà Lùng 2", 22.401, 106.581);
        var close = new MapProjection([TaLung, twin], all: false);
        var labels = close.PlaceLabels();
        var (first, second) = (labels[TaLung], labels[twin]);
        Assert.True(first.Baseline != second.Baseline || first.End != second.End,
            "The two names share a line on the same side.");
    }

    [Fact]
    public void Names_stay_inside_the_frame_when_they_can()
    {
        var map = new MapProjection([TaLung, TraLinh, Baise], all: true);
        foreach (var (feature, label) in map.PlaceLabels())
        {
            var width = feature.Name.Length * MapProjection.FontSize(feature)
                * (feature.Layer == "borderGate" ? 0.62 : 0.55);
            Assert.InRange(label.End ? label.TextX - width : label.TextX, 0, MapProjection.Width);
            Assert.InRange(label.Baseline, 0, map.Height);
        }
    }
}
