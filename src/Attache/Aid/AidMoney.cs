namespace Attache.Aid;

/// <summary>Converts amounts to VND at the rate on or before each value date. An amount without such a rate is never
/// counted as 0 nor does it void the total: the total is the sum of what converts, marked incomplete, and the missing
/// currency and date are kept so that every figure built from them can say what it leaves out.</summary>
public sealed class AidMoney(RateBook book)
{
    /// <summary>The rule as the API contract states it.</summary>
    public const string ConversionRule =
        "Amounts are converted to VND at the province's exchange rate on or before each transaction's value date. " +
        "An amount with no such rate is not counted as 0 and does not void a total: each VND total is the sum of the " +
        "amounts that convert, 'complete' is false when some did not, and the missing currency/date pairs "
            + "are listed. " +
        "Sums are computed in decimal; VND totals are whole dong.";

    private readonly SortedSet<MissingRate> missing = new(Comparer<MissingRate>.Create((a, b) =>
        string.CompareOrdinal(a.Currency, b.Currency) is var c and not 0 ? c : a.Date.CompareTo(b.Date)));

    /// <summary>Every currency and value date met so far without a rate, by currency then date.</summary>
    public IReadOnlyList<MissingRate> Missing => [.. missing];

    /// <summary>The VND sum of the parts that convert, and whether all of them did.</summary>
    public (decimal Vnd, bool Complete) ToVnd(IEnumerable<(int Province, string Currency, DateOnly Date,
        decimal Amount)> parts)
    {
        decimal total = 0;
        var complete = true;
        foreach (var (province, currency, date, amount) in parts)
        {
            if (book.ToVnd(province, new Money(amount, currency), date) is { } vnd)
            {
                total += vnd;
            }
            else
            {
                complete = false;
                missing.Add(new MissingRate(currency, date));
            }
        }

        return (total, complete);
    }
}
