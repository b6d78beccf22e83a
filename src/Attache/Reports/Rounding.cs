using System.Globalization;
using Attache.Infrastructure;

namespace Attache.Reports;

public enum RoundingWord
{
    None,

    /// <summary>"almost" / "gần": the exact figure is below the one written.</summary>
    Almost,

    /// <summary>"over" / "hơn": the exact figure is above the one written.</summary>
    Over,

    /// <summary>"about" / "khoảng": the figure is itself an estimate (an amount converted from another
    /// currency).</summary>
    About,
}

public sealed record Approximation(decimal Value, RoundingWord Word);

/// <summary>How the narrative writes a figure, the way the source articles do ("almost 3,700 foreign visitors",
/// "over 226 billion VND", "536 delegations"). One rule for every figure: keep the fewest significant digits, at
/// least two, that stay within half a percent of the exact value; then "almost" if the exact value is below what
/// is written, "over" if above, no word if equal. Half a percent keeps counts of a few hundred exact (536 stays
/// 536: 540 would be 0.75 % off) while long amounts lose their noise (3,696 → almost 3,700).</summary>
public static class Rounding
{
    public const decimal Tolerance = 0.005m;

    public static Approximation Approximate(decimal exact, bool estimate = false)
    {
        if (exact == 0)
        {
            return new Approximation(0, estimate ? RoundingWord.About : RoundingWord.None);
        }

        var magnitude = Math.Abs(exact);
        var digits = (int)Math.Floor(Math.Log10((double)magnitude)) + 1;
        decimal rounded = exact;
        for (var significant = 2; significant <= 28; significant++)
        {
            rounded = RoundToSignificant(exact, digits, significant);
            if (Math.Abs(rounded - exact) <= magnitude * Tolerance)
            {
                break;
            }
        }

        var word = estimate ? RoundingWord.About
            : rounded == exact ? RoundingWord.None
            : exact < rounded ? RoundingWord.Almost
            : RoundingWord.Over;
        return new Approximation(rounded, word);
    }

    private static decimal RoundToSignificant(decimal value, int digits, int significant)
    {
        var shift = digits - significant;
        if (shift <= 0)
        {
            return Math.Round(value, Math.Min(-shift, 28), MidpointRounding.AwayFromZero);
        }

        var step = Pow10(shift);
        return Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>A rounded figure with the word that says so: "almost 3,700", "gần 3.700".</summary>
    private static string Worded(RoundingWord word, string figure, bool vi) => word switch
    {
        RoundingWord.Almost => ReportText.Format(vi, "almost {0}", figure),
        RoundingWord.Over => ReportText.Format(vi, "over {0}", figure),
        RoundingWord.About => ReportText.Format(vi, "about {0}", figure),
        _ => figure,
    };

    public static CultureInfo Culture(bool vietnamese) => vietnamese ? Localization.Vietnamese : Localization.English;

    /// <summary>A count or a number of people: "almost 3,700", "gần 3.700", "536".</summary>
    public static string Count(decimal exact, bool vietnamese)
    {
        var a = Approximate(exact);
        return Worded(a.Word, a.Value.ToString("#,##0.###", Culture(vietnamese)), vietnamese);
    }

    /// <summary>An amount of money with its scale word: "226 billion VND", "gần 1.580 tỷ đồng", "52 million
    /// USD".</summary>
    public static string Money(decimal exact, string currency, bool vietnamese, bool estimate = false)
    {
        var a = Approximate(exact, estimate);
        string Number(decimal scale) => (a.Value / scale).ToString("#,##0.###", Culture(vietnamese));
        var unit = currency == "VND" ? ReportText.Text(vietnamese, "Report.Vnd") : currency;
        var amount = Math.Abs(a.Value) switch
        {
            >= 1_000_000_000 => ReportText.Format(vietnamese, "{0} billion {1}", Number(1_000_000_000m), unit),
            >= 1_000_000 => ReportText.Format(vietnamese, "{0} million {1}", Number(1_000_000m), unit),
            _ => $"{Number(1m)} {unit}",
        };
        return Worded(a.Word, amount, vietnamese);
    }

    /// <summary>A percentage as the summary rounds it (one decimal), without a trailing ".0": "249%",
    /// "46,3%".</summary>
    public static string Percent(decimal percent, bool vietnamese) =>
        percent.ToString("#,##0.#", Culture(vietnamese)) + "%";
}
