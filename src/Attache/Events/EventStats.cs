using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Events;

public sealed record EventKindFigures(EventKind Kind, int Events, int Participants, int ForeignParticipants,
    int Delegates);

public sealed record MediaCountryFigures(string Country, int Items);

public sealed record EventStats(DateOnly? From, DateOnly? To, int Events, int Participants, int ForeignParticipants,
    IReadOnlyList<EventKindFigures> ByKind, int PressDelegations, int MediaItems,
    IReadOnlyList<MediaCountryFigures> MediaByCountry)
{
    /// <summary>Events starting within [from, to] (either end open): count and participants by kind, media items by
    /// the outlet's country. Summed by the database; an event with no recorded participants counts as zero.</summary>
    public static async Task<EventStats> ComputeAsync(AttacheDb db, DateOnly? from, DateOnly? to,
        CancellationToken ct)
    {
        var events = EventService.Filter(db.Set<CooperationEvent>().AsNoTracking(), null, from, to);
        var byKind = await events.GroupBy(e => e.Kind).Select(g => new EventKindFigures(g.Key, g.Count(),
                g.Sum(e => e.ParticipantsTotal ?? 0), g.Sum(e => e.ParticipantsForeign ?? 0),
                g.Sum(e => e.Delegates ?? 0)))
            .ToListAsync(ct);
        var byCountry = await db.Set<MediaCoverage>().AsNoTracking()
            .Where(m => events.Any(e => e.Id == m.EventId))
            .GroupBy(m => m.Country).Select(g => new MediaCountryFigures(g.Key, g.Count()))
            .ToListAsync(ct);
        return new EventStats(
            From: from,
            To: to,
            Events: byKind.Sum(k => k.Events),
            Participants: byKind.Sum(k => k.Participants),
            ForeignParticipants: byKind.Sum(k => k.ForeignParticipants),
            ByKind: [.. byKind.OrderBy(k => k.Kind)],
            PressDelegations: byKind.FirstOrDefault(k => k.Kind == EventKind.PressDelegation)?.Events ?? 0,
            MediaItems: byCountry.Sum(c => c.Items),
            MediaByCountry: [.. byCountry.OrderByDescending(c => c.Items).ThenBy(c => c.Country)]);
    }
}
