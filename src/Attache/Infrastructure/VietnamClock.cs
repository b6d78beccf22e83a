namespace Attache.Infrastructure;

/// <summary>The one "today" of Attaché: the calendar day in Viet Nam (UTC+7 all year, no daylight saving), read from
/// the injected <see cref="TimeProvider"/> so that tests can set it. Deadlines, statuses on a day and reminders use it.</summary>
public static class VietnamClock
{
    /// <summary>Viet Nam's offset from UTC: seven hours, all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly TodayInVietnam(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>A stored moment (UTC) as a clock in Viet Nam showed it: what pages print, whatever the server's zone.</summary>
    public static DateTime InVietnam(DateTime utc) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset), DateTimeKind.Unspecified);

    /// <summary>The moment (UTC) of a time a person entered as Viet Nam time.</summary>
    public static DateTime FromVietnam(DateTime vietnamTime) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(vietnamTime, DateTimeKind.Unspecified) - Offset, DateTimeKind.Utc);

    /// <summary>A stored moment as pages print it: Viet Nam time, in the page's culture ("g": date and hour).</summary>
    public static string Shown(DateTime utc, string format = "g") =>
        InVietnam(utc).ToString(format, System.Globalization.CultureInfo.CurrentCulture);
}
