using System.Data.Common;
using Attache.Agreements;
using Attache.Aid;
using Attache.Borders;
using Attache.Delegations;
using Attache.Events;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Partners;
using Attache.Plans;
using Attache.Twinnings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Attache.Tests.Browser;

/// <summary>The demo installation with every query made to wait a moment, as a loaded PostgreSQL server does. A
/// page then renders once before its queries finish; a page that assumed otherwise answered 500 now and then.</summary>
public sealed class SlowDatabaseFixture : BrowserFixture
{
    private readonly WaitingQueries waiting = new();

    protected override bool LoadDemoData => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteAttacheDb>(o => o.AddInterceptors(waiting));
            services.ConfigureDbContext<PostgresAttacheDb>(o => o.AddInterceptors(waiting));
        });
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        // The demo data loads at full speed; only the pages meet the slow database.
        waiting.Enabled = true;
    }

    private sealed class WaitingQueries : DbCommandInterceptor
    {
        public volatile bool Enabled;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Enabled)
            {
                await Task.Delay(1, cancellationToken);
            }

            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            if (Enabled)
            {
                await Task.Delay(1, cancellationToken);
            }

            return result;
        }
    }
}

[Collection(BrowserCollection.Name)]
public sealed class SlowDatabaseTests(SlowDatabaseFixture app) : IClassFixture<SlowDatabaseFixture>
{
    [Fact]
    public async Task Every_page_of_a_record_opens_when_the_database_answers_slowly()
    {
        var caoBang = await app.ProvinceIdAsync("VN-04");
        var laiChau = await app.ProvinceIdAsync("VN-01");
        async Task<int> First<T>(int province) where T : ProvinceEntity =>
            await app.WithDbAsync(db => db.Set<T>().Where(e => e.ProvinceId == province).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());

        var delegation = await First<Delegation>(caoBang);
        var agreement = await First<Agreement>(caoBang);
        var project = await First<AidProject>(caoBang);
        var gate = await First<BorderGate>(caoBang);
        var partner = await First<Partner>(caoBang);
        var twinning = await First<Twinning>(caoBang);
        var item = await First<CooperationEvent>(caoBang);
        var plan = await First<AnnualPlan>(caoBang);
        string[] caoBangPages =
        [
            "/", "/partners", $"/partners/{partner}", $"/partners/{partner}/edit", "/partners/new", $"/partners/{partner}/delete",
            "/delegations", $"/delegations/{delegation}", $"/delegations/{delegation}/edit", "/delegations/new", $"/delegations/{delegation}/delete",
            $"/delegations/{delegation}/reception",
            "/calendar", "/calendar/week",
            "/agreements", $"/agreements/{agreement}", $"/agreements/{agreement}/edit", "/agreements/new", $"/agreements/{agreement}/delete", "/agreements/fields",
            "/aid", $"/aid/{project}", $"/aid/{project}/edit", "/aid/new", $"/aid/{project}/delete", $"/aid/{project}/transactions/new", "/aid/exchange-rates", "/aid/import",
            "/border-gates", $"/border-gates/{gate}", $"/border-gates/{gate}/edit", "/border-gates/new", $"/border-gates/{gate}/delete",
            $"/border-gates/{gate}/events/new", $"/border-gates/{gate}/figures/new", "/border-gates/import", "/border-gates/province-revenue", "/map",
            "/twinnings", $"/twinnings/{twinning}", $"/twinnings/{twinning}/edit", "/twinnings/new", $"/twinnings/{twinning}/delete",
            "/events", $"/events/{item}", $"/events/{item}/edit", "/events/new", $"/events/{item}/delete",
            "/plans", $"/plans/{plan}", $"/plans/{plan}/edit", "/plans/new",
            "/reports?from=2020-01-01&to=2025-12-31&compareFrom=2016-01-01&compareTo=2019-12-31",
            "/reports/records?section=Delegations&from=2020-01-01&to=2025-12-31",
        ];

        var programme = await First<LabourProgramme>(laiChau);
        var (cohort, worker) = await app.WithDbAsync(db => db.Set<SeasonalWorker>().Where(w => w.ProvinceId == laiChau).OrderBy(w => w.Id)
            .Select(w => new ValueTuple<int, int>(w.CohortId, w.Id)).FirstAsync());
        var cohortProgramme = await app.WithDbAsync(db => db.Set<LabourCohort>().Where(c => c.Id == cohort).Select(c => c.ProgrammeId).FirstAsync());
        string[] laiChauPages =
        [
            "/labour", $"/labour/{programme}", $"/labour/{programme}/edit", "/labour/new", $"/labour/{programme}/delete",
            $"/labour/{cohortProgramme}/cohorts/{cohort}", $"/labour/{cohortProgramme}/cohorts/{cohort}/workers/{worker}/edit",
        ];

        var failures = new List<string>();
        await OpenAllAsync(await app.SignedInPageAsync("officer.caobang@attache.demo"), caoBangPages, failures);
        await OpenAllAsync(await app.SignedInPageAsync("officer.laichau@attache.demo"), laiChauPages, failures);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task OpenAllAsync(IPage page, string[] paths, List<string> failures)
    {
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != 200 || (await page.TitleAsync()).Length == 0)
            {
                failures.Add($"{path}: {response?.Status} {(await page.InnerTextAsync("body"))[..Math.Min(200, (await page.InnerTextAsync("body")).Length)]}");
            }
        }
    }
}
