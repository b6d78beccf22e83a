using System.Linq.Expressions;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Aid;

public sealed record AidProjectRow(int Id, string Province, string Identifier, string? TitleVi, string? TitleEn, AidKind Kind,
    ActivityStatus Status, DateOnly? Start, DateOnly? End, string? MainDonor, DateTime UpdatedAt);

public sealed record ParticipantDto(int PartnerId, string Name, string? NameVietnamese, ParticipantRole Role, string? OrganisationRef,
    string? OrganisationType);

public sealed record SectorDto(string Code, string? Name, decimal Percentage);

public sealed record LocationDto(string Commune, double? Latitude, double? Longitude);

public sealed record BudgetDto(DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string Currency, bool Revised);

public sealed record AidProjectDto(int Id, string Province, string Identifier, string? TitleVi, string? TitleEn, string? DescriptionVi,
    string? DescriptionEn, AidKind Kind, ActivityStatus Status, DateOnly? PlannedStart, DateOnly? ActualStart, DateOnly? PlannedEnd,
    DateOnly? ActualEnd, string? DecisionNumber, DateOnly? DecisionDate, string? DecisionAuthority, string DefaultCurrency,
    IReadOnlyList<ParticipantDto> Participants, IReadOnlyList<SectorDto> Sectors, IReadOnlyList<LocationDto> Locations,
    IReadOnlyList<BudgetDto> Budgets, DateTime CreatedAt, DateTime UpdatedAt, int Version);

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
public static class AidQueries
{
    public static async Task<Paged<AidProjectRow>> ListAsync(AttacheDb db, AidProjectQuery q, CancellationToken ct)
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

            query = RunningBetween(query, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
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
            var other => throw InputValidation.Error("sort", $"'{other}' is not a sort order; use title, identifier, start or updated, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    /// <summary>Projects whose (actual, else planned) dates overlap the period; an open end runs on.</summary>
    public static IQueryable<AidProject> RunningBetween(IQueryable<AidProject> query, DateOnly from, DateOnly to) =>
        query.Where(p => (p.ActualStart ?? p.PlannedStart) == null || (p.ActualStart ?? p.PlannedStart) <= to)
            .Where(p => (p.ActualEnd ?? p.PlannedEnd) == null || (p.ActualEnd ?? p.PlannedEnd) >= from);

    private static readonly Expression<Func<AidProject, AidProjectRow>> Row = p => new AidProjectRow(
        p.Id, p.Province!.Code, p.Identifier, p.TitleVi, p.TitleEn, p.Kind, p.Status, p.ActualStart ?? p.PlannedStart,
        p.ActualEnd ?? p.PlannedEnd,
        p.Participants.Where(x => x.Role == ParticipantRole.Funding).OrderBy(x => x.Id).Select(x => x.Partner!.NameLatin).FirstOrDefault(),
        p.UpdatedAt);

    public static async Task<AidProjectDto?> GetAsync(AttacheDb db, int id, CancellationToken ct)
    {
        var p = await db.Set<AidProject>().AsNoTracking().AsSplitQuery()
            .Include(x => x.Province).Include(x => x.Participants).ThenInclude(x => x.Partner)
            .Include(x => x.Sectors).Include(x => x.Locations).Include(x => x.Budgets)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new AidProjectDto(p.Id, p.Province!.Code, p.Identifier, p.TitleVi, p.TitleEn, p.DescriptionVi,
            p.DescriptionEn, p.Kind, p.Status, p.PlannedStart, p.ActualStart, p.PlannedEnd, p.ActualEnd, p.DecisionNumber, p.DecisionDate,
            p.DecisionAuthority, p.DefaultCurrency,
            [.. p.Participants.OrderBy(x => x.Role).ThenBy(x => x.Id).Select(x => new ParticipantDto(x.PartnerId, x.Partner!.NameLatin,
                x.Partner.NameVietnamese, x.Role, x.OrganisationRef, x.OrganisationType))],
            [.. p.Sectors.OrderByDescending(x => x.Percentage).ThenBy(x => x.Code)
                .Select(x => new SectorDto(x.Code, Iati.IatiCodeLists.Name(Iati.IatiCodeLists.Sector, x.Code), x.Percentage))],
            [.. p.Locations.OrderBy(x => x.Id).Select(x => new LocationDto(x.Commune, x.Latitude, x.Longitude))],
            [.. p.Budgets.OrderBy(x => x.PeriodStart).Select(x => new BudgetDto(x.PeriodStart, x.PeriodEnd, x.Value, x.Currency, x.Revised))],
            p.CreatedAt, p.UpdatedAt, p.Version);
    }

    public static Task<bool> ExistsAsync(AttacheDb db, int id, CancellationToken ct) => db.Set<AidProject>().AnyAsync(p => p.Id == id, ct);

    /// <summary>Creates (id null) or updates a project; 400 for bad input, 409 for a stale version or a taken identifier.</summary>
    public static async Task<AidProject> SaveAsync(AttacheDb db, int? id, AidInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        AidProject project;
        var identifier = input.Identifier!.Trim();
        if (id is null)
        {
            project = new AidProject { Identifier = identifier };
            db.Add(project);
        }
        else
        {
            project = await db.Set<AidProject>().Include(p => p.Participants).Include(p => p.Sectors).Include(p => p.Locations)
                .Include(p => p.Budgets).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no aid project {id}.");
            if (input.Version is not { } version)
            {
                throw InputValidation.Error("version", "Send the version you edited, so that a concurrent change is not overwritten.");
            }

            if (version != project.Version)
            {
                throw ProblemException.Stale($"The project was changed by someone else (version {project.Version}, yours {version}). Reload it and apply your change again.");
            }

            db.Entry(project).Property(p => p.Version).OriginalValue = version;
        }

        if (await db.Set<AidProject>().AnyAsync(p => p.Identifier == identifier && p.Id != project.Id, ct))
        {
            throw ProblemException.Conflict($"Another project of the province already has the identifier '{identifier}'.")
                .Localized("Another project of the province already has the identifier '{0}'.", identifier);
        }

        var partnerIds = (input.Participants ?? []).Select(x => x.PartnerId!.Value).Distinct().ToList();
        var known = await db.Set<Partner>().Where(x => partnerIds.Contains(x.Id)).Select(x => x.Id).ToListAsync(ct);
        var unknown = partnerIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            var index = input.Participants!.FindIndex(x => x.PartnerId == unknown[0]);
            throw InputValidation.Error($"participants[{index}].partnerId", $"There is no partner {unknown[0]} in this province.");
        }

        project.Identifier = identifier;
        project.TitleVi = Clean(input.TitleVi);
        project.TitleEn = Clean(input.TitleEn);
        project.DescriptionVi = Clean(input.DescriptionVi);
        project.DescriptionEn = Clean(input.DescriptionEn);
        project.Kind = input.Kind!.Value;
        if (id is null)
        {
            project.Status = input.Status!.Value;
        }
        else
        {
            project.MoveTo(input.Status!.Value);
        }

        project.PlannedStart = input.PlannedStart;
        project.ActualStart = input.ActualStart;
        project.PlannedEnd = input.PlannedEnd;
        project.ActualEnd = input.ActualEnd;
        project.DecisionNumber = Clean(input.DecisionNumber);
        project.DecisionDate = input.DecisionDate;
        project.DecisionAuthority = Clean(input.DecisionAuthority);
        project.DefaultCurrency = input.DefaultCurrency?.Trim().ToUpperInvariant() ?? "VND";
        Replace(project.Participants, (input.Participants ?? []).Select(x => new AidParticipant
        {
            PartnerId = x.PartnerId!.Value, Role = x.Role!.Value, OrganisationRef = Clean(x.OrganisationRef), OrganisationType = Clean(x.OrganisationType),
            ProvinceId = project.ProvinceId,
        }), (a, b) => a.PartnerId == b.PartnerId && a.Role == b.Role && a.OrganisationRef == b.OrganisationRef && a.OrganisationType == b.OrganisationType);
        Replace(project.Sectors, (input.Sectors ?? []).Select(x => new AidSector { Code = x.Code!.Trim(), Percentage = x.Percentage!.Value, ProvinceId = project.ProvinceId }),
            (a, b) => a.Code == b.Code && a.Percentage == b.Percentage);
        Replace(project.Locations, (input.Locations ?? []).Select(x => new AidLocation
        {
            Commune = x.Commune!.Trim(), Latitude = x.Latitude, Longitude = x.Longitude, ProvinceId = project.ProvinceId,
        }), (a, b) => a.Commune == b.Commune && a.Latitude == b.Latitude && a.Longitude == b.Longitude);
        Replace(project.Budgets, (input.Budgets ?? []).Select(x => new AidBudget
        {
            PeriodStart = x.PeriodStart!.Value, PeriodEnd = x.PeriodEnd!.Value, Value = x.Value!.Value,
            Currency = x.Currency!.Trim().ToUpperInvariant(), Revised = x.Revised, ProvinceId = project.ProvinceId,
        }), (a, b) => a.PeriodStart == b.PeriodStart && a.PeriodEnd == b.PeriodEnd && a.Value == b.Value && a.Currency == b.Currency && a.Revised == b.Revised);
        await db.SaveChangesAsync(ct);
        return project;
    }

    /// <summary>Keeps the rows that did not change (so the history shows only real changes) and swaps the rest.</summary>
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

    public static async Task<bool> DeleteAsync(AttacheDb db, int id, CancellationToken ct)
    {
        var project = await db.Set<AidProject>().Include(p => p.Participants).Include(p => p.Sectors).Include(p => p.Locations)
            .Include(p => p.Budgets).Include(p => p.Transactions).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
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
