using Attache.Infrastructure;

namespace Attache.Notifications;

/// <summary>The kinds of notification a person can choose how to receive (preferences page). A rule that queues a
/// notification names one of these; its label is a resource key with its Vietnamese in SharedResource.vi.resx.</summary>
public static class NotificationKinds
{
    public const string DelegationSubmitted = "delegation-submitted";
    public const string DelegationDecided = "delegation-decided";
    public const string OutcomeReportDue = "outcome-report-due";
    public const string AgreementExpiring = "agreement-expiring";
    public const string AgreementInactive = "agreement-inactive";
    public const string PlanItemLate = "plan-item-late";
    public const string PermitExpiring = "permit-expiring";
    public const string ForeignReportOverdue = "foreign-report-overdue";
    public const string DossierDeadline = "dossier-deadline";
    public const string AbtcRenewal = "abtc-renewal";
    public const string WorkerNotReturned = "worker-not-returned";
    public const string CalendarInvitation = "calendar-invitation";
    public const string EnquiryReceived = "enquiry-received";

    /// <summary>Every kind with the words the preferences page shows.</summary>
    public static readonly IReadOnlyList<(string Kind, Term Label)> All =
    [
        (DelegationSubmitted, new("Notify.DelegationSubmitted", "A delegation waits for approval")),
        (DelegationDecided, new("Notify.DelegationDecided", "My delegation was approved or refused")),
        (OutcomeReportDue, new("Notify.OutcomeReportDue", "An outcome report is due or overdue")),
        (AgreementExpiring, new("Notify.AgreementExpiring", "An agreement expires in 90 or 30 days")),
        (AgreementInactive, new("Notify.AgreementInactive", "An agreement has been inactive for a year")),
        (PlanItemLate, new("Notify.PlanItemLate", "A plan item is late")),
        (PermitExpiring, new("Notify.PermitExpiring", "A foreign organisation's permit expires within 90 days")),
        (ForeignReportOverdue, new("Notify.ForeignReportOverdue", "A foreign organisation's report is overdue")),
        (DossierDeadline, new("Notify.DossierDeadline", "A dossier is near or past its legal deadline")),
        (AbtcRenewal, new("Notify.AbtcRenewal", "An APEC card is due for renewal")),
        (WorkerNotReturned, new("Notify.WorkerNotReturned", "A seasonal worker is past the return date")),
        (EnquiryReceived, new("Notify.EnquiryReceived", "An enquiry arrived through the public portal")),
    ];

    public static bool Exists(string kind) => All.Any(k => k.Kind == kind) || kind == CalendarInvitation;
}
