using System.Text.Json;
using Attache.Reports.Signing;

namespace Attache.Tests.Reports.Signing;

public sealed class SummaryPathsTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Array_items_are_compared_by_their_code_so_an_added_country_shifts_no_other_figure()
    {
        var signed = Json("""{"generatedAt":"2026-01-01T00:00:00Z","a":{"count":2},"byCountry":["""
            + """{"country":"CN","n":4},{"country":"LA","n":1}]}""");
        var live = Json("""{"generatedAt":"2026-02-01T00:00:00Z","a":{"count":3},"byCountry":["""
            + """{"country":"CN","n":4},{"country":"KH","n":1},{"country":"LA","n":2}]}""");

        var differences = SummaryPaths.Differences(signed, live);

        Assert.Equal(
            [new SummaryDifference("a.count", 2, 3), new SummaryDifference("byCountry[KH].n", null, 1),
                new SummaryDifference("byCountry[LA].n", 1, 2)],
            differences);
    }

    [Fact]
    public void Years_index_their_items_and_a_figure_gone_since_signing_is_listed()
    {
        var signed = Json("""{"perYear":[{"year":2020,"in":1},{"year":2021,"in":2}],"records":[{"rows":[[1,2]]}]}""");
        var live = Json("""{"perYear":[{"year":2021,"in":2}],"records":[{"rows":[[9,9]]}]}""");

        Assert.Equal([new SummaryDifference("perYear[2020].in", 1, null)], SummaryPaths.Differences(signed, live));
    }

    [Fact]
    public void Same_figures_ignore_the_making_time_but_not_a_changed_text()
    {
        var signed = Json("""{"generatedAt":"2026-01-01T00:00:00Z","warnings":["a"],"n":1.50}""");
        Assert.True(SummaryPaths.SameFigures(signed,
            Json("""{"generatedAt":"2027-01-01T00:00:00Z","warnings":["a"],"n":1.50}""")));
        Assert.False(SummaryPaths.SameFigures(signed,
            Json("""{"generatedAt":"2026-01-01T00:00:00Z","warnings":["b"],"n":1.50}""")));
        Assert.Empty(SummaryPaths.Differences(signed, Json("""{"warnings":["b"],"n":1.5}""")));
    }
}
