using Attache.Calendar;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Delegations;

/// <summary>Delegations on the calendar: one whole-day span per delegation and one entry per timed programme
/// item.</summary>
public static class DelegationCalendar
{
    public static async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var delegations = await db.Set<Delegation>().AsNoTracking()
            .Where(d => d.Status != DelegationStatus.Cancelled && d.StartsOn <= to && d.EndsOn >= from)
            .OrderBy(d => d.StartsOn).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Title, d.Direction, d.Status, d.StartsOn, d.EndsOn, d.Places, d.Purpose, d.UpdatedAt,
            })
            .ToListAsync(ct);
        var items = await db.Set<ItineraryItem>().AsNoTracking()
            .Where(i => i.Date >= from && i.Date <= to)
            .Join(db.Set<Delegation>().Where(d => d.Status != DelegationStatus.Cancelled), i => i.DelegationId,
                d => d.Id, (i, d) => new
                {
                    i.Id, i.DelegationId, d.Title, i.Date, i.StartTime, i.EndTime, i.Place, i.Activity,
                    i.Counterpart, i.UpdatedAt,
                })
            .ToListAsync(ct);

        var entries = delegations.Select(d => new CalendarEntry($"delegation-{d.Id}@attache", "delegation", d.Title,
            d.StartsOn, d.EndsOn, null, null, d.Places, d.Purpose, $"/delegations/{d.Id}", d.Status.ToString(),
            d.UpdatedAt)).ToList();
        entries.AddRange(items.Select(i => new CalendarEntry($"delegation-{i.DelegationId}-item-{i.Id}@attache",
            "itinerary", $"{i.Activity} ({i.Title})", i.Date, i.Date, i.StartTime, i.EndTime, i.Place,
            i.Counterpart, $"/delegations/{i.DelegationId}", null, i.UpdatedAt)));
        return entries;
    }
}
