namespace Attache.Infrastructure;

/// <summary>The one "today" of Attaché: the calendar day in Viet Nam (UTC+7 all year, no daylight saving), read from
/// the injected <see cref="TimeProvider"/> so that tests can set it. Deadlines, statuses on a day and reminders use it.</summary>
public static class VietnamClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly TodayInVietnam(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
