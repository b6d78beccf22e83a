using System.Linq.Expressions;
using Attache.Infrastructure;

namespace Attache.Labour;

/// <summary>When a worker's recorded outcome is contradicted by the dates: the one rule behind the flag in the cohort's
/// list, the programme list, the home page's "needs attention" and the period report's warnings.</summary>
public static class WorkerDates
{
    public const string PastReturnRule =
        "A worker is past the planned return date when the outcome is still Abroad and the cohort's planned return " +
        "date is before today: the worker is flagged, and counted among the report's warnings.";

    /// <summary>(worker, day) → still recorded abroad after the cohort's planned return date.</summary>
    public static readonly Expression<Func<SeasonalWorker, DateOnly, bool>> PastReturnOnRule = (w, day) =>
        w.Outcome == WorkerOutcome.Abroad && w.Cohort!.PlannedReturnOn < day;

    private static readonly Func<SeasonalWorker, DateOnly, bool> Compiled = PastReturnOnRule.Compile();

    /// <summary>The workers past their planned return on <paramref name="day"/>, for the database.</summary>
    public static Expression<Func<SeasonalWorker, bool>> PastReturnOn(DateOnly day) => PastReturnOnRule.Bind(day);

    /// <summary>The same rule for a worker shown with the cohort's planned return date.</summary>
    public static bool PastReturn(WorkerOutcome outcome, DateOnly plannedReturn, DateOnly day) =>
        Compiled(new SeasonalWorker
        {
            FullName = "", CommuneOfOrigin = "", Outcome = outcome,
            Cohort = new LabourCohort { Name = "", PlannedReturnOn = plannedReturn },
        }, day);

    /// <summary>The workers sent in [from, to]: those whose departure (their own, else their cohort's) falls in it.
    /// The one rule of the labour stats and of the report's labour records.</summary>
    public static IQueryable<SeasonalWorker> SentBetween(IQueryable<SeasonalWorker> workers, DateOnly? from,
        DateOnly? to)
    {
        if (from is { } start)
        {
            workers = workers.Where(w => (w.DepartedOn ?? w.Cohort!.DepartureOn) >= start);
        }

        if (to is { } end)
        {
            workers = workers.Where(w => (w.DepartedOn ?? w.Cohort!.DepartureOn) <= end);
        }

        return workers;
    }
}
