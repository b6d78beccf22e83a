namespace Attache.Reports;

/// <summary>What the department did in a period, in one province or (province "all") nationwide: the figures of the
/// period report (issue 6), computed by the database. VND amounts are whole dong (<see cref="long"/>); amounts in
/// their own currency are exact decimals; percentages are rounded to one place.</summary>
public sealed record PeriodSummary(
    string Province,
    string ProvinceNameVi,
    string ProvinceNameEn,
    DateOnly From,
    DateOnly To,
    DateOnly? CompareFrom,
    DateOnly? CompareTo,
    DateTime GeneratedAt,
    DelegationSummary Delegations,
    AgreementSummary Agreements,
    AidSummary Aid,
    BorderSummary Borders,
    TwinningSummary Twinnings,
    EventSummary Events,
    LabourSummary Labour,
    PartnerSummary Partners,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The yearly foreign-affairs plans of the period's years: planned against done, by category.</summary>
    public PlanSummary Plan { get; init; } = PlanSummary.Empty;

    /// <summary>The same figures for the comparison period (without a comparison of its own), when one was asked for.</summary>
    public PeriodSummary? Previous { get; init; }

    /// <summary>For province "all": one summary per province; this summary is then the national total.</summary>
    public IReadOnlyList<PeriodSummary>? Provinces { get; init; }

    /// <summary>The records behind the figures, a list per section, for the workbook and for checking.</summary>
    public IReadOnlyList<SectionRecords> Records { get; init; } = [];

    /// <summary>Per section (its name in this JSON), the API address with the query that lists the records its
    /// figures count: <c>GET /api/reports/records?section=…&amp;province=…&amp;from=…&amp;to=…</c>.</summary>
    public IReadOnlyDictionary<string, string> DrillThrough { get; init; } = new Dictionary<string, string>();

    public const string All = "all";

    public bool IsNational => Province == All;

    public string ProvinceName(bool vietnamese) => vietnamese ? ProvinceNameVi : ProvinceNameEn;
}

public sealed record DelegationSummary(
    InboundDelegations Inbound,
    OutboundDelegations Outbound,
    IReadOnlyList<CountryDelegations> ByCountry,
    IReadOnlyList<YearDelegations> PerYear)
{
    public static readonly DelegationSummary Empty = new(new(0, 0), new(0, 0), [], []);
}

public sealed record InboundDelegations(int Count, int ForeignVisitors);

public sealed record OutboundDelegations(int Count, int Members);

/// <param name="Country">ISO 3166-1 alpha-2.</param>
public sealed record CountryDelegations(string Country, int Inbound, int Outbound);

public sealed record YearDelegations(int Year, int Inbound, int Outbound);

#pragma warning disable CA1720 // "signed" is the agreements figure issue 6 names in the JSON, not a type name.
public sealed record AgreementSummary(
    int Signed,
    int InForce,
    IReadOnlyList<CountItem> ByKind,
    IReadOnlyList<CountItem> ByField,
    IReadOnlyList<CountItem> ByCountry)
{
    public static readonly AgreementSummary Empty = new(0, 0, [], [], []);
}
#pragma warning restore CA1720

/// <summary>A group of a GROUP BY: an enum name, a field, an ISO country code…, and how many records it holds.</summary>
public sealed record CountItem(string Key, int Count);

public sealed record AidSummary(IReadOnlyList<AidKindSummary> ByKind, long TotalCommittedVnd, IReadOnlyList<AmountItem> BySector)
{
    public static readonly AidSummary Empty = new([], 0, []);
}

/// <param name="Kind">An aid kind name; <see cref="AidKinds"/> names the two the narrative knows.</param>
/// <param name="Committed">The committed amounts in their own currencies, one entry per currency.</param>
/// <param name="CommittedVnd">The committed amounts converted to VND at the project's rate.</param>
/// <param name="CompletedCommittedVnd">What the completed projects among them committed, in VND.</param>
public sealed record AidKindSummary(
    string Kind,
    int Projects,
    int CompletedProjects,
    int Donors,
    IReadOnlyList<MoneyAmount> Committed,
    long CommittedVnd,
    long CompletedCommittedVnd,
    long DisbursedVnd);

public sealed record MoneyAmount(string Currency, decimal Amount);

/// <summary>An amount in VND per key (an aid kind, a sector).</summary>
public sealed record AmountItem(string Key, long Vnd);

public static class AidKinds
{
    /// <summary>ODA and preferential loans (vốn ODA và vốn vay ưu đãi).</summary>
    public const string Oda = "Oda";

    /// <summary>Non-refundable aid (viện trợ không hoàn lại), including foreign NGO aid.</summary>
    public const string NonRefundable = "NonRefundable";
}

/// <param name="PreviousStateRevenueVnd">The comparison period's revenue; null without a comparison.</param>
/// <param name="GrowthPercent">(current − previous) / previous × 100, one decimal; null when there is nothing to compare.</param>
/// <param name="ShareOfProvinceRevenuePercent">The share of the province's total state revenue, one decimal; null when unknown.</param>
public sealed record BorderSummary(
    long StateRevenueVnd,
    long? PreviousStateRevenueVnd,
    decimal? GrowthPercent,
    decimal? ShareOfProvinceRevenuePercent,
    decimal TurnoverUsd,
    IReadOnlyList<GateEvent> GateEvents,
    IReadOnlyList<YearAmount> RevenuePerYear)
{
    public static readonly BorderSummary Empty = new(0, null, null, null, 0, [], []);
}

public sealed record GateEvent(DateOnly Date, string Gate, string Event);

public sealed record YearAmount(int Year, long Vnd);

public sealed record TwinningSummary(int Active, int SignedInPeriod)
{
    public static readonly TwinningSummary Empty = new(0, 0);
}

public sealed record EventSummary(IReadOnlyList<EventKindSummary> ByKind, int PressDelegations, int MediaItems)
{
    public static readonly EventSummary Empty = new([], 0, 0);
}

/// <param name="Kind">An event kind name; <see cref="EventKinds"/> names those the narrative knows.</param>
public sealed record EventKindSummary(string Kind, int Count, int Participants, int ForeignParticipants);

public static class EventKinds
{
    public const string PeopleToPeople = "PeopleToPeopleExchange";
    public const string TradePromotion = "TradePromotion";
    public const string CulturalExchange = "CulturalExchange";
    public const string Conference = "Conference";
}

public sealed record LabourSummary(int WorkersSent, int Returned, int DidNotReturn)
{
    public static readonly LabourSummary Empty = new(0, 0, 0);
}

/// <summary>The partner register of the province, as it stands (partners have no period).</summary>
public sealed record PartnerSummary(int Total, int Countries, IReadOnlyList<CountItem> ByKind, IReadOnlyList<CountItem> ByCountry);

/// <summary>The records behind one section's figures: column names and rows of typed cells (text, whole
/// numbers, decimals, dates) so a workbook can keep numbers as numbers.</summary>
public sealed record SectionRecords(ReportSection Section, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <param name="Plans">How many yearly plans the period's years have.</param>
public sealed record PlanSummary(int Plans, IReadOnlyList<PlanCategorySummary> ByCategory)
{
    public static readonly PlanSummary Empty = new(0, []);
}

/// <param name="Planned">The records the plan's items aim at (their targets); <paramref name="Done"/> those linked to them, up to each target.</param>
public sealed record PlanCategorySummary(string Category, int PlannedItems, int DoneItems, int Planned, int Done);

public enum ReportSection
{
    Partners,
    Delegations,
    Agreements,
    Aid,
    Borders,
    Twinnings,
    Events,
    Labour,
    Plan,
}
