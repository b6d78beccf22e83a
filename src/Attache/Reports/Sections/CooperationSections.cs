using Attache.Events;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Twinnings;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>Twinnings active on the period's last day and those signed in the period (<see cref="TwinningCounting"/>);
    /// the records listed are exactly those two sets, each row saying which figure counts it.</summary>
    private static async Task<TwinningSummary> TwinningsAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await TwinningStats.ComputeAsync(db, period.From, period.To, ct);
        if (stats.NotActiveUndated > 0)
        {
            warnings.Add(TwinningsNotCounted(stats.NotActiveUndated));
        }

        var twinnings = db.Set<Twinning>().AsNoTracking().In(scope);
        var active = await twinnings.Where(TwinningCounting.ActiveOn(period.To)).Select(t => t.Id).ToListAsync(ct);
        var rows = await twinnings.Where(t => active.Contains(t.Id) || (t.SignedOn >= period.From && t.SignedOn <= period.To))
            .OrderBy(t => t.SignedOn).ThenBy(t => t.Id).Take(MaxRecordsPerSection)
            .Select(t => new
            {
                t.Id, t.Province!.Code, t.LocalityName, t.LocalityKind, t.Partner!.NameLatin, t.Partner.NameVietnamese,
                t.Partner.Country, t.SignedOn, t.Status
            })
            .ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Twinnings,
            ["province", "locality", "localityKind", "partner", "partnerVietnamese", "country", "signedOn", "status", "activeAtEnd"],
            [.. rows.Select(t => new object?[] { t.Code, t.LocalityName, t.LocalityKind.ToString(), t.NameLatin, t.NameVietnamese,
                t.Country, t.SignedOn, t.Status.ToString(), active.Contains(t.Id) })]));
        return new TwinningSummary(stats.Active, stats.SignedInPeriod);
    }

    /// <summary>The warning when Dormant or Ended twinnings without an end date were left out of the active figure.</summary>
    internal static string TwinningsNotCounted(int count) => count == 1
        ? "1 twinning signed by the end of the period is now dormant or ended without an end date and is not counted as active."
        : $"{count} twinnings signed by the end of the period are now dormant or ended without an end date and are not counted as active.";

    /// <summary>Exchanges, seminars, fairs, press delegations and ceremonies that started in the period.</summary>
    private static async Task<EventSummary> EventsAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await EventStats.ComputeAsync(db, period.From, period.To, ct);
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
        var stats = await LabourStats.ComputeAsync(db, period.From, period.To, null, ct);
        if (stats.PastReturnStillAbroad > 0)
        {
            warnings.Add(stats.PastReturnStillAbroad == 1
                ? "1 worker sent in the period is still recorded abroad after the planned return date."
                : $"{stats.PastReturnStillAbroad} workers sent in the period are still recorded abroad after the planned return date.");
        }

        // Per cohort, counts only: the names of workers (personal data) stay in the labour register.
        var sent = WorkerDates.SentBetween(db.Set<SeasonalWorker>().AsNoTracking().In(scope), period.From, period.To);
        var counts = await sent.GroupBy(w => w.CohortId)
            .Select(g => new
            {
                CohortId = g.Key, Sent = g.Count(),
                Returned = g.Count(w => w.Outcome == WorkerOutcome.ReturnedOnTime || w.Outcome == WorkerOutcome.ReturnedEarly),
                DidNotReturn = g.Count(w => w.Outcome == WorkerOutcome.DidNotReturn),
            })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.CohortId).ToList();
        var named = await (from c in db.Set<LabourCohort>().AsNoTracking().In(scope)
                           join p in db.Set<LabourProgramme>().AsNoTracking() on c.ProgrammeId equals p.Id
                           where ids.Contains(c.Id)
                           select new { c.Id, Province = c.Province!.Code, Programme = p.Name, Cohort = c.Name, c.DepartureOn })
            .ToDictionaryAsync(c => c.Id, ct);
        var cohorts = counts.Where(c => named.ContainsKey(c.CohortId))
            .Select(c => (Name: named[c.CohortId], c.Sent, c.Returned, c.DidNotReturn))
            .Select(c => new { c.Name.Province, c.Name.Programme, c.Name.Cohort, c.Name.DepartureOn, c.Sent, c.Returned, c.DidNotReturn })
            .OrderBy(c => c.DepartureOn).ThenBy(c => c.Cohort, StringComparer.Ordinal).Take(MaxRecordsPerSection).ToList();
        records.Add(new SectionRecords(ReportSection.Labour,
            ["province", "programme", "cohort", "departureOn", "sent", "returned", "didNotReturn"],
            [.. cohorts.Select(c => new object?[] { c.Province, c.Programme, c.Cohort, c.DepartureOn, c.Sent, c.Returned, c.DidNotReturn })]));
        return new LabourSummary(stats.WorkersSent, stats.Returned, stats.DidNotReturn) { PastReturnStillAbroad = stats.PastReturnStillAbroad };
    }
}
