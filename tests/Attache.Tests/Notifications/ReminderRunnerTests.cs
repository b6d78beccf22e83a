using Attache.Dossiers;
using Attache.Infrastructure;
using Attache.Notifications;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Notifications;

/// <summary>The daily run: once per day per province, claimed by a <see cref="ReminderRun"/> row in the transaction
/// of the notifications it queues.</summary>
public sealed class ReminderRunnerTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private Task<IReadOnlyList<ReminderRunResult>> RunAsync(DateOnly day) => RunAsync(app, day);

    private static async Task<IReadOnlyList<ReminderRunResult>> RunAsync(AttacheFactory host, DateOnly day)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunDayAsync(day, default);
    }

    /// <summary>A dossier of Lai Châu past its deadline on <paramref name="day"/>, recorded by the system.</summary>
    private async Task<int> OverdueDossierAsync(string reference, DateOnly day)
    {
        var province = await app.ProvinceIdAsync("VN-01");
        return await app.WithDbAsync(async db =>
        {
            var dossier = new Dossier
            {
                ProvinceId = province, Kind = DossierKind.ConsularLegalisation, Reference = reference,
                ReceivedOn = day.AddDays(-20), WorkingDaysAllowed = 5, DueOn = day.AddDays(-10),
            };
            db.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
    }

    private Task<int> CountAsync(string dedupKey) =>
        app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.DedupKey == dedupKey));

    [Fact]
    public async Task A_second_run_of_the_same_day_queues_nothing_and_the_next_day_repeats_no_occasion()
    {
        var day = new DateOnly(2032, 2, 11);
        var id = await OverdueDossierAsync("RUN-TWICE", day);
        var key = $"dossier-overdue:{id}:{day.AddDays(-10):yyyy-MM-dd}";

        var first = await RunAsync(day);
        Assert.True(first.Single(r => r.Province == "VN-01").Queued >= 2); // the consular officer and the leader
        Assert.Equal(2, await CountAsync(key));

        var again = await RunAsync(day);
        Assert.All(again, r => Assert.Null(r.Queued));
        Assert.Equal(2, await CountAsync(key));

        var nextDay = await RunAsync(day.AddDays(1));
        Assert.All(nextDay, r => Assert.NotNull(r.Queued));
        Assert.Equal(2, await CountAsync(key));
        var runs = await app.WithDbAsync(db => db.Set<ReminderRun>().CountAsync(r => r.Day == day));
        Assert.Equal(first.Count, runs);
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_run_each_province_once_a_day()
    {
        var day = new DateOnly(2032, 3, 17);
        var id = await OverdueDossierAsync("RUN-PARALLEL", day);
        await using var other = new SecondInstance(app);
        await other.InitializeAsync();

        var results = await Task.WhenAll(Task.Run(() => RunAsync(app, day)), Task.Run(() => RunAsync(other, day)));

        var byProvince = results.SelectMany(r => r).GroupBy(r => r.Province).ToList();
        Assert.All(byProvince, g => Assert.Single(g, r => r.Queued is not null));
        Assert.Equal(2, await CountAsync($"dossier-overdue:{id}:{day.AddDays(-10):yyyy-MM-dd}"));
        var claimed = await app.WithDbAsync(db => db.Set<ReminderRun>().Where(r => r.Day == day)
            .Select(r => r.Queued).ToListAsync());
        Assert.Equal(byProvince.Count, claimed.Count);
        Assert.Equal(results.SelectMany(r => r).Sum(r => r.Queued ?? 0), claimed.Sum());
    }
}

/// <summary>Another app instance (its own host and services) on the database of <paramref name="first"/>.</summary>
public sealed class SecondInstance(AttacheFactory first) : AttacheFactory(first);

/// <summary>The app with its daily job on: at start-up it runs today's reminders for every province.</summary>
public sealed class DailyReminderFactory : AttacheFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attache:Reminders:Daily", "true");
    }
}

public sealed class ReminderJobTests(DailyReminderFactory app) : IClassFixture<DailyReminderFactory>
{
    [Fact]
    public async Task The_daily_job_claims_each_new_day_for_every_province()
    {
        // The job's first run may have come before the test set-up added the provinces: the next day counts.
        var provinces = await app.WithDbAsync(db => db.Provinces.CountAsync());
        app.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = app.Today;
        var runs = 0;
        for (var i = 0; i < 100 && runs < provinces; i++)
        {
            // Each nudge passes the job's next check, wherever it waits.
            app.Clock.Advance(TimeSpan.FromMinutes(16));
            await Task.Delay(200, TestContext.Current.CancellationToken);
            runs = await app.WithDbAsync(db => db.Set<ReminderRun>().CountAsync(r => r.Day == tomorrow));
        }

        Assert.Equal(provinces, runs);
    }
}
