using System.Linq.Expressions;
using Attache.Infrastructure;

namespace Attache.Agreements;

/// <summary>The status an agreement has on a given day by its dates, whether or not anyone moved its recorded status:
/// the one rule behind the list badge, the detail page, the home page, the register and the period report.</summary>
public static class AgreementDates
{
    /// <summary>The rule as the API contract states it.</summary>
    public const string InForceRule =
        "An agreement is in force on a day when it has entered into force (status InForce, Expired or Terminated) "
            + "and, " +
        "by its dates, its effective date is on or before that day, its expiry date (unless it renews automatically) " +
        "is not before that day and its end date (expiry or termination) is not before that day. An agreement whose " +
        "expiry date has passed is Expired, whatever its recorded status. The agreements in force in a period are " +
        "those in force on its last day. The register has no suspension date: a suspension is not recorded.";

    /// <summary>(agreement, day) → its status on that day. Before entering into force, and once withdrawn, the
    /// recorded status stands. After: ended (expired or terminated) before the day keeps the recorded end; not yet
    /// effective is Signed; past its expiry date (without automatic renewal) is Expired; an end recorded without a
    /// date keeps the recorded end; otherwise it is in force. End and expiry dates are the last days in
    /// force.</summary>
    public static readonly Expression<Func<Agreement, DateOnly, AgreementStatus>> StatusOnRule = (a, day) =>
        a.Status == AgreementStatus.InForce || a.Status == AgreementStatus.Expired
            || a.Status == AgreementStatus.Terminated
            ? (a.Status != AgreementStatus.InForce && a.EndedOn < day ? a.Status
                : a.EffectiveOn > day ? AgreementStatus.Signed
                : !a.AutoRenewal && a.ExpiresOn < day ? AgreementStatus.Expired
                : a.Status != AgreementStatus.InForce && a.EndedOn == null ? a.Status
                : AgreementStatus.InForce)
            : a.Status;

    private static readonly Func<Agreement, DateOnly, AgreementStatus> Compiled = StatusOnRule.Compile();

    /// <summary>The agreement's status on <paramref name="day"/> by its dates.</summary>
    public static AgreementStatus StatusOn(this Agreement agreement, DateOnly day) => Compiled(agreement, day);

    /// <summary>The same rule for the database: the status on <paramref name="day"/>.</summary>
    public static Expression<Func<Agreement, AgreementStatus>> StatusOn(DateOnly day) => StatusOnRule.Bind(day);

    /// <summary>The agreements whose status on <paramref name="day"/> is <paramref name="status"/>.</summary>
    public static Expression<Func<Agreement, bool>> HasStatusOn(AgreementStatus status, DateOnly day)
    {
        var rule = StatusOn(day);
        return Expression.Lambda<Func<Agreement, bool>>(
            Expression.Equal(rule.Body, Expression.Constant(status)), rule.Parameters);
    }

    /// <summary>The agreements in force on <paramref name="day"/>.</summary>
    public static Expression<Func<Agreement, bool>> InForceOn(DateOnly day) =>
        HasStatusOn(AgreementStatus.InForce, day);

    /// <summary>The agreements recorded as in force whose dates say Expired on <paramref name="day"/> (<see
    /// cref="Stale"/>).</summary>
    public static Expression<Func<Agreement, bool>> StaleOn(DateOnly day)
    {
        var expired = HasStatusOn(AgreementStatus.Expired, day);
        Expression<Func<Agreement, bool>> recorded = a => a.Status == AgreementStatus.InForce;
        return Expression.Lambda<Func<Agreement, bool>>(
            Expression.AndAlso(recorded.Apply(expired.Parameters[0]), expired.Body), expired.Parameters);
    }

    /// <summary>True when the recorded status is contradicted by the dates on a day (<paramref name="onDay"/> is the
    /// status they give) (a past
    /// expiry nobody recorded): the record needs attention.</summary>
    public static bool Stale(AgreementStatus recorded, AgreementStatus onDay) =>
        recorded == AgreementStatus.InForce && onDay == AgreementStatus.Expired;
}
