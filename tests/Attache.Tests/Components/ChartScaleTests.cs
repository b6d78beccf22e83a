using System.Globalization;
using Attache.Components;

namespace Attache.Tests.Components;

/// <summary>The bar chart's geometry without rendering: a readable axis, bars inside their slots.</summary>
public sealed class ChartScaleTests
{
    [Theory]
    [InlineData("6900", "8000")]
    [InlineData("1000", "1000")]
    [InlineData("1001", "1200")]
    [InlineData("0.7", "0.8")]
    [InlineData("3", "3")]
    [InlineData("45", "50")]
    [InlineData("0", "1")]
    public void The_axis_ends_at_a_readable_number_at_or_above_the_largest_value(string max, string top) =>
        Assert.Equal(decimal.Parse(top, CultureInfo.InvariantCulture),
            ChartScale.NiceCeiling(decimal.Parse(max, CultureInfo.InvariantCulture)));

    [Fact]
    public void Zero_sits_on_the_baseline_and_the_top_value_under_the_margin()
    {
        var scale = new ChartScale(6900, categories: 11, series: 1, stacked: true, notes: true);
        Assert.Equal(8000m, scale.Top);
        Assert.Equal(ChartScale.Height - ChartScale.Bottom, scale.Y(0));
        Assert.Equal(scale.TopMargin, scale.Y(8000));
        Assert.Equal((scale.Y(0) + scale.Y(8000)) / 2, scale.Y(4000), 6);
        Assert.Equal(new[] { 0m, 2000m, 4000m, 6000m, 8000m }, scale.Ticks());
        Assert.True(new ChartScale(6900, 11, 1, stacked: true, notes: false).TopMargin < scale.TopMargin,
            "Notes above the bars need room.");
    }

    [Fact]
    public void Grouped_series_stand_side_by_side_inside_their_category_slot()
    {
        var scale = new ChartScale(100, categories: 4, series: 2, stacked: false, notes: false);
        for (var c = 0; c < 4; c++)
        {
            var slotStart = ChartScale.Left + (c * scale.GroupWidth);
            Assert.Equal(scale.BarX(c, 0) + scale.BarWidth, scale.BarX(c, 1), 6);
            Assert.InRange(scale.BarX(c, 0), slotStart, slotStart + scale.GroupWidth);
            Assert.InRange(scale.BarX(c, 1) + scale.BarWidth, slotStart, slotStart + scale.GroupWidth);
            Assert.Equal(slotStart + (scale.GroupWidth / 2), scale.CenterX(c), 6);
        }

        Assert.Equal(ChartScale.Width - ChartScale.Right, ChartScale.Left + (4 * scale.GroupWidth), 6);
    }

    [Fact]
    public void A_stacked_chart_draws_one_bar_per_category_whatever_the_series()
    {
        var stacked = new ChartScale(100, categories: 5, series: 3, stacked: true, notes: false);
        var single = new ChartScale(100, categories: 5, series: 1, stacked: false, notes: false);
        Assert.Equal(single.BarWidth, stacked.BarWidth, 6);
        Assert.Equal(stacked.BarX(2, 0), stacked.BarX(2, 2));
    }
}
