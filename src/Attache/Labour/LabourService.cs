using Attache.Events;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Labour;

public sealed record LabourProgrammeRow(int Id, string Province, string Name, int PartnerId, string PartnerName,
    string PartnerCountry, string Sector, decimal? PayMinVnd, decimal? PayMaxVnd, int Cohorts, int Workers);

/// <summary>A cohort with its workers counted by outcome: what everyone may see, names or not.</summary>
public sealed record CohortDto(int Id, string Name, DateOnly DepartureOn, DateOnly PlannedReturnOn, string? Notes,
    int Workers, int Abroad, int ReturnedOnTime, int ReturnedEarly, int DidNotReturn, int Version);

public sealed record LabourProgrammeDto(int Id, string Province, string Name, int? AgreementId, PartnerRef Partner,
    string Sector, IReadOnlyList<PartnerRef> Employers, decimal? PayMinVnd, decimal? PayMaxVnd, string? Notes,
    IReadOnlyList<CohortDto> Cohorts, DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class LabourProgrammeQuery : PageRequest
{
    public string? Search { get; set; }
    public int? PartnerId { get; set; }
    public int? AgreementId { get; set; }
}

/// <summary>The labour programmes register (programmes and cohorts); workers are in <see
/// cref="WorkerService"/>.</summary>
public sealed class LabourService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<LabourProgrammeRow>> ListAsync(LabourProgrammeQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<LabourProgramme>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(p => p.SearchText.Contains(term) || p.Partner!.SearchText.Contains(term));
        }

        if (q.PartnerId is { } partnerId)
        {
            query = query.Where(p => p.PartnerId == partnerId || p.Employers.Any(e => e.PartnerId == partnerId));
        }

        if (q.AgreementId is { } agreementId)
        {
            query = query.Where(p => p.AgreementId == agreementId);
        }

        return await query.OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new LabourProgrammeRow(p.Id, p.Province!.Code, p.Name, p.PartnerId, p.Partner!.NameLatin,
                p.Partner.Country, p.Sector, p.PayMinVnd, p.PayMaxVnd, p.Cohorts.Count,
                p.Cohorts.SelectMany(c => c.Workers).Count()))
            .ToPageAsync(q, ct);
    }

    /// <summary>The figures of the programme list (see <see cref="LabourStats"/>).</summary>
    public Task<LabourStats> StatsAsync(DateOnly? from, DateOnly? to, int? programmeId, CancellationToken ct) =>
        LabourStats.ComputeAsync(db, from, to, programmeId, ct);

    public async Task<LabourProgrammeDto?> GetAsync(int id, CancellationToken ct)
    {
        var p = await db.Set<LabourProgramme>().AsNoTracking().AsSplitQuery().Include(x => x.Province)
            .Include(x => x.Partner).Include(x => x.Employers).ThenInclude(e => e.Partner)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        return new LabourProgrammeDto(p.Id, p.Province!.Code, p.Name, p.AgreementId, Ref(p.Partner!), p.Sector,
            [.. p.Employers.OrderBy(e => e.Id).Select(e => Ref(e.Partner!))], p.PayMinVnd, p.PayMaxVnd, p.Notes,
            await CohortsAsync(id, ct), p.CreatedAt, p.UpdatedAt, p.Version);
    }

    /// <summary>The programme as its edit form holds it; null when it is not in the province.</summary>
    public async Task<LabourInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var programme = await db.Set<LabourProgramme>().AsNoTracking().Include(p => p.Employers)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        return programme is null ? null : LabourInput.From(programme);
    }

    /// <summary>The programme's name; null when it is not in the province.</summary>
    public Task<string?> NameAsync(int id, CancellationToken ct) =>
        db.Set<LabourProgramme>().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct);

    private static PartnerRef Ref(Partners.Partner p) => new(p.Id, p.NameLatin, p.NameVietnamese, p.Country);

    /// <summary>The programme's cohorts with their workers counted by outcome in the database.</summary>
    public async Task<List<CohortDto>> CohortsAsync(int programmeId, CancellationToken ct) =>
        await CountAsync(await Cohorts(programmeId).ToListAsync(ct), ct);

    /// <summary>One page of <see cref="CohortsAsync"/>; null when there is no such programme.</summary>
    public async Task<Paged<CohortDto>?> CohortsPageAsync(int programmeId, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        if (!await db.Set<LabourProgramme>().AnyAsync(p => p.Id == programmeId, ct))
        {
            return null;
        }

        var cohorts = await Cohorts(programmeId).ToPageAsync(page, ct);
        return new Paged<CohortDto>(await CountAsync(cohorts.Items, ct), cohorts.Total, cohorts.Page, cohorts.PageSize);
    }

    private IQueryable<LabourCohort> Cohorts(int programmeId) =>
        db.Set<LabourCohort>().AsNoTracking().Where(c => c.ProgrammeId == programmeId)
            .OrderBy(c => c.DepartureOn).ThenBy(c => c.Id);

    private async Task<List<CohortDto>> CountAsync(IReadOnlyList<LabourCohort> cohorts, CancellationToken ct)
    {
        var ids = cohorts.Select(c => c.Id).ToList();
        var counts = await db.Set<SeasonalWorker>().AsNoTracking().Where(w => ids.Contains(w.CohortId))
            .GroupBy(w => new { w.CohortId, w.Outcome })
            .Select(g => new { g.Key.CohortId, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(ct);
        int Count(int cohortId, WorkerOutcome? outcome) =>
            counts.Where(c => c.CohortId == cohortId && (outcome is null || c.Outcome == outcome)).Sum(c => c.Count);
        return [.. cohorts.Select(c => new CohortDto(
            Id: c.Id, Name: c.Name, DepartureOn: c.DepartureOn, PlannedReturnOn: c.PlannedReturnOn, Notes: c.Notes,
            Workers: Count(c.Id, null), Abroad: Count(c.Id, WorkerOutcome.Abroad),
            ReturnedOnTime: Count(c.Id, WorkerOutcome.ReturnedOnTime),
            ReturnedEarly: Count(c.Id, WorkerOutcome.ReturnedEarly),
            DidNotReturn: Count(c.Id, WorkerOutcome.DidNotReturn), Version: c.Version))];
    }

    /// <summary>Creates (id null) or updates a programme: 400 for bad input, 404 unknown, 409 stale.</summary>
    public async Task<LabourProgramme> SaveAsync(int? id, LabourInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        LabourProgramme p;
        if (id is null)
        {
            p = new LabourProgramme { Name = "", Sector = "" };
            db.Add(p);
        }
        else
        {
            p = await db.Set<LabourProgramme>().Include(x => x.Employers).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no labour programme {id}.");
            db.CheckVersion(p, input.Version);
        }

        await PartnerLookup.RequireAsync(db, input.PartnerId!.Value, "partnerId", ct);
        var employers = await PartnerLookup.RequireAllAsync(db, input.EmployerIds ?? [], "employerIds", ct);
        p.Name = input.Name!.Trim();
        p.AgreementId = input.AgreementId;
        p.PartnerId = input.PartnerId.Value;
        p.Sector = input.Sector!.Trim();
        p.PayMinVnd = input.PayMinVnd;
        p.PayMaxVnd = input.PayMaxVnd;
        p.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        foreach (var gone in p.Employers.Where(e => !employers.Contains(e.PartnerId)).ToList())
        {
            p.Employers.Remove(gone);
        }

        foreach (var added in employers.Where(pid => p.Employers.All(e => e.PartnerId != pid)))
        {
            p.Employers.Add(new LabourEmployer { PartnerId = added, ProvinceId = p.ProvinceId });
        }

        await db.SaveChangesAsync(ct);
        return p;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var p = await db.Set<LabourProgramme>().Include(x => x.Employers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return false;
        }

        if (await db.Set<LabourCohort>().AnyAsync(c => c.ProgrammeId == id, ct))
        {
            throw ProblemException.Conflict("The programme still has cohorts; remove them first.");
        }

        db.Remove(p);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Adds (cohortId null) or changes a cohort; null when the programme or cohort does not exist. A change
    /// that names the version it read is refused with 409 when the cohort changed since.</summary>
    public async Task<CohortDto?> SaveCohortAsync(int programmeId, int? cohortId, CohortInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var provinceId = await db.Set<LabourProgramme>().Where(p => p.Id == programmeId)
            .Select(p => (int?)p.ProvinceId).FirstOrDefaultAsync(ct);
        if (provinceId is null)
        {
            return null;
        }

        LabourCohort? cohort;
        if (cohortId is null)
        {
            cohort = new LabourCohort { Name = "", ProgrammeId = programmeId, ProvinceId = provinceId.Value };
            db.Add(cohort);
        }
        else
        {
            cohort = await db.Set<LabourCohort>()
                .FirstOrDefaultAsync(c => c.Id == cohortId && c.ProgrammeId == programmeId, ct);
            if (cohort is null)
            {
                return null;
            }

            db.CheckVersion(cohort, input.Version);
        }

        cohort.Name = input.Name!.Trim();
        cohort.DepartureOn = input.DepartureOn!.Value;
        cohort.PlannedReturnOn = input.PlannedReturnOn!.Value;
        cohort.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        await db.SaveChangesAsync(ct);
        return (await CohortsAsync(programmeId, ct)).First(c => c.Id == cohort.Id);
    }

    public async Task<bool> DeleteCohortAsync(int programmeId, int cohortId, CancellationToken ct)
    {
        var cohort = await db.Set<LabourCohort>()
            .FirstOrDefaultAsync(c => c.Id == cohortId && c.ProgrammeId == programmeId, ct);
        if (cohort is null)
        {
            return false;
        }

        if (await db.Set<SeasonalWorker>().AnyAsync(w => w.CohortId == cohortId, ct))
        {
            throw ProblemException.Conflict("The cohort still has workers; remove them first.");
        }

        db.Remove(cohort);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
