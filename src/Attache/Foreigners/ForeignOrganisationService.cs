using Attache.Aid;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

public sealed record ForeignOrganisationRow(int Id, string Province, string Name, string? NameVietnamese,
    ForeignOrganisationKind Kind, string Country, string? PermitNumber, DateOnly? PermitValidTo,
    ForeignOrganisationStatus Status, int Projects, int OverdueReports, bool PermitExpiring);

public sealed record OrganisationProjectDto(int AidProjectId, string Identifier, string? TitleVi, string? TitleEn,
    ActivityStatus Status);

public sealed record OrganisationReportDto(int Id, string Title, DateOnly DueOn, DateOnly? ReceivedOn, string? Notes,
    bool Overdue);

public sealed record ForeignOrganisationDto(int Id, string Province, string Name, string? NameVietnamese,
    ForeignOrganisationKind Kind, string Country, string? PermitNumber, string? PermitIssuer, string? Scope,
    string? Areas, DateOnly? PermitValidFrom, DateOnly? PermitValidTo, bool PermitExpiring,
    ForeignOrganisationStatus Status, IReadOnlyList<ForeignOrganisationStatus> AllowedStatuses, string? Notes,
    IReadOnlyList<OrganisationProjectDto> Projects, IReadOnlyList<OrganisationReportDto> Reports,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class ForeignOrganisationQuery : PageRequest
{
    public string? Search { get; set; }
    public ForeignOrganisationKind? Kind { get; set; }
    public ForeignOrganisationStatus? Status { get; set; }
    public string? Country { get; set; }

    /// <summary>Only those (not closed) whose permit ends within 90 days or has ended.</summary>
    public bool? PermitExpiring { get; set; }

    /// <summary>Only those (not closed) with a report not received after its due day.</summary>
    public bool? ReportOverdue { get; set; }

    /// <summary>name, permit (end of the permit), country; a leading '-' sorts descending.</summary>
    public string? Sort { get; set; }
}

/// <summary>The register of foreign organisations working in the province, called by the API and the pages
/// alike.</summary>
public sealed class ForeignOrganisationService(AttacheDb db) : IRecordService<ForeignOrganisation,
    ForeignOrganisationQuery, ForeignOrganisationRow, ForeignOrganisationDto, ForeignOrganisationInput>
{
    public async Task<Paged<ForeignOrganisationRow>> ListAsync(ForeignOrganisationQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var today = db.Clock.TodayInVietnam();
        var query = db.Set<ForeignOrganisation>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(o => o.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (q.Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var country = q.Country.Trim().ToUpperInvariant();
            query = query.Where(o => o.Country == country);
        }

        if (q.PermitExpiring == true)
        {
            query = query.Where(ForeignOrganisationDates.PermitExpiringOn(today));
        }

        if (q.ReportOverdue == true)
        {
            query = query.Where(ForeignOrganisationDates.ReportOverdueOn(today));
        }

        query = (q.Sort ?? "name") switch
        {
            "name" => query.OrderBy(o => o.Name).ThenBy(o => o.Id),
            "-name" => query.OrderByDescending(o => o.Name).ThenBy(o => o.Id),
            "permit" => query.OrderBy(o => o.PermitValidTo == null).ThenBy(o => o.PermitValidTo).ThenBy(o => o.Name),
            "-permit" => query.OrderByDescending(o => o.PermitValidTo).ThenBy(o => o.Name),
            "country" => query.OrderBy(o => o.Country).ThenBy(o => o.Name),
            "-country" => query.OrderByDescending(o => o.Country).ThenBy(o => o.Name),
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use name, permit or country, with '-' for descending."),
        };

        var limit = today.AddDays(ForeignOrganisationDates.PermitWarningDays);
        return await query.Select(o => new ForeignOrganisationRow(o.Id, o.Province!.Code, o.Name, o.NameVietnamese,
            o.Kind, o.Country, o.PermitNumber, o.PermitValidTo, o.Status, o.Projects.Count,
            o.Reports.Count(r => r.ReceivedOn == null && r.DueOn < today),
            o.Status != ForeignOrganisationStatus.Closed && o.PermitValidTo != null && o.PermitValidTo <= limit))
            .ToPageAsync(q, ct);
    }

    public async Task<ForeignOrganisationDto?> GetAsync(int id, CancellationToken ct)
    {
        var o = await db.Set<ForeignOrganisation>().AsNoTracking().Include(x => x.Province)
            .Include(x => x.Reports).Include(x => x.Projects).ThenInclude(p => p.AidProject)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return null;
        }

        var today = db.Clock.TodayInVietnam();
        var expiring = ForeignOrganisationDates.PermitExpiringOn(today).Compile()(o);
        return new ForeignOrganisationDto(o.Id, o.Province!.Code, o.Name, o.NameVietnamese, o.Kind, o.Country,
            o.PermitNumber, o.PermitIssuer, o.Scope, o.Areas, o.PermitValidFrom, o.PermitValidTo, expiring, o.Status,
            ForeignOrganisation.Lifecycle.Allowed(o.Status), o.Notes,
            [.. o.Projects.OrderBy(p => p.Id).Select(p => new OrganisationProjectDto(p.AidProjectId,
                p.AidProject!.Identifier, p.AidProject.TitleVi, p.AidProject.TitleEn, p.AidProject.Status))],
            [.. o.Reports.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Select(r => ReportDto(r, today))],
            o.CreatedAt, o.UpdatedAt, o.Version);
    }

    /// <summary>Today in Viet Nam by the injected clock (the day a report marked received came in).</summary>
    public DateOnly Today => db.Clock.TodayInVietnam();

    private static OrganisationReportDto ReportDto(ForeignOrganisationReport r, DateOnly today) =>
        new(r.Id, r.Title, r.DueOn, r.ReceivedOn, r.Notes, r.IsOverdue(today));

    /// <summary>The organisation as its edit form holds it; null when it is not in the province.</summary>
    public async Task<ForeignOrganisationInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var o = await db.Set<ForeignOrganisation>().AsNoTracking().Include(x => x.Projects)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        return o is null ? null : ForeignOrganisationInput.From(o);
    }

    /// <summary>The province's aid projects an organisation can be linked to, by identifier.</summary>
    public async Task<IReadOnlyList<(int Id, string Title)>> ProjectChoicesAsync(bool vietnamese,
        CancellationToken ct) =>
        (await db.Set<AidProject>().AsNoTracking().OrderBy(p => p.Identifier)
            .Select(p => new { p.Id, p.Identifier, p.TitleVi, p.TitleEn }).ToListAsync(ct))
            .Select(p => (p.Id, $"{p.Identifier} – {(vietnamese ? p.TitleVi ?? p.TitleEn : p.TitleEn ?? p.TitleVi)}"))
            .ToList();

    public async Task<string?> NameAsync(int id, CancellationToken ct) =>
        await db.Set<ForeignOrganisation>().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(ct);

    /// <summary>Creates (id null) or updates an organisation: 400 for bad input (every field at once, then the
    /// linked projects that are not in the province), 404 unknown, 409 stale or a status change
    /// <see cref="ForeignOrganisation.Lifecycle"/> does not allow.</summary>
    public async Task<ForeignOrganisation> SaveAsync(int? id, ForeignOrganisationInput input, CancellationToken ct)
    {
        FullValidation.Check(input);
        ForeignOrganisation organisation;
        if (id is null)
        {
            organisation = new ForeignOrganisation { Name = "", Country = "" };
            db.Add(organisation);
        }
        else
        {
            organisation = await db.Set<ForeignOrganisation>().Include(o => o.Projects)
                .FirstOrDefaultAsync(o => o.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no foreign organisation {id}.");
            db.CheckVersion(organisation, input.Version);
        }

        var projectIds = (input.AidProjectIds ?? []).Distinct().ToList();
        var known = await db.Set<AidProject>().Where(p => projectIds.Contains(p.Id)).Select(p => p.Id)
            .ToListAsync(ct);
        var missing = projectIds.FindIndex(p => !known.Contains(p));
        if (missing >= 0)
        {
            throw InputValidation.Error($"aidProjectIds[{missing}]",
                $"There is no aid project {projectIds[missing]} in this province.");
        }

        if (input.Status is { } to && to != organisation.Status)
        {
            ForeignOrganisation.Lifecycle.Check(organisation.Status, to, mayApprove: false);
            organisation.Status = to;
        }

        organisation.Name = input.Name!.Trim();
        organisation.NameVietnamese = Clean(input.NameVietnamese);
        organisation.Kind = input.Kind!.Value;
        organisation.Country = input.Country!.ToUpperInvariant();
        organisation.PermitNumber = Clean(input.PermitNumber);
        organisation.PermitIssuer = Clean(input.PermitIssuer);
        organisation.Scope = Clean(input.Scope);
        organisation.Areas = Clean(input.Areas);
        organisation.PermitValidFrom = input.PermitValidFrom;
        organisation.PermitValidTo = input.PermitValidTo;
        organisation.Notes = Clean(input.Notes);
        organisation.Projects.RemoveAll(p => !projectIds.Contains(p.AidProjectId));
        foreach (var projectId in projectIds.Where(p => organisation.Projects.All(x => x.AidProjectId != p)))
        {
            organisation.Projects.Add(new ForeignOrganisationProject { AidProjectId = projectId });
        }

        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Set<ForeignOrganisation>().Include(o => o.Projects).Include(o => o.Reports)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return false;
        }

        db.Remove(organisation);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Adds (reportId null) or changes a periodic report of the organisation; null when the organisation
    /// or the report is not in the province.</summary>
    public async Task<OrganisationReportDto?> SaveReportAsync(int organisationId, int? reportId,
        OrganisationReportInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        if (!await db.Set<ForeignOrganisation>().AnyAsync(o => o.Id == organisationId, ct))
        {
            return null;
        }

        ForeignOrganisationReport? report;
        if (reportId is null)
        {
            report = new ForeignOrganisationReport { OrganisationId = organisationId, Title = "" };
            db.Add(report);
        }
        else
        {
            report = await db.Set<ForeignOrganisationReport>()
                .FirstOrDefaultAsync(r => r.Id == reportId && r.OrganisationId == organisationId, ct);
            if (report is null)
            {
                return null;
            }
        }

        report.Title = input.Title!.Trim();
        report.DueOn = input.DueOn!.Value;
        report.ReceivedOn = input.ReceivedOn;
        report.Notes = Clean(input.Notes);
        await db.SaveChangesAsync(ct);
        return ReportDto(report, db.Clock.TodayInVietnam());
    }

    public async Task<bool> DeleteReportAsync(int organisationId, int reportId, CancellationToken ct)
    {
        var report = await db.Set<ForeignOrganisationReport>()
            .FirstOrDefaultAsync(r => r.Id == reportId && r.OrganisationId == organisationId, ct);
        if (report is null)
        {
            return false;
        }

        db.Remove(report);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
