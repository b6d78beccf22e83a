using Attache.Infrastructure;
using Microsoft.Extensions.Options;

namespace Attache.Notifications;

/// <summary>Whether the daily run of the reminders starts with the app (tests run a given day themselves).</summary>
public sealed class ReminderOptions
{
    public bool Daily { get; set; } = true;
}

/// <summary>Runs <see cref="ReminderRunner.RunDayAsync"/> for each new day in Viet Nam, by the injected clock: at
/// start-up, then at the first check after each Vietnamese midnight (checked every quarter of an hour). Every app
/// instance runs it; the <see cref="ReminderRun"/> claim makes each province's day run once.</summary>
internal sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options,
    ILogger<ReminderJob> log) : DailyJob(clock, log, TimeSpan.FromMinutes(15))
{
    protected override bool Enabled => options.Value.Daily;

    protected override async Task RunDayAsync(DateOnly today, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runs = await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunDayAsync(today, ct);
        Log.LogInformation("Reminders of {Day}: {Queued} notifications queued, {Skipped} provinces already done.",
            today, runs.Sum(r => r.Queued ?? 0), runs.Count(r => r.Queued is null));
    }
}

public static class ReminderRegistration
{
    /// <summary>Registers every <see cref="IReminderRule"/> of the app (each lives in its feature) and the daily
    /// job; <c>Attache:Reminders:Daily=false</c> leaves the job idle.</summary>
    public static IServiceCollection AddAttacheReminders(this IServiceCollection services,
        IConfiguration configuration)
    {
        var rules = typeof(ReminderRegistration).Assembly.GetTypes()
            .Where(t => typeof(IReminderRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });
        foreach (var rule in rules)
        {
            services.AddScoped(typeof(IReminderRule), rule);
        }

        services.Configure<ReminderOptions>(configuration.GetSection("Attache:Reminders"));
        services.AddHostedService<ReminderJob>();
        return services;
    }
}
