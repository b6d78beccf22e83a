namespace Attache.Infrastructure;

/// <summary>The dates Attaché takes and the date arithmetic that cannot overflow. Records of foreign affairs fall
/// between 1900 and 2100; year 1 or 9999 is a typing error, and at the edge of <see cref="DateOnly"/> a "day after"
/// throws. Every date input (bodies, forms and queries) is checked against this one range
/// (<see cref="InputValidation"/>); reads of older stored values compute with <see cref="AddDays"/>.</summary>
public static class PlausibleDates
{
    public static readonly DateOnly Min = new(1900, 1, 1);
    public static readonly DateOnly Max = new(2100, 12, 31);

    public static bool Contains(DateOnly date) => date >= Min && date <= Max;

    public static bool Contains(DateTime date) => Contains(DateOnly.FromDateTime(date));

    public static bool Contains(DateTimeOffset date) => Contains(date.UtcDateTime);

    /// <summary>The date that many days later (or earlier), held at the ends of the calendar instead of throwing.</summary>
    public static DateOnly AddDays(DateOnly date, long days) =>
        DateOnly.FromDayNumber((int)Math.Clamp(date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary>The date held inside the plausible range: a page or query that starts from it can move a year either way.</summary>
    public static DateOnly Clamp(DateOnly date) => date < Min ? Min : date > Max ? Max : date;

    /// <summary>Refuses a query date outside the range, naming the parameter.</summary>
    public static DateOnly? Check(DateOnly? date, string field) =>
        date is { } d && !Contains(d) ? throw InputValidation.Error(field, Messages.DateRange) : date;
}
