namespace Attache.Infrastructure;

/// <summary>Work done once per day in Viet Nam, by the injected clock: at start-up, then at the first check after each
/// Vietnamese midnight. A failed day is tried again at the next check; the work itself must be safe to run twice
/// (several app instances each run their job).</summary>
public abstract class DailyJob(TimeProvider clock, ILogger log, TimeSpan check) : BackgroundService
{
    protected ILogger Log { get; } = log;

    /// <summary>False leaves the job idle (tests run a given day themselves).</summary>
    protected virtual bool Enabled => true;

    /// <summary>The day's work; it logs what it did.</summary>
    protected abstract Task RunDayAsync(DateOnly today, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        DateOnly? lastRun = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var today = clock.TodayInVietnam();
            if (lastRun != today)
            {
                try
                {
                    await RunDayAsync(today, stoppingToken);
                    lastRun = today;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.LogError(ex, "{Job} of {Day} failed; it is tried again at the next check.", GetType().Name,
                        today);
                }
            }

            try
            {
                await Task.Delay(check, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
