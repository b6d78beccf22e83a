using System.Security.Claims;
using Attache.Accounts;
using Attache.Audit;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Labour;

public sealed record WorkerDto(int Id, int CohortId, string FullName, string CommuneOfOrigin, string? VillageOfOrigin, Gender Gender,
    int BirthYear, DateOnly DepartedOn, DateOnly? ReturnedOn, WorkerOutcome Outcome, decimal? MonthlyPayVnd, int Version);

public sealed class WorkerQuery : PageRequest
{
    public WorkerOutcome? Outcome { get; set; }
    public string? Search { get; set; }
}

public sealed record LabourStats(DateOnly? From, DateOnly? To, int WorkersSent, int AbroadNow, int Returned, int ReturnedOnTime,
    int ReturnedEarly, int DidNotReturn)
{
    /// <summary>Of <see cref="AbroadNow"/>, those past their cohort's planned return date (<see cref="WorkerDates"/>).</summary>
    public int PastReturnStillAbroad { get; init; }
}

/// <summary>Workers are personal data: only the province's officers and leaders see them by name, and each read of a
/// list of names leaves a trace in the audit trail. Everyone else sees the counts on the cohorts.</summary>
public static class WorkerQueries
{
    public static bool MaySeeNames(ClaimsPrincipal? user) => user is not null && (user.IsInRole(Roles.Officer) || user.IsInRole(Roles.Leader));

    private static void RequireNameAccess(AttacheDb db)
    {
        if (!MaySeeNames(db.CurrentUser))
        {
            throw ProblemException.Forbidden("Worker records are personal data: only officers and leaders of the province see them. The cohort figures show the counts.");
        }
    }

    private static async Task<LabourCohort?> CohortAsync(AttacheDb db, int programmeId, int cohortId, CancellationToken ct) =>
        await db.Set<LabourCohort>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId && c.ProgrammeId == programmeId, ct);

    /// <summary>The cohort's workers by name, or null when there is no such cohort; the read is audited.</summary>
    public static async Task<Paged<WorkerDto>?> ListAsync(AttacheDb db, int programmeId, int cohortId, WorkerQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var cohort = await CohortAsync(db, programmeId, cohortId, ct);
        if (cohort is null)
        {
            return null;
        }

        RequireNameAccess(db);
        var query = db.Set<SeasonalWorker>().AsNoTracking().Where(w => w.CohortId == cohortId);
        if (q.Outcome is { } outcome)
        {
            query = query.Where(w => w.Outcome == outcome);
        }

        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            query = query.Where(w => w.FullName.Contains(term) || w.CommuneOfOrigin.Contains(term) || (w.VillageOfOrigin != null && w.VillageOfOrigin.Contains(term)));
        }

        var page = await query.OrderBy(w => w.FullName).ThenBy(w => w.Id)
            .Select(w => new WorkerDto(w.Id, w.CohortId, w.FullName, w.CommuneOfOrigin, w.VillageOfOrigin, w.Gender, w.BirthYear,
                w.DepartedOn ?? cohort.DepartureOn, w.ReturnedOn, w.Outcome, w.MonthlyPayVnd, w.Version))
            .ToPageAsync(q, ct);
        AuditQueries.RecordRead(db, "labourCohort", cohortId, cohort.ProvinceId, $"workers (page {page.Page}, {page.Items.Count} names)");
        await db.SaveChangesAsync(ct);
        return page;
    }

    /// <summary>One worker for editing, or null when there is no such worker in the cohort; the read is audited.</summary>
    public static async Task<WorkerInput?> GetAsync(AttacheDb db, int programmeId, int cohortId, int workerId, CancellationToken ct)
    {
        var cohort = await CohortAsync(db, programmeId, cohortId, ct);
        var worker = cohort is null ? null
            : await db.Set<SeasonalWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId && w.CohortId == cohortId, ct);
        if (worker is null)
        {
            return null;
        }

        RequireNameAccess(db);
        AuditQueries.RecordRead(db, "seasonalWorker", worker.Id, worker.ProvinceId, "worker record");
        await db.SaveChangesAsync(ct);
        return new WorkerInput
        {
            FullName = worker.FullName,
            CommuneOfOrigin = worker.CommuneOfOrigin,
            VillageOfOrigin = worker.VillageOfOrigin,
            Gender = worker.Gender,
            BirthYear = worker.BirthYear,
            DepartedOn = worker.DepartedOn ?? cohort!.DepartureOn,
            ReturnedOn = worker.ReturnedOn,
            Outcome = worker.Outcome,
            MonthlyPayVnd = worker.MonthlyPayVnd,
            Version = worker.Version,
        };
    }

    /// <summary>Adds (workerId null) or changes a worker; null when the cohort or worker does not exist.</summary>
    public static async Task<WorkerDto?> SaveAsync(AttacheDb db, int programmeId, int cohortId, int? workerId, WorkerInput input,
        CancellationToken ct)
    {
        var cohort = await CohortAsync(db, programmeId, cohortId, ct);
        if (cohort is null)
        {
            return null;
        }

        RequireNameAccess(db);
        InputValidation.Check(input);
        SeasonalWorker? worker;
        if (workerId is null)
        {
            worker = new SeasonalWorker { FullName = "", CommuneOfOrigin = "", CohortId = cohortId, ProvinceId = cohort.ProvinceId };
            db.Add(worker);
        }
        else
        {
            worker = await db.Set<SeasonalWorker>().FirstOrDefaultAsync(w => w.Id == workerId && w.CohortId == cohortId, ct);
            if (worker is null)
            {
                return null;
            }

            if (input.Version is not { } v)
            {
                throw InputValidation.Error("version", "Send the version you edited, so that a concurrent change is not overwritten.");
            }

            if (v != worker.Version)
            {
                throw ProblemException.Stale($"The worker record was changed by someone else (version {worker.Version}, yours {v}).");
            }

            db.Entry(worker).Property(w => w.Version).OriginalValue = v;
        }

        if (input.ReturnedOn < (input.DepartedOn ?? cohort.DepartureOn))
        {
            throw InputValidation.Error("returnedOn", "The return is before the departure.");
        }

        worker.FullName = input.FullName!.Trim();
        worker.CommuneOfOrigin = input.CommuneOfOrigin!.Trim();
        worker.VillageOfOrigin = string.IsNullOrWhiteSpace(input.VillageOfOrigin) ? null : input.VillageOfOrigin.Trim();
        worker.Gender = input.Gender!.Value;
        worker.BirthYear = input.BirthYear!.Value;
        worker.DepartedOn = input.DepartedOn == cohort.DepartureOn ? null : input.DepartedOn;
        worker.ReturnedOn = input.ReturnedOn;
        worker.Outcome = input.Outcome!.Value;
        worker.MonthlyPayVnd = input.MonthlyPayVnd;
        await db.SaveChangesAsync(ct);
        return new WorkerDto(worker.Id, cohortId, worker.FullName, worker.CommuneOfOrigin, worker.VillageOfOrigin, worker.Gender,
            worker.BirthYear, worker.DepartedOn ?? cohort.DepartureOn, worker.ReturnedOn, worker.Outcome, worker.MonthlyPayVnd, worker.Version);
    }

    public static async Task<bool> DeleteAsync(AttacheDb db, int programmeId, int cohortId, int workerId, CancellationToken ct)
    {
        var worker = await db.Set<SeasonalWorker>()
            .FirstOrDefaultAsync(w => w.Id == workerId && w.CohortId == cohortId && w.Cohort!.ProgrammeId == programmeId, ct);
        if (worker is null)
        {
            return false;
        }

        RequireNameAccess(db);
        db.Remove(worker);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Workers who left within [from, to] (either end open), counted by outcome in the database.</summary>
    public static async Task<LabourStats> StatsAsync(AttacheDb db, DateOnly? from, DateOnly? to, int? programmeId, CancellationToken ct)
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

        workers = SentBetween(workers, from, to);
        var counts = await workers.GroupBy(w => w.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(WorkerOutcome o) => counts.FirstOrDefault(c => c.Key == o)?.Count ?? 0;
        var pastReturn = await workers.CountAsync(WorkerDates.PastReturnOn(db.Clock.TodayInVietnam()), ct);
        return new LabourStats(from, to, counts.Sum(c => c.Count), Count(WorkerOutcome.Abroad),
            Count(WorkerOutcome.ReturnedOnTime) + Count(WorkerOutcome.ReturnedEarly), Count(WorkerOutcome.ReturnedOnTime),
            Count(WorkerOutcome.ReturnedEarly), Count(WorkerOutcome.DidNotReturn))
        {
            PastReturnStillAbroad = pastReturn,
        };
    }

    /// <summary>The workers sent in [from, to]: those whose departure (their own, else their cohort's) falls in it.
    /// The one rule of the labour stats and of the report's labour records.</summary>
    public static IQueryable<SeasonalWorker> SentBetween(IQueryable<SeasonalWorker> workers, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            workers = workers.Where(w => (w.DepartedOn ?? w.Cohort!.DepartureOn) >= start);
        }

        if (to is { } end)
        {
            workers = workers.Where(w => (w.DepartedOn ?? w.Cohort!.DepartureOn) <= end);
        }

        return workers;
    }
}
