namespace Attache.Infrastructure;

/// <summary>The one "today" of Attaché: the calendar day in Viet Nam (UTC+7 all year, no daylight saving), read from
/// the injected <see cref="TimeProvider"/> so that tests can set it. Deadlines, statuses on a day and reminders use it.</summary>
public static class VietnamClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly TodayInVietnam(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>A stored moment (UTC) as a clock in Viet Nam showed it: what pages print, whatever the server's zone.</summary>
    public static DateTime InVietnam(DateTime utc) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset), DateTimeKind.Unspecified);

    /// <summary>A stored moment as pages print it: Viet Nam time, in the page's culture ("g": date and hour).</summary>
    public static string Shown(DateTime utc, string format = "g") =>
        InVietnam(utc).ToString(format, System.Globalization.CultureInfo.CurrentCulture);
}
