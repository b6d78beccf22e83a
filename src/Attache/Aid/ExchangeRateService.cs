using System.Globalization;
using Attache.Infrastructure;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Attache.Aid;

public sealed record ExchangeRateDto(int Id, string Currency, DateOnly Date, decimal Rate, string? Source, int Version);

public sealed record RateImportResult(int Created, int Updated, int Unchanged);

public sealed class ExchangeRateQuery : PageRequest
{
    public string? Currency { get; set; }
}

/// <summary>The exchange rates to VND: listed, added, changed, removed and imported from CSV.</summary>
public sealed class ExchangeRateService(AttacheDb db) : IFeatureService
{
    public const int MaxCsvBytes = 2 * 1024 * 1024;

    public Task<Paged<ExchangeRateDto>> ListAsync(ExchangeRateQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<ExchangeRate>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Currency))
        {
            var currency = q.Currency.Trim().ToUpperInvariant();
            query = query.Where(r => r.Currency == currency);
        }

        return query.OrderBy(r => r.Currency).ThenByDescending(r => r.Date)
            .Select(r => new ExchangeRateDto(r.Id, r.Currency, r.Date, r.Rate, r.Source, r.Version)).ToPageAsync(q, ct);
    }

    public Task<ExchangeRateDto?> GetAsync(int id, CancellationToken ct) =>
        db.Set<ExchangeRate>().AsNoTracking().Where(r => r.Id == id)
            .Select(r => new ExchangeRateDto(r.Id, r.Currency, r.Date, r.Rate, r.Source, r.Version))
                .FirstOrDefaultAsync(ct);

    public async Task<ExchangeRateDto> SaveAsync(int? id, ExchangeRateInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var currency = input.Currency!.Trim().ToUpperInvariant();
        if (currency == "VND")
        {
            throw InputValidation.Error("currency", "VND is the reporting currency; it needs no rate.");
        }

        ExchangeRate rate;
        if (id is null)
        {
            rate = new ExchangeRate { Currency = currency };
            db.Add(rate);
        }
        else
        {
            rate = await db.Set<ExchangeRate>().FirstOrDefaultAsync(r => r.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no exchange rate {id}.");
            db.CheckVersion(rate, input.Version);
        }

        var date = input.Date!.Value;
        if (await db.Set<ExchangeRate>().AnyAsync(r => r.Currency == currency && r.Date == date && r.Id != rate.Id, ct))
        {
            throw ProblemException.Conflict($"There is already a rate for {currency} on {date:yyyy-MM-dd}; "
                + "change that one.")
                .Localized("There is already a rate for {0} on {1}; change that one.", currency, date);
        }

        rate.Currency = currency;
        rate.Date = date;
        rate.Rate = input.Rate!.Value;
        rate.Source = AidService.Clean(input.Source);
        await db.SaveChangesAsync(ct);
        return new ExchangeRateDto(rate.Id, rate.Currency, rate.Date, rate.Rate, rate.Source, rate.Version);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var rate = await db.Set<ExchangeRate>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rate is null)
        {
            return false;
        }

        db.Remove(rate);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Imports <c>currency,date,rate[,source]</c> rows (date yyyy-MM-dd, rate with a decimal point). Every row
    /// is
    /// checked first; one bad row refuses the whole file with a 400 naming each bad row ("rows[3].rate").</summary>
    public async Task<RateImportResult> ImportCsvAsync(Stream csv, CancellationToken ct)
    {
        var rows = new List<ExchangeRateInput>();
        var errors = new Dictionary<string, string[]>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        try
        {
            using var reader = CsvReader.Create(csv, options, leaveOpen: true);
            await reader.ReadHeaderAsync(ct);
            var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            int Column(string name) => header.IndexOf(name);
            foreach (var column in new[] { "currency", "date", "rate" })
            {
                if (Column(column) < 0)
                {
                    throw InputValidation.Error("file",
                        $"The column '{column}' is missing; the first line names currency,date,rate[,source].");
                }
            }

            while (await reader.ReadAsync(ct))
            {
                var line = reader.LineNumber;
                var key = $"rows[{line}]";
                string? Field(string name) => Column(name) is >= 0 and var i
                    && i < reader.FieldCount ? reader.GetStringOrNull(i)?.Trim() : null;
                var input = new ExchangeRateInput
                {
                    Currency = Field("currency")?.ToUpperInvariant(),
                    Source = Field("source")
                };
                if (DateOnly.TryParseExact(Field("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var date))
                {
                    input.Date = date;
                }
                else
                {
                    errors[$"{key}.date"] = [$"Line {line}: '{Field("date")}' is not a date (yyyy-MM-dd)."];
                }

                if (decimal.TryParse(Field("rate"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                    out var value))
                {
                    input.Rate = value;
                }
                else
                {
                    errors[$"{key}.rate"] = [$"Line "
                        + $"{line}: '{Field("rate")}' is not a rate (digits with a decimal point)."];
                }

                try
                {
                    InputValidation.Check(input);
                }
                catch (ProblemException problem) when (problem.Errors is not null)
                {
                    foreach (var (field, messages) in problem.Errors)
                    {
                        errors.TryAdd($"{key}.{field}", [.. messages.Select(m => $"Line {line}: {m}")]);
                    }
                }

                if (input.Currency == "VND")
                {
                    errors[$"{key}.currency"] = [$"Line {line}: VND is the reporting currency; it needs no rate."];
                }

                if (input.Date is not null && rows.Any(r => r.Currency == input.Currency && r.Date == input.Date))
                {
                    errors[$"{key}.date"] = [$"Line {line}: {input.Currency} on {input.Date:yyyy-MM-dd} appears twice "
                        + "in the file."];
                }

                rows.Add(input);
            }
        }
        catch (CsvFormatException e)
        {
            throw InputValidation.Error("file", $"The file is not readable CSV: {e.Message}");
        }

        if (errors.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "The file has errors; nothing was imported.",
                errors: errors);
        }

        if (rows.Count == 0)
        {
            throw InputValidation.Error("file", "The file has no rows under its header.");
        }

        var currencies = rows.Select(r => r.Currency!).Distinct().ToList();
        var existing = await db.Set<ExchangeRate>().Where(r => currencies.Contains(r.Currency)).ToListAsync(ct);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var match = existing.FirstOrDefault(r => r.Currency == row.Currency && r.Date == row.Date);
            var source = AidService.Clean(row.Source);
            if (match is null)
            {
                db.Add(new ExchangeRate
                {
                    Currency = row.Currency!, Date = row.Date!.Value, Rate = row.Rate!.Value,
                    Source = source
                });
                created++;
            }
            else if (match.Rate != row.Rate || match.Source != source)
            {
                match.Rate = row.Rate!.Value;
                match.Source = source;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new RateImportResult(created, updated, unchanged);
    }
}
