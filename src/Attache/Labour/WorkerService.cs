using Attache.Accounts;
using Attache.Audit;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Labour;

public sealed record WorkerDto(int Id, int CohortId, string FullName, string CommuneOfOrigin, string? VillageOfOrigin,
    Gender Gender, int BirthYear, DateOnly DepartedOn, DateOnly? ReturnedOn, WorkerOutcome Outcome,
    decimal? MonthlyPayVnd, int Version);

public sealed class WorkerQuery : PageRequest
{
    public WorkerOutcome? Outcome { get; set; }
    public string? Search { get; set; }
}

/// <summary>Workers are personal data: only holders of the <see cref="Policies.SeeNames"/> policy see them by name,
/// and each read of a list of names leaves a trace in the audit trail. Everyone else sees the counts on the
/// cohorts.</summary>
public sealed class WorkerService(AttacheDb db, CurrentUser user) : IFeatureService
{
    public Task<bool> MaySeeNamesAsync() => user.MayAsync(Policies.SeeNames);

    private async Task RequireNameAccessAsync()
    {
        if (!await MaySeeNamesAsync())
        {
            throw ProblemException.Forbidden("Worker records are personal data: only officers and leaders of the "
                + "province see them. The cohort figures show the counts.");
        }
    }

    private Task<LabourCohort?> CohortAsync(int programmeId, int cohortId, CancellationToken ct) =>
        db.Set<LabourCohort>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == cohortId && c.ProgrammeId == programmeId, ct);

    /// <summary>The cohort's workers by name, or null when there is no such cohort; the read is audited.</summary>
    public async Task<Paged<WorkerDto>?> ListAsync(int programmeId, int cohortId, WorkerQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var cohort = await CohortAsync(programmeId, cohortId, ct);
        if (cohort is null)
        {
            return null;
        }

        await RequireNameAccessAsync();
        var query = db.Set<SeasonalWorker>().AsNoTracking().Where(w => w.CohortId == cohortId);
        if (q.Outcome is { } outcome)
        {
            query = query.Where(w => w.Outcome == outcome);
        }

        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            query = query.Where(w => w.FullName.Contains(term) || w.CommuneOfOrigin.Contains(term)
                || (w.VillageOfOrigin != null && w.VillageOfOrigin.Contains(term)));
        }

        var page = await query.OrderBy(w => w.FullName).ThenBy(w => w.Id)
            .Select(w => new WorkerDto(w.Id, w.CohortId, w.FullName, w.CommuneOfOrigin, w.VillageOfOrigin, w.Gender,
                w.BirthYear, w.DepartedOn ?? cohort.DepartureOn, w.ReturnedOn, w.Outcome, w.MonthlyPayVnd, w.Version))
            .ToPageAsync(q, ct);
        AuditQueries.RecordRead(db, "labourCohort", cohortId, cohort.ProvinceId,
            $"workers (page {page.Page}, {page.Items.Count} names)");
        await db.SaveChangesAsync(ct);
        return page;
    }

    /// <summary>One worker for editing, or null when there is no such worker in the cohort; the read is
    /// audited.</summary>
    public async Task<WorkerInput?> GetAsync(int programmeId, int cohortId, int workerId, CancellationToken ct)
    {
        var cohort = await CohortAsync(programmeId, cohortId, ct);
        var worker = cohort is null
            ? null
            : await db.Set<SeasonalWorker>().AsNoTracking()
                .FirstOrDefaultAsync(w => w.Id == workerId && w.CohortId == cohortId, ct);
        if (worker is null)
        {
            return null;
        }

        await RequireNameAccessAsync();
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
    public async Task<WorkerDto?> SaveAsync(int programmeId, int cohortId, int? workerId, WorkerInput input,
        CancellationToken ct)
    {
        var cohort = await CohortAsync(programmeId, cohortId, ct);
        if (cohort is null)
        {
            return null;
        }

        await RequireNameAccessAsync();
        InputValidation.Check(input);
        SeasonalWorker? worker;
        if (workerId is null)
        {
            worker = new SeasonalWorker
            {
                FullName = "", CommuneOfOrigin = "", CohortId = cohortId, ProvinceId = cohort.ProvinceId,
            };
            db.Add(worker);
        }
        else
        {
            worker = await db.Set<SeasonalWorker>().FirstOrDefaultAsync(w => w.Id == workerId && w.CohortId == cohortId,
                ct);
            if (worker is null)
            {
                return null;
            }

            db.CheckVersion(worker, input.Version);
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
        return new WorkerDto(
            Id: worker.Id, CohortId: cohortId, FullName: worker.FullName, CommuneOfOrigin: worker.CommuneOfOrigin,
            VillageOfOrigin: worker.VillageOfOrigin, Gender: worker.Gender, BirthYear: worker.BirthYear,
            DepartedOn: worker.DepartedOn ?? cohort.DepartureOn, ReturnedOn: worker.ReturnedOn, Outcome: worker.Outcome,
            MonthlyPayVnd: worker.MonthlyPayVnd, Version: worker.Version);
    }

    public async Task<bool> DeleteAsync(int programmeId, int cohortId, int workerId, CancellationToken ct)
    {
        var worker = await db.Set<SeasonalWorker>().FirstOrDefaultAsync(w => w.Id == workerId && w.CohortId == cohortId
            && w.Cohort!.ProgrammeId == programmeId, ct);
        if (worker is null)
        {
            return false;
        }

        await RequireNameAccessAsync();
        db.Remove(worker);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
