namespace Attache.Components;

/// <summary>The geometry of a bar chart drawn as SVG: a value axis that ends at a readable number, and where each
/// category's bars stand. Grouped charts put the series side by side; stacked ones pile them in one bar.</summary>
public sealed class ChartScale
{
    public const double Width = 760;
    public const double Height = 300;
    public const double Left = 70;
    public const double Right = 10;
    public const double Bottom = 30;

    /// <summary>The number of steps of the value axis; <see cref="NiceCeiling"/> keeps each step readable.</summary>
    public const int Steps = 4;

    public ChartScale(decimal max, int categories, int series, bool stacked, bool notes)
    {
        Top = NiceCeiling(max);
        Categories = Math.Max(categories, 1);
        Series = Math.Max(series, 1);
        Stacked = stacked;
        // Room above the tallest bar for its value and, when there are notes, for the note above it.
        TopMargin = notes ? 40 : 20;
    }

    /// <summary>The value at the top of the axis.</summary>
    public decimal Top { get; }

    public int Categories { get; }

    public int Series { get; }

    public bool Stacked { get; }

    public double TopMargin { get; }

    public double Baseline => Height - Bottom;

    public double GroupWidth => (Width - Left - Right) / Categories;

    /// <summary>A bar's width: a stacked bar or the series of a group fill 70 % of the group's slot.</summary>
    public double BarWidth => GroupWidth * 0.7 / (Stacked ? 1 : Series);

    /// <summary>The vertical position of a value: the baseline for zero, the top margin for
    /// <see cref="Top"/>.</summary>
    public double Y(decimal value) => Baseline - ((double)(value / Top) * (Baseline - TopMargin));

    /// <summary>The left edge of a category's bar for a series.</summary>
    public double BarX(int category, int series) =>
        Left + (category * GroupWidth) + (GroupWidth * 0.15) + (Stacked ? 0 : series * BarWidth);

    /// <summary>The centre of a category's slot, where its label goes.</summary>
    public double CenterX(int category) => Left + (category * GroupWidth) + (GroupWidth / 2);

    /// <summary>The values of the axis lines, from zero to <see cref="Top"/>.</summary>
    public IEnumerable<decimal> Ticks() => Enumerable.Range(0, Steps + 1).Select(i => Top * i / Steps);

    /// <summary>Rounds the axis up to a readable multiple of a power of ten whose quarters are readable too; 1 for
    /// nothing to draw.</summary>
    public static decimal NiceCeiling(decimal max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max)));
        foreach (var step in new[] { 1m, 1.2m, 1.6m, 2m, 2.4m, 3m, 4m, 5m, 6m, 8m, 10m })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
