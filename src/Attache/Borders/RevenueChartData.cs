using System.Globalization;
using Attache.Components;
using Microsoft.Extensions.Localization;

namespace Attache.Borders;

/// <summary>State revenue per year as the border pages chart it: a bar per year in billion VND, coloured by the
/// year's kind (<c>current</c>, <c>compare</c>, <c>other</c> or <c>year</c>, the resource keys <c>Chart.kind</c>), with
/// the change against the year before above it.</summary>
public sealed record RevenueChartData(IReadOnlyList<string> Years, IReadOnlyList<string?> Notes,
    IReadOnlyList<RevenueChartData.Kind> Kinds)
{
    /// <summary>The bars of one kind: a value per year, zero for the years of another kind.</summary>
    public sealed record Kind(string Name, string Color, IReadOnlyList<decimal> Billions);

    public static RevenueChartData From(IReadOnlyList<YearRevenue> years, Func<int, string> kindOfYear)
    {
        var kinds = years.Select(y => kindOfYear(y.Year)).ToList();
        var notes = years.Select((y, i) => i > 0 && years[i - 1].StateRevenueVnd > 0
            ? Signed(BorderStats.Growth(y.StateRevenueVnd, years[i - 1].StateRevenueVnd))
            : null).ToList();
        return new RevenueChartData(
            Years: [.. years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))],
            Notes: notes,
            Kinds: [.. kinds.Distinct().Select(kind => new Kind(kind, Color(kind),
                [.. years.Select((y, i) => kinds[i] == kind ? y.StateRevenueVnd / 1_000_000_000m : 0)]))]);
    }

    /// <summary>The chart's series, one per kind, named in the reader's language.</summary>
    public IReadOnlyList<Chart.ChartSeries> Series(IStringLocalizer localizer) =>
        [.. Kinds.Select(k => new Chart.ChartSeries(localizer[$"Chart.{k.Name}"], k.Color, k.Billions))];

    private static string Color(string kind) => kind switch
    {
        "current" or "year" => "#1f5fa8",
        "compare" => "#9aa9bb",
        _ => "#c9d3de",
    };

    private static string Signed(decimal percent) =>
        (percent > 0 ? "+" : "") + percent.ToString("0.0", CultureInfo.CurrentCulture) + "%";
}
