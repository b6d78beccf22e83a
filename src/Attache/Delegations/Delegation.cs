using Attache.Infrastructure;
using Attache.Partners;

namespace Attache.Delegations;

/// <summary>Đoàn vào (received by the province) or đoàn ra (sent abroad).</summary>
public enum DelegationDirection
{
    Inbound,
    Outbound,
}

/// <summary>Who leads the delegation, the level the approval rules and protocol follow.</summary>
public enum DelegationLevel
{
    PartySecretary,
    PeoplesCommitteeChair,
    PeoplesCommitteeViceChair,
    Department,
    Commune,
    Other,
}

public enum DelegationStatus
{
    Proposed,
    Approved,
    UnderWay,
    Completed,
    Reported,
    Cancelled,
}

/// <summary>A delegation received or sent by the province, from proposal to outcome report.</summary>
public sealed class Delegation : ProvinceEntity, ISearchable
{
    /// <summary>Proposed → Approved → UnderWay → Completed → Reported, or Cancelled before Completed; only a leader
    /// approves.</summary>
    public static readonly Lifecycle<DelegationStatus> Lifecycle = new(
        new Term("RecordNoun.Delegation", "delegation"),
        new Dictionary<DelegationStatus, DelegationStatus[]>
        {
            [DelegationStatus.Proposed] = [DelegationStatus.Approved, DelegationStatus.Cancelled],
            [DelegationStatus.Approved] = [DelegationStatus.UnderWay, DelegationStatus.Cancelled],
            [DelegationStatus.UnderWay] = [DelegationStatus.Completed, DelegationStatus.Cancelled],
            [DelegationStatus.Completed] = [DelegationStatus.Reported],
            [DelegationStatus.Reported] = [],
            [DelegationStatus.Cancelled] = [],
        },
        DelegationStatus.Approved);

    public DelegationDirection Direction { get; set; }
    public required string Title { get; set; }
    public string? Purpose { get; set; }
    public DelegationLevel Level { get; set; }
    public DelegationStatus Status { get; private set; } = DelegationStatus.Proposed;

    public string? HeadName { get; set; }
    public string? HeadTitle { get; set; }
    public string? HeadOrganisation { get; set; }

    public DateOnly PlannedStart { get; set; }
    public DateOnly PlannedEnd { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? ActualEnd { get; set; }

    /// <summary>The actual dates once known, else the planned ones: what lists, filters, stats and the
    /// calendar use. Kept in columns so the database can filter and group by them.</summary>
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    /// <summary>Places visited or where the guests were received, as written in the programme.</summary>
    public string? Places { get; set; }

    /// <summary>VND; no minor unit.</summary>
    public decimal? BudgetPlanned { get; set; }
    public decimal? BudgetSpent { get; set; }

    /// <summary>True when the names of the members are kept; the counts are then derived from them.</summary>
    public bool KeepsMemberList { get; private set; }
    public int MemberCount { get; private set; }

    /// <summary>Members of foreign nationality: the figure the period reports quote for inbound delegations.</summary>
    public int ForeignVisitorCount { get; private set; }

    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public string? ApprovingAuthority { get; private set; }
    public DateOnly? ReportedOn { get; private set; }
    public string? Outcome { get; set; }
    public string? CancellationReason { get; private set; }

    /// <summary>The SEQUENCE of the last calendar invitation sent to the members (RFC 5546): null before the first,
    /// raised by each update or cancellation so that calendars replace the event they hold.</summary>
    public int? InvitationSequence { get; set; }

    public List<DelegationCountry> Countries { get; set; } = [];
    public List<DelegationPartner> Partners { get; set; } = [];
    public List<DelegationMember> Members { get; set; } = [];
    public List<ItineraryItem> Itinerary { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() =>
        [Title, Purpose, HeadName, HeadOrganisation, Places, DecisionNumber];

    /// <summary>Sets the planned and actual dates; the caller has checked them
    /// (<see cref="DelegationRules"/>).</summary>
    public void Schedule(DateOnly plannedStart, DateOnly plannedEnd, DateOnly? actualStart, DateOnly? actualEnd)
    {
        PlannedStart = plannedStart;
        PlannedEnd = plannedEnd;
        ActualStart = actualStart;
        ActualEnd = actualEnd;
        StartsOn = actualStart ?? plannedStart;
        EndsOn = actualEnd ?? (actualStart is { } s && s > plannedEnd ? s : plannedEnd);
    }

    /// <summary>Counts entered by hand, for delegations whose member list is not kept.</summary>
    public void EnterCounts(int members, int foreignVisitors)
    {
        KeepsMemberList = false;
        MemberCount = members;
        ForeignVisitorCount = foreignVisitors;
    }

    /// <summary>Recounts from the member list once it is kept; a foreign visitor is a member whose nationality is
    /// not Vietnamese.</summary>
    public void CountMembers()
    {
        if (Members.Count == 0 && !KeepsMemberList)
        {
            return;
        }

        KeepsMemberList = Members.Count > 0;
        MemberCount = Members.Count;
        ForeignVisitorCount =
            Members.Count(m => !string.Equals(m.Nationality, "VN", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The one place where the lifecycle moves: refuses what <see cref="Lifecycle"/> refuses (409 naming
    /// the allowed moves, 403 for an approval without <paramref name="mayApprove"/>) and records what each step
    /// needs (decision, dates, report).</summary>
    public void MoveTo(DelegationTransition move, DateOnly today, bool mayApprove)
    {
        var to = move.To ?? throw ProblemException.Validation("to", Infrastructure.Messages.Required);
        Lifecycle.Check(Status, to, mayApprove);

        switch (to)
        {
            case DelegationStatus.Approved:
                // The approval is a decision of a competent authority: without its number, date and author it is
                // not one.
                Require(move.DecisionNumber, "decisionNumber");
                Require(move.ApprovingAuthority, "approvingAuthority");
                DecisionDate = move.DecisionDate
                    ?? throw ProblemException.Validation("decisionDate", Infrastructure.Messages.Required);
                DecisionNumber = move.DecisionNumber!.Trim();
                ApprovingAuthority = move.ApprovingAuthority!.Trim();
                break;
            case DelegationStatus.UnderWay:
                var start = move.ActualStart ?? ActualStart ?? PlannedStart;
                Schedule(PlannedStart, PlannedEnd, start, ActualEnd is { } e && e >= start ? e : null);
                break;
            case DelegationStatus.Completed:
                var end = move.ActualEnd ?? ActualEnd ?? PlannedEnd;
                if (end < (ActualStart ?? PlannedStart))
                {
                    throw ProblemException.Validation("actualEnd", DelegationRules.EndBeforeStart);
                }

                Schedule(PlannedStart, PlannedEnd, ActualStart ?? PlannedStart, end);
                break;
            case DelegationStatus.Reported:
                var reported = move.ReportedOn ?? today;
                if (reported < EndsOn)
                {
                    throw ProblemException.Validation("reportedOn", DelegationRules.ReportBeforeReturn);
                }

                ReportedOn = reported;
                if (!string.IsNullOrWhiteSpace(move.Outcome))
                {
                    Outcome = move.Outcome.Trim();
                }

                break;
            case DelegationStatus.Cancelled:
                // A cancellation is explained to the partner and in the report: it is not recorded without a reason.
                Require(move.Reason, "reason");
                CancellationReason = move.Reason!.Trim();
                break;
        }

        Status = to;
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ProblemException.Validation(field, Infrastructure.Messages.Required);
        }
    }
}

public sealed class DelegationCountry : ProvinceEntity, IAuditChild
{
    public int DelegationId { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

public sealed class DelegationPartner : ProvinceEntity, IAuditChild
{
    public int DelegationId { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

/// <summary>A member of a delegation: personal data, kept only when the department keeps the list.</summary>
public sealed class DelegationMember : ProvinceEntity, IAuditChild
{
    public int DelegationId { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Organisation { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Nationality { get; set; }

    /// <summary>Where the delegation's calendar invitation goes; none is sent to a member without one.</summary>
    public string? Email { get; set; }

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

/// <summary>One line of the programme: when, where, what, with whom.</summary>
public sealed class ItineraryItem : ProvinceEntity, IAuditChild
{
    public int DelegationId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public required string Place { get; set; }
    public required string Activity { get; set; }
    public string? Counterpart { get; set; }

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}
