using Attache.Consular;
using Attache.Foreigners;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Attache.Tests.Foreigners;

/// <summary>The lifecycle tables of the foreign organisations and the incidents, and the day counts of a case, on
/// their own, without a database.</summary>
public sealed class ForeignersRuleTests
{
    private static readonly Dictionary<ForeignOrganisationStatus, ForeignOrganisationStatus[]> Organisation = new()
    {
        [ForeignOrganisationStatus.Active] = [ForeignOrganisationStatus.Suspended, ForeignOrganisationStatus.Closed],
        [ForeignOrganisationStatus.Suspended] = [ForeignOrganisationStatus.Active, ForeignOrganisationStatus.Closed],
        [ForeignOrganisationStatus.Closed] = [],
    };

    public static TheoryData<ForeignOrganisationStatus, ForeignOrganisationStatus> OrganisationMoves() =>
        [.. from f in Enum.GetValues<ForeignOrganisationStatus>() from t in Enum.GetValues<ForeignOrganisationStatus>()
            select (f, t)];

    [Theory]
    [MemberData(nameof(OrganisationMoves))]
    public void An_organisation_moves_exactly_as_the_table_says(ForeignOrganisationStatus from,
        ForeignOrganisationStatus to)
    {
        if (Organisation[from].Contains(to))
        {
            ForeignOrganisation.Lifecycle.Check(from, to, mayApprove: false);
            return;
        }

        var refusal = Assert.Throws<ProblemException>(() => ForeignOrganisation.Lifecycle.Check(from, to, false));
        Assert.Equal(StatusCodes.Status409Conflict, refusal.Status);
    }

    [Theory]
    [InlineData(CaseStatus.Open, CaseStatus.Closed, true)]
    [InlineData(CaseStatus.Open, CaseStatus.Open, false)]
    [InlineData(CaseStatus.Closed, CaseStatus.Open, false)]
    [InlineData(CaseStatus.Closed, CaseStatus.Closed, false)]
    public void An_incident_only_closes_and_a_closed_case_is_final(CaseStatus from, CaseStatus to, bool allowed)
    {
        Assert.Equal(allowed, ForeignerIncident.Lifecycle.Allowed(from).Contains(to));
        Assert.Equal(from == CaseStatus.Closed, ForeignerIncident.Lifecycle.IsFinal(from));
        Assert.False(ForeignerIncident.Lifecycle.NeedsApprover(to));
        if (!allowed)
        {
            Assert.Equal(StatusCodes.Status409Conflict, Assert.Throws<ProblemException>(
                () => ForeignerIncident.Lifecycle.Check(from, to, mayApprove: true)).Status);
        }
    }

    [Theory]
    [InlineData("2026-11-24", null, "2026-11-30", 6)]
    [InlineData("2026-11-24", "2026-11-28", "2026-12-31", 4)]
    [InlineData("2026-11-30", null, "2026-11-30", 0)]
    [InlineData("2026-12-02", null, "2026-11-30", 0)]
    public void A_case_is_open_from_its_report_to_its_closing_or_today(string reported, string? closed, string today,
        int days) =>
        Assert.Equal(days, IncidentDays.Open(DateOnly.Parse(reported), closed is null ? null : DateOnly.Parse(closed),
            DateOnly.Parse(today)));

    [Theory]
    [InlineData("2026-11-24", null, null)]
    [InlineData("2026-11-24", "2026-11-24", 0)]
    [InlineData("2026-11-24", "2026-11-27", 3)]
    [InlineData("2026-11-24", "2026-11-23", 0)]
    public void The_notification_counts_from_the_report(string reported, string? notified, int? days) =>
        Assert.Equal(days, IncidentDays.ToNotification(DateOnly.Parse(reported),
            notified is null ? null : DateOnly.Parse(notified)));

    [Fact]
    public void A_report_is_overdue_only_when_not_received_after_its_due_day()
    {
        var today = new DateOnly(2026, 11, 30);
        ForeignOrganisationReport Report(DateOnly due, DateOnly? received) =>
            new() { Title = "R", DueOn = due, ReceivedOn = received };
        Assert.True(Report(today.AddDays(-1), null).IsOverdue(today));
        Assert.False(Report(today, null).IsOverdue(today));
        Assert.False(Report(today.AddDays(-30), today.AddDays(-2)).IsOverdue(today));
    }

    [Fact]
    public void A_permit_is_a_reminder_from_90_days_before_its_end_unless_the_organisation_closed()
    {
        var today = new DateOnly(2026, 11, 30);
        var rule = ForeignOrganisationDates.PermitExpiringOn(today).Compile();
        ForeignOrganisation Org(DateOnly? to, ForeignOrganisationStatus status = ForeignOrganisationStatus.Active) =>
            new() { Name = "N", Country = "GB", PermitValidTo = to, Status = status };
        Assert.True(rule(Org(today.AddDays(90))));
        Assert.True(rule(Org(today.AddDays(-10))));
        Assert.True(rule(Org(today.AddDays(10), ForeignOrganisationStatus.Suspended)));
        Assert.False(rule(Org(today.AddDays(91))));
        Assert.False(rule(Org(null)));
        Assert.False(rule(Org(today.AddDays(10), ForeignOrganisationStatus.Closed)));
    }
}
