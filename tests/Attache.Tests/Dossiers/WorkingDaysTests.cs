using Attache.Dossiers;

namespace Attache.Tests.Dossiers;

/// <summary>The working-day count on its own: the day of receipt does not count, Saturdays, Sundays and the days of
/// the holiday table are skipped.</summary>
public sealed class WorkingDaysTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_deadline_skips_the_weekend()
    {
        // Friday 28 November 2025 plus one working day is Monday 1 December; plus five is Friday 5 December.
        Assert.Equal(D(2025, 12, 1), WorkingDays.Add(D(2025, 11, 28), 1, new HashSet<DateOnly>()));
        Assert.Equal(D(2025, 12, 5), WorkingDays.Add(D(2025, 11, 28), 5, new HashSet<DateOnly>()));
        Assert.Equal(D(2025, 11, 28), WorkingDays.Add(D(2025, 11, 28), 0, new HashSet<DateOnly>()));
    }

    [Fact]
    public void A_deadline_skips_a_weekend_and_the_national_day_holidays()
    {
        // Received Thursday 28 August 2025: Friday 29 counts, the weekend and 1–2 September do not.
        HashSet<DateOnly> nationalDay = [D(2025, 9, 1), D(2025, 9, 2)];
        Assert.Equal(D(2025, 9, 3), WorkingDays.Add(D(2025, 8, 28), 2, nationalDay));
        Assert.Equal(D(2025, 9, 8), WorkingDays.Add(D(2025, 8, 28), 5, nationalDay));
        Assert.Equal(D(2025, 9, 1), WorkingDays.Add(D(2025, 8, 28), 2, new HashSet<DateOnly>()));
    }

    [Fact]
    public void A_deadline_across_tet_waits_for_the_office_to_reopen()
    {
        // Tết Bính Ngọ 2026: the office is closed from Saturday 14 to Sunday 22 February.
        HashSet<DateOnly> tet = [D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20)];
        Assert.Equal(D(2026, 2, 23), WorkingDays.Add(D(2026, 2, 13), 1, tet));
        Assert.False(WorkingDays.IsWorkingDay(D(2026, 2, 17), tet));
        Assert.True(WorkingDays.IsWorkingDay(D(2026, 2, 23), tet));
    }

    [Fact]
    public void The_week_of_due_dossiers_ends_on_sunday()
    {
        Assert.Equal(D(2026, 12, 6), DossierRules.EndOfWeek(D(2026, 11, 30)));
        Assert.Equal(D(2026, 12, 6), DossierRules.EndOfWeek(D(2026, 12, 6)));
        Assert.Equal(D(2026, 12, 13), DossierRules.EndOfWeek(D(2026, 12, 7)));
    }
}
