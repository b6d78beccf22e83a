namespace Attache.Infrastructure;

/// <summary>The largest amounts a record may hold (issue 17): valid alone, and small enough that sums over millions of
/// records stay within decimal arithmetic. The validation messages in <see cref="Messages"/> state them.</summary>
public static class MoneyBounds
{
    /// <summary>10^15 in the record's currency: above any single aid transaction, budget or monthly gate revenue;
    /// converted at up to <see cref="MaxRate"/> it is 10^21 VND, and 79 million of those still fit a decimal.</summary>
    public const string MaxAmount = "1000000000000000";

    /// <summary>The largest exchange rate, in VND per unit of a currency.</summary>
    public const string MaxRate = "1000000";
}
