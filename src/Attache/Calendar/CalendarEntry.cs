namespace Attache.Calendar;

/// <summary>One thing on the department's calendar: a whole-day span (a delegation) or a timed item of a programme.
/// Times are Vietnamese local times (Asia/Ho_Chi_Minh).</summary>
/// <param name="Uid">Stable across feeds and edits, so subscribed calendars update the entry instead of duplicating
/// it.</param>
/// <param name="Kind">The source's word for it (delegation, itinerary, event), also a resource key for the UI.</param>
public sealed record CalendarEntry(string Uid, string Kind, string Title, DateOnly Start, DateOnly End,
    TimeOnly? StartTime, TimeOnly? EndTime, string? Place, string? Description, string Link, string? Status,
    DateTime UpdatedAt)
{
    public bool AllDay => StartTime is null;
}

/// <summary>Something that puts entries on the calendar (delegations, events).</summary>
public delegate Task<IReadOnlyList<CalendarEntry>> CalendarSource(Infrastructure.AttacheDb db, DateOnly from,
    DateOnly to, CancellationToken ct);
