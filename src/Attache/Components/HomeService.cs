using Attache.Agreements;
using Attache.Aid;
using Attache.Calendar;
using Attache.Delegations;
using Attache.Dossiers;
using Attache.Events;
using Attache.Foreigners;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Components;

/// <summary>A figure of the home page: this year so far against the same part of last year (none when the record
/// has no date of its own). <see cref="Label"/> is a resource key.</summary>
public sealed record HomeCard(string Label, int Current, int? Previous, string Link);

/// <summary>What the home page shows: whose department it is, the year's figures, what comes up in the next 60
/// days and the delegations waiting for approval.</summary>
public sealed record HomeSummary(string? ProvinceName, int Year, IReadOnlyList<HomeCard> Cards,
    IReadOnlyList<CalendarEntry> Upcoming, Paged<DelegationRow> Waiting);

/// <summary>Records whose recorded status their dates contradict. <see cref="Text"/> is a resource key with the
/// count as {0}.</summary>
public sealed record AttentionItem(string Text, int Count, string Link);

/// <summary>The home page's figures and reminders, each counted by the rule of its feature.</summary>
public sealed class HomeService(AttacheDb db, Tenant tenant, IServiceScopeFactory scopes,
    CalendarService calendar, DelegationService delegations) : IFeatureService
{
    /// <summary>The page's figures; the province's name in the reader's language, null for a national user.</summary>
    public async Task<HomeSummary> SummaryAsync(CancellationToken ct)
    {
        var today = db.Clock.TodayInVietnam();
        var year = today.Year;
        var provinceName = tenant.ProvinceId is { } id
            ? await db.Provinces.Where(p => p.Id == id)
                .Select(p => Localization.IsVietnamese ? p.NameVi : p.NameEn).FirstAsync(ct)
            : null;

        // The same period of last year, so that November is compared with January–November.
        var start = new DateOnly(year, 1, 1);
        var startBefore = new DateOnly(year - 1, 1, 1);
        var todayBefore = today.AddYears(-1);
        var current = await DelegationStats.ComputeAsync(db, start, today, ct);
        var previous = await DelegationStats.ComputeAsync(db, startBefore, todayBefore, ct);
        var partnersNow = await db.Set<Partner>().CountAsync(ct);
        // The calendar's own sources: delegations and events (programme items stay on the calendar page).
        var upcoming = (await calendar.EntriesAsync(today, today.AddDays(60), ct))
            .Where(e => e.Kind is "delegation" or "event" && e.Status != nameof(DelegationStatus.Cancelled))
            .Take(12).ToList();
        var agreementsNow = await AgreementStats.ComputeAsync(db,
            new AgreementStatsQuery { From = start, To = today }, ct);
        var agreementsThen = await AgreementStats.ComputeAsync(db,
            new AgreementStatsQuery { From = startBefore, To = todayBefore }, ct);
        var eventsNow = await EventStats.ComputeAsync(db, start, today, ct);
        var eventsThen = await EventStats.ComputeAsync(db, startBefore, todayBefore, ct);
        var waiting = await delegations.ListAsync(
            new DelegationQuery { Status = DelegationStatus.Proposed, Sort = "start", PageSize = 10 }, ct);

        const DelegationDirection inbound = DelegationDirection.Inbound;
        const DelegationDirection outbound = DelegationDirection.Outbound;
        HomeCard[] cards =
        [
            new("Delegations received", Count(current, inbound), Count(previous, inbound),
                "/delegations?direction=Inbound"),
            new("Delegations sent", Count(current, outbound), Count(previous, outbound),
                "/delegations?direction=Outbound"),
            new("Foreign visitors", Visitors(current), Visitors(previous), "/delegations?direction=Inbound"),
            new("Agreements signed", agreementsNow.Provinces.Sum(p => p.Total),
                agreementsThen.Provinces.Sum(p => p.Total), "/agreements"),
            new("Exchanges and events", eventsNow.Events, eventsThen.Events, "/events"),
            // A partner has no date of its own (when it was typed in is not when the relationship began).
            new("Foreign partners", partnersNow, null, "/partners"),
        ];
        return new HomeSummary(provinceName, year, cards, upcoming, waiting);
    }

    /// <summary>The reminders with a count above zero. Run on a context of its own: the home page queries its cards
    /// while this renders.</summary>
    public async Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(CancellationToken ct)
    {
        var counts = await OwnContext.QueryAsync(scopes, tenant, async (own, services) =>
        {
            var today = own.Clock.TodayInVietnam();
            return (
                Agreements: await own.Set<Agreement>().CountAsync(AgreementDates.StaleOn(today), ct),
                Projects: await own.Set<AidProject>().CountAsync(AidProjectDates.PastEndOn(today), ct),
                Workers: await own.Set<SeasonalWorker>().CountAsync(WorkerDates.PastReturnOn(today), ct),
                Dossiers: await DossierService.RemindersAsync(own, ct),
                Permits: await own.Set<ForeignOrganisation>()
                    .CountAsync(ForeignOrganisationDates.PermitExpiringOn(today), ct),
                OrganisationReports: await own.Set<ForeignOrganisation>()
                    .CountAsync(ForeignOrganisationDates.ReportOverdueOn(today), ct),
                Reports: (await services.GetRequiredService<DelegationService>()
                    .OverdueReportsAsync(new PageRequest { PageSize = 1 }, ct)).Total);
        });
        return [.. new AttentionItem[]
        {
            new("Agreements past their expiry date still recorded as in force: {0}", counts.Agreements,
                "/agreements?status=Expired"),
            new("Aid projects past their end date still in implementation: {0}", counts.Projects,
                "/aid?status=Implementation"),
            new("Workers still abroad after their planned return date: {0}", counts.Workers, "/labour"),
            new("Overdue outcome reports: {0}", counts.Reports, "#overdue-title"),
            new("Dossiers past their statutory deadline: {0}", counts.Dossiers.Overdue, "/dossiers?deadline=Overdue"),
            new("ABTC cards to renew within 90 days: {0}", counts.Dossiers.Renewals, "/dossiers?renewal=true"),
            new("Foreign organisations whose permit ends within 90 days or has ended: {0}", counts.Permits,
                "/foreign-organisations?permitExpiring=true"),
            new("Foreign organisations with an overdue report: {0}", counts.OrganisationReports,
                "/foreign-organisations?reportOverdue=true"),
        }.Where(i => i.Count > 0)];
    }

    private static int Count(DelegationStats stats, DelegationDirection direction) =>
        stats.Provinces.SelectMany(p => p.ByDirection).Where(x => x.Direction == direction).Sum(x => x.Delegations);

    private static int Visitors(DelegationStats stats) =>
        stats.Provinces.SelectMany(p => p.ByDirection).Sum(x => x.ForeignVisitors);
}
