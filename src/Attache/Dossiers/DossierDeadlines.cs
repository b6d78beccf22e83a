using System.Linq.Expressions;

namespace Attache.Dossiers;

/// <summary>What the deadline of a dossier means, once, for the lists, the home page, the figures and the report.
/// A dossier is handled on the day its result is returned (<see cref="Dossier.ReturnedOn"/>); it is handled within its
/// deadline when that day is on or before <see cref="Dossier.DueOn"/>; it is overdue on a day when it is not handled
/// by that day and its due day has passed.</summary>
public static class DossierDeadlines
{
    public static Expression<Func<Dossier, bool>> OverdueOn(DateOnly day) =>
        d => (d.ReturnedOn == null || d.ReturnedOn > day) && d.DueOn < day;

    /// <summary>Not handled on <paramref name="day"/> and due from that day to <paramref name="until"/> (the "due
    /// this week" list runs to the Sunday of the week).</summary>
    public static Expression<Func<Dossier, bool>> DueBetween(DateOnly day, DateOnly until) =>
        d => (d.ReturnedOn == null || d.ReturnedOn > day) && d.DueOn >= day && d.DueOn <= until;

    public static Expression<Func<Dossier, bool>> HandledWithinDeadline =>
        d => d.ReturnedOn != null && d.ReturnedOn <= d.DueOn;

    public static Expression<Func<Dossier, bool>> HandledBeyondDeadline =>
        d => d.ReturnedOn != null && d.ReturnedOn > d.DueOn;

    /// <summary>ABTC cards whose expiry falls within <paramref name="days"/> days after <paramref name="day"/> (or has
    /// passed): the card holder should be reminded to renew.</summary>
    public static Expression<Func<Dossier, bool>> CardRenewalDueOn(DateOnly day, int days) =>
        d => d.Kind == DossierKind.Abtc && d.CardExpiresOn != null && d.CardExpiresOn <= day.AddDays(days);
}
