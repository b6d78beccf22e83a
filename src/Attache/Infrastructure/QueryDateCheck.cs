using System.Globalization;

namespace Attache.Infrastructure;

/// <summary>The query-string half of the shared date range (<see cref="PlausibleDates"/>): an API date parameter
/// (from, to, date, month, compareFrom, …On) outside 1900–2100 is a 400 naming it, before any endpoint computes with
/// it. Bodies and forms are checked by <see cref="InputValidation"/>; pages explain or replace a date they cannot use.</summary>
public sealed class QueryDateCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return next(context);
        }

        foreach (var (name, values) in context.Request.Query)
        {
            if (!IsDateName(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (Parse(value) is { } date && !PlausibleDates.Contains(date))
                {
                    throw InputValidation.Error(name, Messages.DateRange);
                }
            }
        }

        return next(context);
    }

    private static bool IsDateName(string name) =>
        name.Equals("from", StringComparison.OrdinalIgnoreCase) || name.Equals("to", StringComparison.OrdinalIgnoreCase)
        || name.Equals("date", StringComparison.OrdinalIgnoreCase) || name.Equals("month", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("From", StringComparison.Ordinal) || name.EndsWith("To", StringComparison.Ordinal)
        || name.EndsWith("On", StringComparison.Ordinal) || name.EndsWith("Date", StringComparison.Ordinal);

    /// <summary>Reads the value the way the binders do (invariant culture), and a month as yyyy-MM.</summary>
    private static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? DateOnly.FromDateTime(time) : null;
    }
}
