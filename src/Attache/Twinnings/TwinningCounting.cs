using System.Linq.Expressions;
using Attache.Infrastructure;

namespace Attache.Twinnings;

/// <summary>Which twinnings count as active on a day: the one rule of the register's stats and the period
/// report.</summary>
public static class TwinningCounting
{
    /// <summary>The rule as the API contract states it.</summary>
    public const string ActiveRule =
        "A twinning is active on a day when it was signed on or before that day and either its status is Active or it "
            +
        "stopped being active (became Dormant or Ended, endedOn) after that day. The active twinnings of a period are "
            +
        "those active on its last day (today when the period is open). A pair Dormant or Ended without an end date is "
            +
        "not counted for any day, and the stats (notActiveUndated) and the report say how many were left out.";

    /// <summary>(twinning, day) → active on that day.</summary>
    public static readonly Expression<Func<Twinning, DateOnly, bool>> ActiveOnRule = (t, day) =>
        t.SignedOn != null && t.SignedOn <= day
        && (t.Status == TwinningStatus.Active || (t.EndedOn != null && t.EndedOn > day));

    private static readonly Func<Twinning, DateOnly, bool> Compiled = ActiveOnRule.Compile();

    public static bool IsActiveOn(this Twinning twinning, DateOnly day) => Compiled(twinning, day);

    /// <summary>The twinnings active on <paramref name="day"/>, for the database.</summary>
    public static Expression<Func<Twinning, bool>> ActiveOn(DateOnly day) => ActiveOnRule.Bind(day);

    /// <summary>Pairs signed by <paramref name="day"/> that are no longer active and have no end date: whether they
    /// were active on the day is unknown.</summary>
    public static Expression<Func<Twinning, bool>> EndedUndated(DateOnly day) =>
        t => t.Status != TwinningStatus.Active && t.EndedOn == null && t.SignedOn != null && t.SignedOn <= day;
}
