using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Attache.Tests.Delegations;

/// <summary>The delegation's lifecycle table on its own, without a database: what it allows, what it refuses and
/// who approves. The HTTP tests (<see cref="DelegationLifecycleTests"/>) keep one path per rule.</summary>
public sealed class DelegationLifecycleTableTests
{
    private static readonly Dictionary<DelegationStatus, DelegationStatus[]> Expected = new()
    {
        [DelegationStatus.Proposed] = [DelegationStatus.Approved, DelegationStatus.Cancelled],
        [DelegationStatus.Approved] = [DelegationStatus.UnderWay, DelegationStatus.Cancelled],
        [DelegationStatus.UnderWay] = [DelegationStatus.Completed, DelegationStatus.Cancelled],
        [DelegationStatus.Completed] = [DelegationStatus.Reported],
        [DelegationStatus.Reported] = [],
        [DelegationStatus.Cancelled] = [],
    };

    private static readonly Lifecycle<DelegationStatus> Table = Delegation.Lifecycle;

    public static TheoryData<DelegationStatus, DelegationStatus> AllowedMoves() => Pairs(allowed: true);

    public static TheoryData<DelegationStatus, DelegationStatus> RefusedMoves() => Pairs(allowed: false);

    private static TheoryData<DelegationStatus, DelegationStatus> Pairs(bool allowed)
    {
        var data = new TheoryData<DelegationStatus, DelegationStatus>();
        foreach (var from in Enum.GetValues<DelegationStatus>())
        {
            foreach (var to in Enum.GetValues<DelegationStatus>().Where(to => Expected[from].Contains(to) == allowed))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Fact]
    public void Every_status_names_the_moves_the_register_allows()
    {
        foreach (var (from, allowed) in Expected)
        {
            Assert.Equal(allowed, Table.Allowed(from));
            Assert.Equal(allowed.Length == 0, Table.IsFinal(from));
        }
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Every_other_move_is_refused_naming_the_allowed_ones(DelegationStatus from, DelegationStatus to)
    {
        foreach (var mayApprove in new[] { true, false })
        {
            var refusal = Assert.Throws<ProblemException>(() => Table.Check(from, to, mayApprove));
            Assert.Equal(StatusCodes.Status409Conflict, refusal.Status);
            Assert.Contains($"This delegation is {from}", refusal.Detail);
            if (Expected[from].Length == 0)
            {
                Assert.Contains("allowed transitions: none", refusal.Detail);
            }
            else
            {
                Assert.All(Expected[from], allowed => Assert.Contains(allowed.ToString(), refusal.Detail));
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void A_leader_makes_every_allowed_move_and_only_a_leader_approves(DelegationStatus from,
        DelegationStatus to)
    {
        Table.Check(from, to, mayApprove: true);
        if (to == DelegationStatus.Approved)
        {
            Assert.True(Table.NeedsApprover(to));
            var refusal = Assert.Throws<ProblemException>(() => Table.Check(from, to, mayApprove: false));
            Assert.Equal(StatusCodes.Status403Forbidden, refusal.Status);
            Assert.Contains("Only a leader of the department may move this delegation to Approved", refusal.Detail);
        }
        else
        {
            Assert.False(Table.NeedsApprover(to));
            Table.Check(from, to, mayApprove: false);
        }
    }
}
