using System.Linq.Expressions;

namespace Attache.Foreigners;

/// <summary>The two reminders of the foreign organisations, one rule each, for the list filters, the detail page and
/// the home page's "needs attention" alike. A closed organisation owes nothing any more.</summary>
public static class ForeignOrganisationDates
{
    /// <summary>How far ahead a permit's end is a reminder.</summary>
    public const int PermitWarningDays = 90;

    /// <summary>The organisations still working (not closed) whose permit ends within
    /// <see cref="PermitWarningDays"/> days of <paramref name="today"/>, or has already ended.</summary>
    public static Expression<Func<ForeignOrganisation, bool>> PermitExpiringOn(DateOnly today)
    {
        var limit = today.AddDays(PermitWarningDays);
        return o => o.Status != ForeignOrganisationStatus.Closed && o.PermitValidTo != null
            && o.PermitValidTo <= limit;
    }

    /// <summary>A report is overdue when it has not been received and its due day has passed.</summary>
    public static bool IsOverdue(this ForeignOrganisationReport report, DateOnly today) =>
        report.ReceivedOn is null && report.DueOn < today;

    /// <summary>The organisations still working with at least one overdue report.</summary>
    public static Expression<Func<ForeignOrganisation, bool>> ReportOverdueOn(DateOnly today) =>
        o => o.Status != ForeignOrganisationStatus.Closed
            && o.Reports.Any(r => r.ReceivedOn == null && r.DueOn < today);
}
