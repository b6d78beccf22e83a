using Attache.Events;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Twinnings;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>Twinnings active now, and those signed in the period.</summary>
    private static async Task<TwinningSummary> TwinningsAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await TwinningQueries.StatsAsync(db, period.From, period.To, ct);
        var rows = await db.Set<Twinning>().AsNoTracking().In(scope)
            .OrderBy(t => t.SignedOn).ThenBy(t => t.Id).Take(MaxRecordsPerSection)
            .Select(t => new object?[] { t.Province!.Code, t.LocalityName, t.LocalityKind.ToString(), t.Partner!.NameLatin, t.Partner.NameVietnamese, t.Partner.Country, t.SignedOn, t.Status.ToString() })
            .ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Twinnings, ["province", "locality", "localityKind", "partner", "partnerVietnamese", "country", "signedOn", "status"], rows));
        return new TwinningSummary(stats.Active, stats.SignedInPeriod);
    }

    /// <summary>Exchanges, seminars, fairs, press delegations and ceremonies that started in the period.</summary>
    private static async Task<EventSummary> EventsAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await EventQueries.StatsAsync(db, period.From, period.To, ct);
        var rows = await db.Set<CooperationEvent>().AsNoTracking().In(scope)
            .Where(e => e.StartsOn >= period.From && e.StartsOn <= period.To)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(MaxRecordsPerSection)
            .Select(e => new object?[] { e.Province!.Code, e.StartsOn, e.Kind.ToString(), e.Title, e.Place, e.ParticipantsTotal, e.ParticipantsForeign })
            .ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Events, ["province", "startsOn", "kind", "title", "place", "participants", "foreignParticipants"], rows));
        return new EventSummary(
            [.. stats.ByKind.OrderByDescending(k => k.Events).Select(k => new EventKindSummary(k.Kind.ToString(), k.Events, k.Participants, k.ForeignParticipants))],
            stats.PressDelegations, stats.MediaItems);
    }

    /// <summary>Seasonal workers who left in the period and what became of them. Only counts: names stay in the register.</summary>
    private static async Task<LabourSummary> LabourAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await WorkerQueries.StatsAsync(db, period.From, period.To, null, ct);
        return new LabourSummary(stats.WorkersSent, stats.Returned, stats.DidNotReturn);
    }
}
