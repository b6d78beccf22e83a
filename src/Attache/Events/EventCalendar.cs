using Attache.Calendar;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Events;

/// <summary>Events on the department's calendar (month and week pages, iCalendar feed), one whole-day entry
/// each.</summary>
public static class EventCalendar
{
    public static async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var rows = await db.Set<CooperationEvent>().AsNoTracking()
            .Where(e => e.StartsOn <= to && (e.EndsOn ?? e.StartsOn) >= from)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.StartsOn, e.EndsOn, e.Title, e.Place, e.Kind, e.UpdatedAt })
            .ToListAsync(ct);
        return [.. rows.Select(e => new CalendarEntry($"event-{e.Id}@attache", "event", e.Title, e.StartsOn,
            e.EndsOn ?? e.StartsOn, null, null, e.Place, e.Kind.ToString(), $"/events/{e.Id}", null, e.UpdatedAt))];
    }
}
