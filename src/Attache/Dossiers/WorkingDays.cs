namespace Attache.Dossiers;

/// <summary>Statutory deadlines counted in working days: Saturdays, Sundays and public holidays do not count.</summary>
public static class WorkingDays
{
    /// <summary>The day on which <paramref name="days"/> working days after <paramref name="start"/> have passed:
    /// counting begins on the day after <paramref name="start"/> (the day of receipt does not count).</summary>
    public static DateOnly Add(DateOnly start, int days, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
            {
                counted++;
            }
        }

        return day;
    }

    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);
}
