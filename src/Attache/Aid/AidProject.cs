using Attache.Infrastructure;
using Attache.Partners;

namespace Attache.Aid;

/// <summary>How the money comes. NonRefundableAid is aid outside ODA from foreign NGOs, embassies and funds
/// (Decree 80/2020/ND-CP); the other three are ODA and preferential loans (Decree 114/2021/ND-CP).</summary>
public enum AidKind
{
    OdaGrant,
    OdaLoan,
    PreferentialLoan,
    NonRefundableAid,
}

/// <summary>IATI ActivityStatus; the numbers are the IATI codes (checked against the official list by a
/// test).</summary>
public enum ActivityStatus
{
    Pipeline = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
    Suspended = 6,
}

/// <summary>IATI TransactionType; the numbers are the IATI codes.</summary>
public enum TransactionType
{
    IncomingFunds = 1,
    OutgoingCommitment = 2,
    Disbursement = 3,
    Expenditure = 4,
    InterestPayment = 5,
    LoanRepayment = 6,
    Reimbursement = 7,
    PurchaseOfEquity = 8,
    SaleOfEquity = 9,
    CreditGuarantee = 10,
    IncomingCommitment = 11,
    OutgoingPledge = 12,
    IncomingPledge = 13,
}

/// <summary>IATI OrganisationRole; the numbers are the IATI codes.</summary>
public enum ParticipantRole
{
    Funding = 1,
    Accountable = 2,
    Extending = 3,
    Implementing = 4,
}

/// <summary>An aid project: one IATI activity, with its money in the currency it came in.</summary>
public sealed class AidProject : ProvinceEntity, ISearchable
{
    /// <summary>The IATI identifier when the project has one (XM-DAC-41122-VN-…), else the department's own; unique per
    /// province.</summary>
    public required string Identifier { get; set; }
    public string? TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public AidKind Kind { get; set; }
    public ActivityStatus Status { get; set; }

    public DateOnly? PlannedStart { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public DateOnly? ActualEnd { get; set; }

    /// <summary>The approval decision (quyết định phê duyệt): number, date, and who signed it.</summary>
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionAuthority { get; set; }

    /// <summary>The currency of values that do not name one (IATI default-currency).</summary>
    public string DefaultCurrency { get; set; } = "VND";

    /// <summary>Hash of the IATI activity last imported into this project: the same file again changes
    /// nothing.</summary>
    public string? IatiFingerprint { get; set; }

    public List<AidParticipant> Participants { get; set; } = [];
    public List<AidSector> Sectors { get; set; } = [];
    public List<AidLocation> Locations { get; set; } = [];
    public List<AidTransaction> Transactions { get; set; } = [];
    public List<AidBudget> Budgets { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    /// <summary>The IATI lifecycle as the department follows it: a closed or cancelled project stays so, a suspended
    /// one resumes or is cancelled. Imports do not pass here: the donor's file is the record of its own
    /// activity.</summary>
    public static readonly Lifecycle<ActivityStatus> Lifecycle = new(new Term("RecordNoun.AidProject", "project"),
        new Dictionary<ActivityStatus, ActivityStatus[]>
        {
            [ActivityStatus.Pipeline] = [ActivityStatus.Implementation, ActivityStatus.Cancelled],
            [ActivityStatus.Implementation] =
                [ActivityStatus.Finalisation, ActivityStatus.Closed, ActivityStatus.Suspended,
                    ActivityStatus.Cancelled],
            [ActivityStatus.Suspended] = [ActivityStatus.Implementation, ActivityStatus.Cancelled],
            [ActivityStatus.Finalisation] = [ActivityStatus.Closed, ActivityStatus.Implementation],
            [ActivityStatus.Closed] = [],
            [ActivityStatus.Cancelled] = [],
        });

    public string Title(bool vietnamese) => (vietnamese ? TitleVi ?? TitleEn : TitleEn ?? TitleVi) ?? Identifier;

    /// <summary>Finalisation means the work is done and only the accounts are open: the department counts it as
    /// completed.</summary>
    public static bool IsCompleted(ActivityStatus status) =>
        status is ActivityStatus.Finalisation or ActivityStatus.Closed;

    public IEnumerable<string?> SearchTerms() => [Identifier, TitleVi, TitleEn, DecisionNumber];
}

/// <summary>A donor, funder, extending or implementing organisation of a project.</summary>
public sealed class AidParticipant : ProvinceEntity, IAuditChild
{
    public int AidProjectId { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public ParticipantRole Role { get; set; }

    /// <summary>The IATI organisation identifier (GB-CHC-202918, XM-DAC-41122) when known.</summary>
    public string? OrganisationRef { get; set; }

    /// <summary>IATI OrganisationType code (10 government, 21 international NGO, 40 multilateral…).</summary>
    public string? OrganisationType { get; set; }

    public (string Entity, int Id) AuditParent => ("aidProject", AidProjectId);
}

/// <summary>An OECD-DAC 5-digit purpose code and its share of the project; a project's shares sum to 100.</summary>
public sealed class AidSector : ProvinceEntity, IAuditChild
{
    public int AidProjectId { get; set; }
    public required string Code { get; set; }
    public decimal Percentage { get; set; }

    public (string Entity, int Id) AuditParent => ("aidProject", AidProjectId);
}

/// <summary>Where the project works: a commune of the province (as text; two-tier local government since July
/// 2025).</summary>
public sealed class AidLocation : ProvinceEntity, IAuditChild
{
    public int AidProjectId { get; set; }
    public required string Commune { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public (string Entity, int Id) AuditParent => ("aidProject", AidProjectId);
}

/// <summary>Money that moved or was promised, in its own currency; the VND equivalent is computed, never
/// stored.</summary>
public sealed class AidTransaction : ProvinceEntity, IAuditChild
{
    public int AidProjectId { get; set; }
    public AidProject? Project { get; set; }
    public TransactionType Type { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The date the value is converted at (IATI value/@value-date); usually the transaction date.</summary>
    public DateOnly ValueDate { get; set; }
    public decimal Value { get; set; }
    public required string Currency { get; set; }
    public string? Description { get; set; }

    public int? ProviderPartnerId { get; set; }
    public Partner? ProviderPartner { get; set; }
    public string? ProviderName { get; set; }
    public string? ProviderRef { get; set; }
    public string? ReceiverName { get; set; }
    public string? ReceiverRef { get; set; }

    public Money Money => new(Value, Currency);

    public (string Entity, int Id) AuditParent => ("aidProject", AidProjectId);

    /// <summary>What the province was promised: the donor reports an outgoing commitment, the province an incoming
    /// one.</summary>
    public static readonly TransactionType[] Commitments = [TransactionType.IncomingCommitment,
        TransactionType.OutgoingCommitment];

    /// <summary>What arrived: the donor's disbursement is the province's incoming funds.</summary>
    public static readonly TransactionType[] Disbursements = [TransactionType.Disbursement,
        TransactionType.IncomingFunds];
}

/// <summary>A planned amount for one period (IATI budget).</summary>
public sealed class AidBudget : ProvinceEntity, IAuditChild
{
    public int AidProjectId { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public decimal Value { get; set; }
    public required string Currency { get; set; }

    /// <summary>Revised (IATI BudgetType 2) rather than original (1).</summary>
    public bool Revised { get; set; }

    public (string Entity, int Id) AuditParent => ("aidProject", AidProjectId);
}

/// <summary>An amount in a currency. VND has no minor unit, so VND amounts are whole numbers.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount:0.##} {Currency}";
}
