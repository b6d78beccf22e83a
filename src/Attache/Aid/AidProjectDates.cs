using System.Linq.Expressions;
using Attache.Infrastructure;

namespace Attache.Aid;

/// <summary>When an aid project's recorded status is contradicted by its dates: the one rule behind the flag on its
/// page and in its list, the home page's "needs attention" and the period report's warnings.</summary>
public static class AidProjectDates
{
    public const string PastEndRule =
        "An aid project is past its end date when its status is still Implementation and its actual (else planned) " +
        "end date is before today: it is flagged, and its status is not taken as true.";

    /// <summary>(project, day) → still in implementation after its (actual, else planned) end date.</summary>
    public static readonly Expression<Func<AidProject, DateOnly, bool>> PastEndOnRule = (p, day) =>
        p.Status == ActivityStatus.Implementation && (p.ActualEnd ?? p.PlannedEnd) < day;

    private static readonly Func<AidProject, DateOnly, bool> Compiled = PastEndOnRule.Compile();

    /// <summary>The projects past their end date on <paramref name="day"/>, for the database.</summary>
    public static Expression<Func<AidProject, bool>> PastEndOn(DateOnly day) => PastEndOnRule.Bind(day);

    /// <summary>The same rule for a project shown from its status and (actual, else planned) end date.</summary>
    public static bool PastEnd(ActivityStatus status, DateOnly? end, DateOnly day) =>
        Compiled(new AidProject { Identifier = "", Status = status, PlannedEnd = end }, day);

    /// <summary>Projects whose (actual, else planned) dates overlap the period; an open end runs on.</summary>
    public static IQueryable<AidProject> RunningBetween(IQueryable<AidProject> query, DateOnly from, DateOnly to) =>
        query.Where(p => (p.ActualStart ?? p.PlannedStart) == null || (p.ActualStart ?? p.PlannedStart) <= to)
            .Where(p => (p.ActualEnd ?? p.PlannedEnd) == null || (p.ActualEnd ?? p.PlannedEnd) >= from);
}
