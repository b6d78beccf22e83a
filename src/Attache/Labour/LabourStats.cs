using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Labour;

/// <summary>Workers who left in a period, counted by outcome.</summary>
public sealed record LabourStats(DateOnly? From, DateOnly? To, int WorkersSent, int AbroadNow, int Returned,
    int ReturnedOnTime, int ReturnedEarly, int DidNotReturn)
{
    /// <summary>Of <see cref="AbroadNow"/>, those past their cohort's planned return date (<see
    /// cref="WorkerDates"/>).</summary>
    public int PastReturnStillAbroad { get; init; }

    /// <summary>Workers who left within [from, to] (either end open), counted by outcome in the database.</summary>
    public static async Task<LabourStats> ComputeAsync(AttacheDb db, DateOnly? from, DateOnly? to, int? programmeId,
        CancellationToken ct)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw InputValidation.Error("to", "The end of the period is before its start.");
        }

        var workers = db.Set<SeasonalWorker>().AsNoTracking();
        if (programmeId is { } pid)
        {
            workers = workers.Where(w => w.Cohort!.ProgrammeId == pid);
        }

        workers = WorkerDates.SentBetween(workers, from, to);
        var counts = await workers.GroupBy(w => w.Outcome).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        int Count(WorkerOutcome o) => counts.FirstOrDefault(c => c.Key == o)?.Count ?? 0;
        var pastReturn = await workers.CountAsync(WorkerDates.PastReturnOn(db.Clock.TodayInVietnam()), ct);
        return new LabourStats(from, to, counts.Sum(c => c.Count), Count(WorkerOutcome.Abroad),
            Count(WorkerOutcome.ReturnedOnTime) + Count(WorkerOutcome.ReturnedEarly),
            Count(WorkerOutcome.ReturnedOnTime), Count(WorkerOutcome.ReturnedEarly), Count(WorkerOutcome.DidNotReturn))
        {
            PastReturnStillAbroad = pastReturn,
        };
    }
}
