using System.Linq.Expressions;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Delegations;

public sealed record DelegationRow(int Id, string Province, DelegationDirection Direction, DelegationStatus Status,
    string Title, DelegationLevel Level, string? HeadName, DateOnly StartsOn, DateOnly EndsOn,
    IReadOnlyList<string> Countries, int MemberCount, int ForeignVisitorCount);

public sealed record PartnerRef(int Id, string NameLatin, string? NameVietnamese, string Country);

public sealed record MemberDto(int Id, string Name, string? Title, string? Organisation, string Nationality,
    string? Email)
{
    public static MemberDto From(DelegationMember m) =>
        new(m.Id, m.Name, m.Title, m.Organisation, m.Nationality, m.Email);
}

public sealed record ItineraryDto(int Id, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, string Place,
    string Activity, string? Counterpart)
{
    public static ItineraryDto From(ItineraryItem i) =>
        new(i.Id, i.Date, i.StartTime, i.EndTime, i.Place, i.Activity, i.Counterpart);
}

public sealed record DelegationDto(int Id, string Province, DelegationDirection Direction, DelegationStatus Status,
    string Title, string? Purpose, DelegationLevel Level, string? HeadName, string? HeadTitle, string? HeadOrganisation,
    IReadOnlyList<PartnerRef> Partners, IReadOnlyList<string> Countries, DateOnly PlannedStart, DateOnly PlannedEnd,
    DateOnly? ActualStart, DateOnly? ActualEnd, DateOnly StartsOn, DateOnly EndsOn, string? Places,
    bool KeepsMemberList, int MemberCount, int ForeignVisitorCount, decimal? BudgetPlanned, decimal? BudgetSpent,
    string? DecisionNumber, DateOnly? DecisionDate, string? ApprovingAuthority, DateOnly? ReportDue,
    DateOnly? ReportedOn, string? Outcome, string? CancellationReason,
    IReadOnlyList<DelegationStatus> AllowedTransitions, IReadOnlyList<MemberDto> Members,
    IReadOnlyList<ItineraryDto> Itinerary, DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class DelegationQuery : PageRequest
{
    public DelegationDirection? Direction { get; set; }
    public DelegationStatus? Status { get; set; }
    public string? Country { get; set; }
    public int? PartnerId { get; set; }

    /// <summary>The delegation's start date (actual, else planned) is on or after this day.</summary>
    public DateOnly? From { get; set; }

    /// <summary>The delegation's start date is on or before this day.</summary>
    public DateOnly? To { get; set; }

    public string? Search { get; set; }

    /// <summary>start, title, status, updated; a leading '-' sorts descending. Default: latest first.</summary>
    public string? Sort { get; set; }
}

/// <summary>The delegation register's reads and writes, called by the API and the pages alike.</summary>
public sealed class DelegationService(AttacheDb db, IOptions<DelegationOptions> options, CurrentUser user,
    DelegationNotifications notifications, DelegationInvitations invitations) : IFeatureService
{
    private int ReportDueDays => options.Value.ReportDueDays;

    public async Task<Paged<DelegationRow>> ListAsync(DelegationQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        if (q.From is { } from && q.To is { } to && to < from)
        {
            throw InputValidation.Error("to", DelegationRules.EndBeforeStart);
        }

        var query = db.Set<Delegation>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(d => d.SearchText.Contains(term));
        }

        if (q.Direction is { } direction)
        {
            query = query.Where(d => d.Direction == direction);
        }

        if (q.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var country = q.Country.Trim().ToUpperInvariant();
            query = query.Where(d => d.Countries.Any(c => c.Country == country));
        }

        if (q.PartnerId is { } partnerId)
        {
            query = query.Where(d => d.Partners.Any(p => p.PartnerId == partnerId));
        }

        if (q.From is { } f)
        {
            query = query.Where(d => d.StartsOn >= f);
        }

        if (q.To is { } t)
        {
            query = query.Where(d => d.StartsOn <= t);
        }

        query = (q.Sort ?? "-start") switch
        {
            "start" => query.OrderBy(d => d.StartsOn).ThenBy(d => d.Id),
            "-start" => query.OrderByDescending(d => d.StartsOn).ThenByDescending(d => d.Id),
            "title" => query.OrderBy(d => d.Title).ThenBy(d => d.Id),
            "-title" => query.OrderByDescending(d => d.Title).ThenBy(d => d.Id),
            "status" => query.OrderBy(d => d.Status).ThenByDescending(d => d.StartsOn),
            "-status" => query.OrderByDescending(d => d.Status).ThenByDescending(d => d.StartsOn),
            "updated" => query.OrderBy(d => d.UpdatedAt).ThenBy(d => d.Id),
            "-updated" => query.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id),
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use start, title, status or updated, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    private static readonly Expression<Func<Delegation, DelegationRow>> Row = d => new DelegationRow(d.Id,
        d.Province!.Code, d.Direction, d.Status, d.Title, d.Level, d.HeadName, d.StartsOn, d.EndsOn,
        d.Countries.OrderBy(c => c.Id).Select(c => c.Country).ToList(), d.MemberCount, d.ForeignVisitorCount);

    public async Task<DelegationDto?> GetAsync(int id, CancellationToken ct)
    {
        var d = await db.Set<Delegation>().AsNoTracking().AsSplitQuery()
            .Include(x => x.Province).Include(x => x.Countries).Include(x => x.Partners).ThenInclude(p => p.Partner)
            .Include(x => x.Members).Include(x => x.Itinerary)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        var members = await Reception.MemberPrecedence.OrderAsync(db, d.Id, d.Members.OrderBy(m => m.Id), m => m.Id,
            ct);
        return new DelegationDto(
            Id: d.Id,
            Province: d.Province!.Code,
            Direction: d.Direction,
            Status: d.Status,
            Title: d.Title,
            Purpose: d.Purpose,
            Level: d.Level,
            HeadName: d.HeadName,
            HeadTitle: d.HeadTitle,
            HeadOrganisation: d.HeadOrganisation,
            Partners: [.. d.Partners.Where(p => p.Partner is not null).OrderBy(p => p.Id)
                .Select(p => new PartnerRef(p.PartnerId, p.Partner!.NameLatin, p.Partner.NameVietnamese,
                    p.Partner.Country))],
            Countries: [.. d.Countries.OrderBy(c => c.Id).Select(c => c.Country)],
            PlannedStart: d.PlannedStart,
            PlannedEnd: d.PlannedEnd,
            ActualStart: d.ActualStart,
            ActualEnd: d.ActualEnd,
            StartsOn: d.StartsOn,
            EndsOn: d.EndsOn,
            Places: d.Places,
            KeepsMemberList: d.KeepsMemberList,
            MemberCount: d.MemberCount,
            ForeignVisitorCount: d.ForeignVisitorCount,
            BudgetPlanned: d.BudgetPlanned,
            BudgetSpent: d.BudgetSpent,
            DecisionNumber: d.DecisionNumber,
            DecisionDate: d.DecisionDate,
            ApprovingAuthority: d.ApprovingAuthority,
            ReportDue: ReportDue(d, ReportDueDays),
            ReportedOn: d.ReportedOn,
            Outcome: d.Outcome,
            CancellationReason: d.CancellationReason,
            AllowedTransitions: Delegation.Lifecycle.Allowed(d.Status),
            Members: [.. members.Select(MemberDto.From)],
            Itinerary: [.. d.Itinerary.OrderBy(i => i.Date).ThenBy(i => i.StartTime).ThenBy(i => i.Id)
                .Select(ItineraryDto.From)],
            CreatedAt: d.CreatedAt,
            UpdatedAt: d.UpdatedAt,
            Version: d.Version);
    }

    /// <summary>Only an outbound delegation owes an outcome report, due a number of days after its return.</summary>
    public static DateOnly? ReportDue(Delegation d, int reportDueDays) =>
        d.Direction == DelegationDirection.Outbound
        && d.Status is DelegationStatus.Completed or DelegationStatus.Reported
            ? PlausibleDates.AddDays(d.EndsOn, reportDueDays)
            : null;

    /// <summary>The delegation as its edit form holds it; null when it is not in the province.</summary>
    public async Task<DelegationInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var delegation = await db.Set<Delegation>().AsNoTracking().Include(d => d.Countries).Include(d => d.Partners)
            .FirstOrDefaultAsync(d => d.Id == id, ct);
        return delegation is null ? null : DelegationInput.From(delegation);
    }

    /// <summary>A new delegation's form: received at department level, in a month's time, for three days.</summary>
    public DelegationInput NewInput()
    {
        var start = db.Clock.TodayInVietnam().AddDays(30);
        return new DelegationInput
        {
            Direction = DelegationDirection.Inbound,
            Level = DelegationLevel.Department,
            PlannedStart = start,
            PlannedEnd = start.AddDays(2),
        };
    }

    /// <summary>Creates (id null) or updates a delegation; bad input is a 400 problem, a stale version 409.</summary>
    public async Task<Delegation> SaveAsync(int? id, DelegationInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        Delegation delegation;
        if (id is null)
        {
            delegation = new Delegation { Title = "" };
            db.Add(delegation);
        }
        else
        {
            delegation = await db.Set<Delegation>().Include(d => d.Countries).Include(d => d.Partners)
                .Include(d => d.Members).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct)
                ?? throw NotFound(id.Value);
            db.CheckVersion(delegation, input.Version);
        }

        var before = (delegation.StartsOn, delegation.EndsOn, delegation.Places, delegation.Title, delegation.Purpose);

        var partnerIds = (input.PartnerIds ?? []).Distinct().ToList();
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Country }).ToListAsync(ct);
        if (partners.Count != partnerIds.Count)
        {
            var missing = partnerIds.Except(partners.Select(p => p.Id)).First();
            throw InputValidation.Error("partnerIds", $"There is no partner {missing} in this province.");
        }

        delegation.Direction = input.Direction!.Value;
        delegation.Title = input.Title!.Trim();
        delegation.Purpose = Clean(input.Purpose);
        delegation.Level = input.Level!.Value;
        delegation.HeadName = Clean(input.HeadName);
        delegation.HeadTitle = Clean(input.HeadTitle);
        delegation.HeadOrganisation = Clean(input.HeadOrganisation);
        delegation.Places = Clean(input.Places);
        delegation.BudgetPlanned = input.BudgetPlanned;
        delegation.BudgetSpent = input.BudgetSpent;
        delegation.Outcome = Clean(input.Outcome);
        var stayBefore = Reception.CostLineRules.Stay(delegation);
        delegation.Schedule(input.PlannedStart!.Value, input.PlannedEnd!.Value, input.ActualStart, input.ActualEnd);
        await Reception.CostLineService.RecheckAsync(db, delegation, stayBefore, ct);
        if (!delegation.KeepsMemberList)
        {
            var members = input.MemberCount ?? 0;
            var foreign = input.ForeignVisitorCount
                ?? (delegation.Direction == DelegationDirection.Inbound ? members : 0);
            if (foreign > members)
            {
                throw InputValidation.Error("foreignVisitorCount", DelegationRules.MoreVisitorsThanMembers);
            }

            delegation.EnterCounts(members, foreign);
        }

        // Countries named, else those of the partners: "which countries" is what the reports group by.
        var countries = (input.Countries ?? []).Select(c => c.Trim().ToUpperInvariant()).ToList();
        if (countries.Count == 0)
        {
            countries = [.. partners.Select(p => p.Country)];
        }

        SyncCountries(delegation, [.. countries.Distinct()]);
        SyncPartners(delegation, partnerIds);
        if (id is null)
        {
            // The Leaders' notification links to the new delegation: its id comes with the first save.
            await OutboxSave.SaveThenQueueAsync(db, () => notifications.SubmittedAsync(delegation, ct), ct);

            return delegation;
        }

        // Members who hold the invitation get what it says, changed, in their calendar.
        if (before != (delegation.StartsOn, delegation.EndsOn, delegation.Places, delegation.Title,
                delegation.Purpose))
        {
            await invitations.ChangedAsync(delegation, ct);
        }

        await db.SaveChangesAsync(ct);
        return delegation;
    }

    private static void SyncCountries(Delegation delegation, List<string> countries)
    {
        foreach (var gone in delegation.Countries.Where(c => !countries.Contains(c.Country)).ToList())
        {
            delegation.Countries.Remove(gone);
        }

        foreach (var code in countries.Where(c => delegation.Countries.All(x => x.Country != c)))
        {
            delegation.Countries.Add(new DelegationCountry { Country = code, ProvinceId = delegation.ProvinceId });
        }
    }

    private static void SyncPartners(Delegation delegation, List<int> partnerIds)
    {
        foreach (var gone in delegation.Partners.Where(p => !partnerIds.Contains(p.PartnerId)).ToList())
        {
            delegation.Partners.Remove(gone);
        }

        foreach (var partnerId in partnerIds.Where(p => delegation.Partners.All(x => x.PartnerId != p)))
        {
            delegation.Partners.Add(
                new DelegationPartner { PartnerId = partnerId, ProvinceId = delegation.ProvinceId });
        }
    }

    /// <summary>Moves a delegation along <see cref="Delegation.Lifecycle"/>: a move the table does not allow is a
    /// 409, an approval by someone without the Approve policy a 403.</summary>
    public async Task<Delegation> TransitionAsync(int id, DelegationTransition move, CancellationToken ct)
    {
        InputValidation.Check(move);
        var delegation = await db.Set<Delegation>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw NotFound(id);
        db.CheckVersion(delegation, move.Version, required: false);
        delegation.MoveTo(move, db.Clock.TodayInVietnam(), await user.MayApproveAsync());
        await Reception.CostLineService.RefuseUnapprovedAsync(db, id, move.To, ct);
        await notifications.DecidedAsync(delegation, ct);
        if (delegation.Status == DelegationStatus.Cancelled)
        {
            await invitations.ChangedAsync(delegation, ct); // METHOD:CANCEL to the members who hold it
        }

        await db.SaveChangesAsync(ct);
        return delegation;
    }

    /// <summary>Only a delegation that never took place (proposed or cancelled) may be deleted; the others are the
    /// record.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var delegation = await db.Set<Delegation>().Include(d => d.Countries).Include(d => d.Partners)
            .Include(d => d.Members).Include(d => d.Itinerary).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delegation is null)
        {
            return false;
        }

        if (delegation.Status is not (DelegationStatus.Proposed or DelegationStatus.Cancelled))
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, DelegationRules.PartOfTheRecord,
                delegation.Status);
        }

        db.Remove(delegation);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Outbound delegations back home for longer than the allowed days whose outcome report is still
    /// missing.</summary>
    public async Task<Paged<OverdueReport>> OverdueReportsAsync(PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        var today = db.Clock.TodayInVietnam();
        var rows = await db.Set<Delegation>().AsNoTracking()
            .Where(DelegationCounting.ReportOverdueOn(today, ReportDueDays))
            .OrderBy(d => d.EndsOn).ThenBy(d => d.Id)
            .Select(d => new { d.Id, Province = d.Province!.Code, d.Title, d.EndsOn })
            .ToPageAsync(page, ct);
        return new Paged<OverdueReport>(
            [.. rows.Items.Select(r => (Row: r, Due: PlausibleDates.AddDays(r.EndsOn, ReportDueDays)))
                .Select(x => new OverdueReport(x.Row.Id, x.Row.Province, x.Row.Title, x.Row.EndsOn, x.Due,
                    today.DayNumber - x.Due.DayNumber))],
            rows.Total, rows.Page, rows.PageSize);
    }

    internal static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no delegation {id}.");

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
