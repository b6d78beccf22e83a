using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Aid;

/// <summary>How many VND one unit of a currency was worth from <see cref="Date"/> on (until the next rate).</summary>
public sealed class ExchangeRate : ProvinceEntity
{
    public required string Currency { get; set; }
    public DateOnly Date { get; set; }
    public decimal Rate { get; set; }

    /// <summary>Where the rate comes from (State Bank of Vietnam central rate, Vietcombank transfer rate…).</summary>
    public string? Source { get; set; }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> b)
    {
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.Source).HasMaxLength(200);
        b.HasIndex(r => new { r.ProvinceId, r.Currency, r.Date }).IsUnique();
    }
}

/// <summary>The rates a report needs, loaded once per currency; converts at the latest rate on or before the value date
/// and says which rate is missing rather than inventing one. Each province keeps its own table, so a national report
/// converts every province's money at that province's rates.</summary>
public sealed class RateBook
{
    private readonly Dictionary<(int Province, string Currency), (DateOnly Date, decimal Rate)[]> rates;

    public RateBook(IEnumerable<(int Province, string Currency, DateOnly Date, decimal Rate)> rows) =>
        rates = rows.GroupBy(r => (r.Province, r.Currency))
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Date, r.Rate)).OrderBy(r => r.Date).ToArray());

    /// <summary>Loads the rates of the given currencies (the table is small: one row per province, currency and
    /// date).</summary>
    public static async Task<RateBook> LoadAsync(AttacheDb db, IEnumerable<string> currencies, CancellationToken ct)
    {
        var wanted = currencies.Where(c => c != "VND").Distinct().ToList();
        var rows = wanted.Count == 0 ? [] : await db.Set<ExchangeRate>().AsNoTracking()
            .Where(r => wanted.Contains(r.Currency))
            .Select(r => new { r.ProvinceId, r.Currency, r.Date, r.Rate }).ToListAsync(ct);
        return new RateBook(rows.Select(r => (r.ProvinceId, r.Currency, r.Date, r.Rate)));
    }

    public decimal? RateOn(int province, string currency, DateOnly date)
    {
        if (currency == "VND")
        {
            return 1m;
        }

        if (!rates.TryGetValue((province, currency), out var list))
        {
            return null;
        }

        decimal? found = null;
        foreach (var (d, r) in list)
        {
            if (d > date)
            {
                break;
            }

            found = r;
        }

        return found;
    }

    /// <summary>The VND equivalent, rounded to whole đồng; null when there is no rate on or before the date.</summary>
    public decimal? ToVnd(int province, Money money, DateOnly valueDate) =>
        RateOn(province, money.Currency, valueDate) is { } rate ? Math.Round(money.Amount * rate, 0,
            MidpointRounding.AwayFromZero) : null;

    public static string Missing(string currency, DateOnly date) =>
        $"No exchange rate for {currency} on or before {date:yyyy-MM-dd}.";
}
