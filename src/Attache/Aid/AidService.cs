using System.Linq.Expressions;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Aid;

public sealed record AidProjectRow(int Id, string Province, string Identifier, string? TitleVi, string? TitleEn,
    AidKind Kind, ActivityStatus Status, DateOnly? Start, DateOnly? End, string? MainDonor, DateTime UpdatedAt);

public sealed record ParticipantDto(int PartnerId, string Name, string? NameVietnamese, ParticipantRole Role,
    string? OrganisationRef, string? OrganisationType);

public sealed record SectorDto(string Code, string? Name, decimal Percentage);

public sealed record LocationDto(string Commune, double? Latitude, double? Longitude);

public sealed record BudgetDto(DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string Currency, bool Revised);

public sealed record AidProjectDto(int Id, string Province, string Identifier, string? TitleVi, string? TitleEn,
    string? DescriptionVi, string? DescriptionEn, AidKind Kind, ActivityStatus Status, DateOnly? PlannedStart,
    DateOnly? ActualStart, DateOnly? PlannedEnd, DateOnly? ActualEnd, string? DecisionNumber, DateOnly? DecisionDate,
    string? DecisionAuthority, string DefaultCurrency, IReadOnlyList<ParticipantDto> Participants,
    IReadOnlyList<SectorDto> Sectors, IReadOnlyList<LocationDto> Locations, IReadOnlyList<BudgetDto> Budgets,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class AidProjectQuery : PageRequest
{
    public string? Search { get; set; }
    public AidKind? Kind { get; set; }
    public ActivityStatus? Status { get; set; }

    /// <summary>A partner id: projects it funds, extends, is accountable for or implements.</summary>
    public int? Donor { get; set; }

    /// <summary>An OECD-DAC 5-digit code.</summary>
    public string? Sector { get; set; }
    public string? Commune { get; set; }

    /// <summary>Projects running at some point of that year.</summary>
    public int? Year { get; set; }

    /// <summary>title, identifier, start, updated; a leading '-' sorts descending.</summary>
    public string? Sort { get; set; }
}

/// <summary>The aid register's reads and writes, called by the API and the pages alike.</summary>
public sealed class AidService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<AidProjectRow>> ListAsync(AidProjectQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<AidProject>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(p => p.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (q.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (q.Donor is { } donor)
        {
            query = query.Where(p => p.Participants.Any(x => x.PartnerId == donor));
        }

        if (!string.IsNullOrWhiteSpace(q.Sector))
        {
            var sector = q.Sector.Trim();
            query = query.Where(p => p.Sectors.Any(s => s.Code == sector));
        }

        if (!string.IsNullOrWhiteSpace(q.Commune))
        {
            var commune = q.Commune.Trim();
            query = query.Where(p => p.Locations.Any(l => l.Commune == commune));
        }

        if (q.Year is { } year)
        {
            if (year is < 1950 or > 2100)
            {
                throw InputValidation.Error("year", "Give a year between 1950 and 2100.");
            }

            query = AidProjectDates.RunningBetween(query, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        query = (q.Sort ?? "-start") switch
        {
            "title" => query.OrderBy(p => p.TitleVi ?? p.TitleEn).ThenBy(p => p.Id),
            "-title" => query.OrderByDescending(p => p.TitleVi ?? p.TitleEn).ThenBy(p => p.Id),
            "identifier" => query.OrderBy(p => p.Identifier),
            "-identifier" => query.OrderByDescending(p => p.Identifier),
            "start" => query.OrderBy(p => p.ActualStart ?? p.PlannedStart).ThenBy(p => p.Id),
            "-start" => query.OrderByDescending(p => p.ActualStart ?? p.PlannedStart).ThenBy(p => p.Id),
            "updated" => query.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id),
            "-updated" => query.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id),
            var other => throw InputValidation.Error("sort", $"'{other}' is not a sort order; use title, identifier, "
                + "start or updated, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    private static readonly Expression<Func<AidProject, AidProjectRow>> Row = p => new AidProjectRow(
        p.Id, p.Province!.Code, p.Identifier, p.TitleVi, p.TitleEn, p.Kind, p.Status, p.ActualStart ?? p.PlannedStart,
        p.ActualEnd ?? p.PlannedEnd,
        p.Participants.Where(x => x.Role == ParticipantRole.Funding).OrderBy(x => x.Id)
            .Select(x => x.Partner!.NameLatin).FirstOrDefault(),
        p.UpdatedAt);

    /// <summary>The figures of the aid list page (see <see cref="AidStats"/>).</summary>
    public Task<AidStatsDto> StatsAsync(AidStatsQuery q, CancellationToken ct) => AidStats.ComputeAsync(db, q, ct);

    public async Task<AidProjectDto?> GetAsync(int id, CancellationToken ct)
    {
        var p = await db.Set<AidProject>().AsNoTracking().AsSplitQuery()
            .Include(x => x.Province).Include(x => x.Participants).ThenInclude(x => x.Partner)
            .Include(x => x.Sectors).Include(x => x.Locations).Include(x => x.Budgets)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        return new AidProjectDto(
            Id: p.Id, Province: p.Province!.Code, Identifier: p.Identifier, TitleVi: p.TitleVi, TitleEn: p.TitleEn,
            DescriptionVi: p.DescriptionVi, DescriptionEn: p.DescriptionEn, Kind: p.Kind, Status: p.Status,
            PlannedStart: p.PlannedStart, ActualStart: p.ActualStart, PlannedEnd: p.PlannedEnd, ActualEnd: p.ActualEnd,
            DecisionNumber: p.DecisionNumber, DecisionDate: p.DecisionDate, DecisionAuthority: p.DecisionAuthority,
            DefaultCurrency: p.DefaultCurrency,
            Participants: [.. p.Participants.OrderBy(x => x.Role).ThenBy(x => x.Id).Select(x => new ParticipantDto(
                x.PartnerId, x.Partner!.NameLatin, x.Partner.NameVietnamese, x.Role, x.OrganisationRef,
                x.OrganisationType))],
            Sectors: [.. p.Sectors.OrderByDescending(x => x.Percentage).ThenBy(x => x.Code).Select(x => new SectorDto(
                x.Code, Iati.IatiCodeLists.Name(Iati.IatiCodeLists.Sector, x.Code), x.Percentage))],
            Locations: [.. p.Locations.OrderBy(x => x.Id).Select(x => new LocationDto(x.Commune, x.Latitude,
                x.Longitude))],
            Budgets: [.. p.Budgets.OrderBy(x => x.PeriodStart).Select(x => new BudgetDto(
                x.PeriodStart, x.PeriodEnd, x.Value, x.Currency, x.Revised))],
            CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt, Version: p.Version);
    }

    /// <summary>The project as its edit form holds it; null when it is not in the province.</summary>
    public async Task<AidInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var project = await db.Set<AidProject>().AsNoTracking().AsSplitQuery().Include(p => p.Participants)
            .Include(p => p.Sectors).Include(p => p.Locations).Include(p => p.Budgets)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        return project is null ? null : AidInput.From(project);
    }

    /// <summary>The project's title in the reader's language (else the other, else its identifier); null when it is
    /// not in the province.</summary>
    public async Task<string?> TitleAsync(int id, bool vietnamese, CancellationToken ct)
    {
        var project = await db.Set<AidProject>().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.TitleVi, p.TitleEn, p.Identifier }).FirstOrDefaultAsync(ct);
        return project is null
            ? null
            : new AidProject { Identifier = project.Identifier, TitleVi = project.TitleVi, TitleEn = project.TitleEn }
                .Title(vietnamese);
    }

    /// <summary>Creates (id null) or updates a project; 400 for bad input, 409 for a stale version, a taken
    /// identifier or a status the lifecycle does not allow from the current one.</summary>
    public async Task<AidProject> SaveAsync(int? id, AidInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        AidProject project;
        var identifier = input.Identifier!.Trim();
        if (id is null)
        {
            project = new AidProject { Identifier = identifier, Status = input.Status!.Value };
            db.Add(project);
        }
        else
        {
            project = await db.Set<AidProject>().Include(p => p.Participants).Include(p => p.Sectors)
                .Include(p => p.Locations).Include(p => p.Budgets).AsSplitQuery()
                    .FirstOrDefaultAsync(p => p.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no aid project {id}.");
            db.CheckVersion(project, input.Version);
            if (input.Status!.Value != project.Status)
            {
                AidProject.Lifecycle.Check(project.Status, input.Status.Value, mayApprove: false);
                project.Status = input.Status.Value;
            }
        }

        if (await db.Set<AidProject>().AnyAsync(p => p.Identifier == identifier && p.Id != project.Id, ct))
        {
            throw ProblemException.Conflict($"Another project of the province already has the identifier "
                + $"'{identifier}'.")
                .Localized("Another project of the province already has the identifier '{0}'.", identifier);
        }

        var partnerIds = (input.Participants ?? []).Select(x => x.PartnerId!.Value).Distinct().ToList();
        var known = await db.Set<Partner>().Where(x => partnerIds.Contains(x.Id)).Select(x => x.Id).ToListAsync(ct);
        var unknown = partnerIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            var index = input.Participants!.FindIndex(x => x.PartnerId == unknown[0]);
            throw InputValidation.Error($"participants[{index}].partnerId",
                $"There is no partner {unknown[0]} in this province.");
        }

        project.Identifier = identifier;
        project.TitleVi = Clean(input.TitleVi);
        project.TitleEn = Clean(input.TitleEn);
        project.DescriptionVi = Clean(input.DescriptionVi);
        project.DescriptionEn = Clean(input.DescriptionEn);
        project.Kind = input.Kind!.Value;
        project.PlannedStart = input.PlannedStart;
        project.ActualStart = input.ActualStart;
        project.PlannedEnd = input.PlannedEnd;
        project.ActualEnd = input.ActualEnd;
        project.DecisionNumber = Clean(input.DecisionNumber);
        project.DecisionDate = input.DecisionDate;
        project.DecisionAuthority = Clean(input.DecisionAuthority);
        project.DefaultCurrency = input.DefaultCurrency?.Trim().ToUpperInvariant() ?? "VND";
        ReplaceDetails(project, input);
        await db.SaveChangesAsync(ct);
        return project;
    }

    private static void ReplaceDetails(AidProject project, AidInput input)
    {
        Replace(project.Participants, (input.Participants ?? []).Select(x => new AidParticipant
        {
            PartnerId = x.PartnerId!.Value,
            Role = x.Role!.Value,
            OrganisationRef = Clean(x.OrganisationRef),
            OrganisationType = Clean(x.OrganisationType),
            ProvinceId = project.ProvinceId,
        }), (a, b) => a.PartnerId == b.PartnerId && a.Role == b.Role && a.OrganisationRef == b.OrganisationRef
            && a.OrganisationType == b.OrganisationType);
        Replace(project.Sectors, (input.Sectors ?? []).Select(x => new AidSector
        {
            Code = x.Code!.Trim(), Percentage = x.Percentage!.Value, ProvinceId = project.ProvinceId,
        }), (a, b) => a.Code == b.Code && a.Percentage == b.Percentage);
        Replace(project.Locations, (input.Locations ?? []).Select(x => new AidLocation
        {
            Commune = x.Commune!.Trim(), Latitude = x.Latitude, Longitude = x.Longitude,
            ProvinceId = project.ProvinceId,
        }), (a, b) => a.Commune == b.Commune && a.Latitude == b.Latitude && a.Longitude == b.Longitude);
        Replace(project.Budgets, (input.Budgets ?? []).Select(x => new AidBudget
        {
            PeriodStart = x.PeriodStart!.Value,
            PeriodEnd = x.PeriodEnd!.Value,
            Value = x.Value!.Value,
            Currency = x.Currency!.Trim().ToUpperInvariant(),
            Revised = x.Revised,
            ProvinceId = project.ProvinceId,
        }), (a, b) => a.PeriodStart == b.PeriodStart && a.PeriodEnd == b.PeriodEnd && a.Value == b.Value
            && a.Currency == b.Currency && a.Revised == b.Revised);
    }
    /// <summary>Keeps the rows that did not change (so the history shows only real changes) and swaps the
    /// rest.</summary>
    internal static void Replace<T>(List<T> current, IEnumerable<T> wanted, Func<T, T, bool> same)
    {
        var target = wanted.ToList();
        var keep = new List<T>();
        foreach (var item in target)
        {
            var match = current.FirstOrDefault(c => !keep.Contains(c) && same(c, item));
            keep.Add(match ?? item);
        }

        foreach (var gone in current.Where(c => !keep.Contains(c)).ToList())
        {
            current.Remove(gone);
        }

        foreach (var added in keep.Where(k => !current.Contains(k)))
        {
            current.Add(added);
        }
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var project = await db.Set<AidProject>().Include(p => p.Participants).Include(p => p.Sectors)
            .Include(p => p.Locations).Include(p => p.Budgets).Include(p => p.Transactions).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return false;
        }

        db.Remove(project);
        await db.SaveChangesAsync(ct);
        return true;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
