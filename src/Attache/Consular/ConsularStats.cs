using Attache.Accounts;
using Attache.Dossiers;
using Attache.Foreigners;
using Attache.Infrastructure;

namespace Attache.Consular;

/// <summary>The figures of the consular and foreigners' desk for a period, counts only (no person is named): the
/// answer of <c>GET /api/consular/stats</c> and the consular section of the period report. Each register's figures
/// come from its own stats class.</summary>
/// <param name="From">The period's first day (1900-01-01 when the query leaves it open).</param>
/// <param name="To">The period's last day (today when the query leaves it open): the day the "at the end" figures
/// are counted on.</param>
public sealed record ConsularStats(DateOnly From, DateOnly To, ForeignOrganisationStats Organisations,
    ForeignerVisitStats Visits, ForeignerIncidentStats Incidents, CitizenCaseStats CitizenCases,
    BorderHandoverStats Handovers, DossierStats Dossiers)
{
    public static readonly ConsularStats Empty = new(default, default, ForeignOrganisationStats.Empty,
        ForeignerVisitStats.Empty, ForeignerIncidentStats.Empty, CitizenCaseStats.Empty, BorderHandoverStats.Empty,
        DossierStats.Empty);

    /// <summary>True when no register of the desk has a figure in the period.</summary>
    public bool IsEmpty => Organisations.Active + Organisations.PermitsIssued + Organisations.PermitsExpiring
        + Visits.Visits + Incidents.Incidents + CitizenCases.Opened + CitizenCases.Closed + Handovers.Handovers
        + Dossiers.Received + Dossiers.HandledWithinDeadline + Dossiers.HandledBeyondDeadline
        + Dossiers.OverdueAtEnd == 0;

    /// <summary>The figures of [from, to] (either end open) in the provinces the tenant filter lets through.</summary>
    public static async Task<ConsularStats> ComputeAsync(AttacheDb db, DateOnly? from, DateOnly? to,
        CancellationToken ct)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw InputValidation.Error("to", "The end of the period is before its start.");
        }

        var start = from ?? PlausibleDates.Min;
        var end = to ?? db.Clock.TodayInVietnam();
        if (start > end)
        {
            throw InputValidation.Error("from", "The end of the period is before its start.");
        }

        return new ConsularStats(start, end,
            await ForeignOrganisationStats.ComputeAsync(db, start, end, ct),
            await ForeignerVisitStats.ComputeAsync(db, start, end, ct),
            await ForeignerIncidentStats.ComputeAsync(db, start, end, ct),
            await CitizenCaseStats.ComputeAsync(db, start, end, ct),
            await BorderHandoverStats.ComputeAsync(db, start, end, ct),
            await DossierStats.ComputeAsync(db, start, end, ct));
    }

    /// <summary>Every figure's rule, as the API contract states it.</summary>
    public static string Rules => string.Join(" ", ForeignerCounting.ActiveRule, ForeignerCounting.PermitRule,
        ForeignerCounting.VisitRule, ForeignerCounting.IncidentRule, ConsularCounting.CaseRule,
        ConsularCounting.HandoverRule, DossierStats.Rule);
}

public sealed class ConsularStatsEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/consular/stats", (AttacheDb db, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                ConsularStats.ComputeAsync(db, from, to, ct))
            .WithTags("Consular").RequireAuthorization(Policies.Read)
            .WithName("ConsularStats").WithSummary("Consular and foreigners' desk figures for a period")
            .WithDescription("Counts only, never a person: foreign organisations active and their permits, "
                + "foreigners' visits by nationality, incidents by kind with the median days to consular "
                + "notification, citizen protection cases by country and kind, citizens received at each border gate, "
                + "dossiers and their deadlines, for the period from..to (either end open: from the first record, to "
                + "today; to before from is a 400 naming it). " + ConsularStats.Rules);
        return app;
    }
}
