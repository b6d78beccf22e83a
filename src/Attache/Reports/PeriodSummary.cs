using System.Text.Json.Serialization;
using Attache.Consular;
using Attache.Infrastructure;

namespace Attache.Reports;

/// <summary>What the department did in a period, in one province or (province "all") nationwide: the figures of the
/// period report (issue 6), computed by the database. VND amounts are whole dong, summed as decimals so
/// that no stored value can overflow them; amounts in their own currency are exact decimals; percentages are rounded to
/// one place.</summary>
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

    /// <summary>The consular and foreigners' desk: counts only, each register's figures by its own rule
    /// (<c>GET /api/consular/stats</c> answers the same).</summary>
    public ConsularStats Consular { get; init; } = ConsularStats.Empty;

    /// <summary>Reception and protocol: receptions held, guests, interpreters' days, gifts, spending against the
    /// norms, trainings and staff by language (<see cref="ReceptionStats.Rules"/>).</summary>
    public ReceptionStats Reception { get; init; } = ReceptionStats.Empty;

    /// <summary>The same figures for the comparison period (without a comparison of its own), when one was asked
    /// for.</summary>
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
    IReadOnlyList<NamedCount> ByField,
    IReadOnlyList<CountItem> ByCountry)
{
    public static readonly AgreementSummary Empty = new(0, 0, [], [], []);
}
#pragma warning restore CA1720

/// <summary>A group of a GROUP BY: an enum name, an ISO country code…, and how many records it holds.</summary>
public sealed record CountItem(string Key, int Count);

/// <summary>A group keyed by a stable code (an agreement field's code) with its names in both languages.</summary>
public sealed record NamedCount(string Code, string NameVi, string NameEn, int Count);

/// <param name="ByKind">One entry per <c>AidKind</c> (OdaGrant, OdaLoan, PreferentialLoan, NonRefundableAid).</param>
/// <param name="BySector">Committed VND per OECD-DAC purpose code, with the sector's names in both languages.</param>
public sealed record AidSummary(IReadOnlyList<AidKindSummary> ByKind, decimal TotalCommittedVnd,
    IReadOnlyList<SectorAmount> BySector)
{
    public static readonly AidSummary Empty = new([], 0, []);

    /// <summary>The two groups the report's narrative speaks of (<see cref="AidKinds"/>): ODA and preferential loans
    /// (OdaGrant, OdaLoan, PreferentialLoan) and non-refundable aid (NonRefundableAid). The same figures as
    /// <see cref="ByKind"/>, added up per group; its <c>kind</c> is the group's name, never an
    /// <c>AidKind</c>.</summary>
    public IReadOnlyList<AidKindSummary> ByGroup { get; init; } = [];

    /// <summary>False when some amount had no exchange rate on or before its value date: the VND figures are then the
    /// sum of what converts (<see cref="Attache.Aid.AidMoney"/>) and <see cref="MissingRates"/> names what is left
    /// out.</summary>
    public bool Complete => MissingRates.Count == 0;

    /// <summary>The currencies and value dates without a rate, by currency then date.</summary>
    public IReadOnlyList<Attache.Aid.MissingRate> MissingRates { get; init; } = [];
}

/// <param name="Kind">An <c>AidKind</c> name in <see cref="AidSummary.ByKind"/>; a group name of <see cref="AidKinds"/>
/// in <see cref="AidSummary.ByGroup"/>.</param>
/// <param name="Committed">The committed amounts in their own currencies, one entry per currency.</param>
/// <param name="CommittedVnd">The committed amounts converted to VND at the project's rate.</param>
/// <param name="CompletedCommittedVnd">What the completed projects among them committed, in VND.</param>
public sealed record AidKindSummary(
    string Kind,
    int Projects,
    int CompletedProjects,
    int Donors,
    IReadOnlyList<MoneyAmount> Committed,
    decimal CommittedVnd,
    decimal CompletedCommittedVnd,
    decimal DisbursedVnd);

/// <param name="Amount">An exact decimal, written as a string ("52000000.5") so that no client reads it as a binary
/// floating-point number.</param>
public sealed record MoneyAmount(string Currency,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal Amount);

/// <summary>Committed VND (whole dong) of one OECD-DAC 5-digit purpose code, with its Vietnamese and English
/// names.</summary>
public sealed record SectorAmount(string Code, string NameVi, string NameEn, decimal Vnd);

public static class AidKinds
{
    /// <summary>ODA and preferential loans (vốn ODA và vốn vay ưu đãi).</summary>
    public const string Oda = "Oda";

    /// <summary>Non-refundable aid (viện trợ không hoàn lại), including foreign NGO aid.</summary>
    public const string NonRefundable = "NonRefundable";
}

/// <param name="PreviousStateRevenueVnd">The comparison period's revenue; null without a comparison.</param>
/// <param name="GrowthPercent">(current − previous) / previous × 100, one decimal; null when there is nothing to
/// compare.</param>
/// <param name="ShareOfProvinceRevenuePercent">The share of the province's total state revenue, one decimal; null when
/// unknown.</param>
public sealed record BorderSummary(
    decimal StateRevenueVnd,
    decimal? PreviousStateRevenueVnd,
    decimal? GrowthPercent,
    decimal? ShareOfProvinceRevenuePercent,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal TurnoverUsd,
    IReadOnlyList<GateEvent> GateEvents,
    IReadOnlyList<YearAmount> RevenuePerYear)
{
    public static readonly BorderSummary Empty = new(0, null, null, null, 0, [], []);
}

/// <param name="GateId">The border gate's id (<c>/api/border-gates/{id}</c>).</param>
/// <param name="GateVi">The gate pair as Vietnamese write it (Tà Lùng – Thủy Khẩu).</param>
/// <param name="GateEn">The gate pair in Latin script (Ta Lung – Shuikou).</param>
/// <param name="Event">A <c>GateEventKind</c> name.</param>
public sealed record GateEvent(DateOnly Date, int GateId, string GateVi, string GateEn, string Event)
{
    public string Gate(bool vietnamese) => vietnamese ? GateVi : GateEn;
}

public sealed record YearAmount(int Year, decimal Vnd);

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

    /// <summary>Of the workers sent, those still recorded abroad after their cohort's planned return date.</summary>
    public int PastReturnStillAbroad { get; init; }
}

/// <summary>The partner register of the province, as it stands (partners have no period).</summary>
public sealed record PartnerSummary(int Total, int Countries, IReadOnlyList<CountItem> ByKind,
    IReadOnlyList<CountItem> ByCountry);

/// <summary>The records behind one section's figures: column names and rows of typed cells (text, whole
/// numbers, decimals, dates) so a workbook can keep numbers as numbers.</summary>
public sealed record SectionRecords(ReportSection Section, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <param name="Plans">How many yearly plans the period's years have.</param>
public sealed record PlanSummary(int Plans, IReadOnlyList<PlanCategorySummary> ByCategory)
{
    public static readonly PlanSummary Empty = new(0, []);
}

/// <param name="Planned">The records the plan's items aim at (their targets); <paramref name="Done"/> those linked to
/// them, up to each target.</param>
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
    Consular,
    Reception,
}
