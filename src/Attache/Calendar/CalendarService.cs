using Attache.Delegations;
using Attache.Events;
using Attache.Infrastructure;

namespace Attache.Calendar;

/// <summary>The department's calendar: what every source puts on it, for the month and week pages, the home page
/// and the iCalendar feed.</summary>
public sealed class CalendarService(AttacheDb db) : IFeatureService
{
    /// <summary>Every source of the calendar; a feature adds its own here (one line) and it appears on the
    /// month and week pages and in the iCalendar feed.</summary>
    public static readonly IReadOnlyList<CalendarSource> Sources =
    [
        DelegationCalendar.EntriesAsync,
        EventCalendar.EntriesAsync,
    ];

    /// <summary>The entries that touch the days from..to (inclusive) in the current user's provinces, in date
    /// order.</summary>
    public async Task<List<CalendarEntry>> EntriesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from)
        {
            throw InputValidation.Error("to", "The end date is before the start date.");
        }

        var all = new List<CalendarEntry>();
        foreach (var source in Sources)
        {
            all.AddRange(await source(db, from, to, ct));
        }

        return
        [
            .. all.OrderBy(e => e.Start).ThenBy(e => e.StartTime ?? TimeOnly.MinValue)
                .ThenBy(e => e.Title, StringComparer.Ordinal),
        ];
    }
}
