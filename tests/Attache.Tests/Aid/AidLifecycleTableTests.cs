using Attache.Aid;
using Attache.Infrastructure;

namespace Attache.Tests.Aid;

/// <summary>The aid project's lifecycle table on its own, without a database: every move the IATI lifecycle allows
/// passes, every other is refused with 409 naming the moves allowed, and no move waits for a leader.</summary>
public sealed class AidLifecycleTableTests
{
    private static readonly Dictionary<ActivityStatus, ActivityStatus[]> Expected = new()
    {
        [ActivityStatus.Pipeline] = [ActivityStatus.Implementation, ActivityStatus.Cancelled],
        [ActivityStatus.Implementation] =
            [ActivityStatus.Finalisation, ActivityStatus.Closed, ActivityStatus.Suspended, ActivityStatus.Cancelled],
        [ActivityStatus.Suspended] = [ActivityStatus.Implementation, ActivityStatus.Cancelled],
        [ActivityStatus.Finalisation] = [ActivityStatus.Closed, ActivityStatus.Implementation],
        [ActivityStatus.Closed] = [],
        [ActivityStatus.Cancelled] = [],
    };

    public static TheoryData<ActivityStatus, ActivityStatus> AllMoves()
    {
        var data = new TheoryData<ActivityStatus, ActivityStatus>();
        foreach (var from in Enum.GetValues<ActivityStatus>())
        {
            foreach (var to in Enum.GetValues<ActivityStatus>().Where(to => to != from))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Fact]
    public void The_table_allows_from_each_status_what_the_department_follows()
    {
        foreach (var (from, allowed) in Expected)
        {
            Assert.Equal(allowed, AidProject.Lifecycle.Allowed(from));
            Assert.Equal(allowed.Length == 0, AidProject.Lifecycle.IsFinal(from));
        }
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void A_move_passes_when_the_table_allows_it_and_is_refused_otherwise(ActivityStatus from, ActivityStatus to)
    {
        if (Expected[from].Contains(to))
        {
            // No move records a decision: an officer (no approval right) makes every allowed one.
            AidProject.Lifecycle.Check(from, to, mayApprove: false);
            Assert.False(AidProject.Lifecycle.NeedsApprover(to));
            return;
        }

        var refusal = Assert.Throws<ProblemException>(() => AidProject.Lifecycle.Check(from, to, mayApprove: true));
        Assert.Equal(409, refusal.Status);
        Assert.Contains($"This project is {from} and cannot", refusal.Detail);
        Assert.Contains(Expected[from].Length == 0
            ? "(allowed transitions: none)."
            : $"cannot move to {to}; allowed transitions: {string.Join(", ", Expected[from])}.", refusal.Detail);
    }
}
