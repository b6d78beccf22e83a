using Attache.Agreements;
using Attache.Infrastructure;

namespace Attache.Tests.Agreements;

/// <summary>The agreement's lifecycle table on its own, without a database: the moves the Law on International
/// Agreements 2020 allows pass, every other one is refused, and only a leader approves.</summary>
public sealed class AgreementLifecycleTableTests
{
    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> Expected = new()
    {
        [AgreementStatus.Proposed] = [AgreementStatus.Consulting, AgreementStatus.Withdrawn],
        [AgreementStatus.Consulting] = [AgreementStatus.Approved, AgreementStatus.Withdrawn],
        [AgreementStatus.Approved] = [AgreementStatus.Signed, AgreementStatus.Withdrawn],
        [AgreementStatus.Signed] = [AgreementStatus.InForce],
        [AgreementStatus.InForce] = [AgreementStatus.Expired, AgreementStatus.Terminated],
        [AgreementStatus.Expired] = [],
        [AgreementStatus.Terminated] = [],
        [AgreementStatus.Withdrawn] = [],
    };

    public static TheoryData<AgreementStatus, AgreementStatus> AllMoves()
    {
        var moves = new TheoryData<AgreementStatus, AgreementStatus>();
        foreach (var from in Enum.GetValues<AgreementStatus>())
        {
            foreach (var to in Enum.GetValues<AgreementStatus>())
            {
                moves.Add(from, to);
            }
        }

        return moves;
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void A_move_passes_exactly_when_the_law_allows_it(AgreementStatus from, AgreementStatus to)
    {
        if (Expected[from].Contains(to))
        {
            Agreement.Lifecycle.Check(from, to, mayApprove: true);
            return;
        }

        var refusal = Assert.Throws<ProblemException>(() => Agreement.Lifecycle.Check(from, to, mayApprove: true));
        Assert.Equal(409, refusal.Status);
        Assert.Contains(Expected[from].Length == 0
            ? "cannot change any more (allowed transitions: none)"
            : $"allowed transitions: {string.Join(", ", Expected[from])}.", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_allowed_moves_are_the_table_and_the_ends_are_final()
    {
        foreach (var (from, allowed) in Expected)
        {
            Assert.Equal(allowed, Agreement.Lifecycle.Allowed(from));
            Assert.Equal(allowed.Length == 0, Agreement.Lifecycle.IsFinal(from));
        }
    }

    [Fact]
    public void Only_a_leader_approves_and_nothing_else_needs_one()
    {
        var refusal = Assert.Throws<ProblemException>(() =>
            Agreement.Lifecycle.Check(AgreementStatus.Consulting, AgreementStatus.Approved, mayApprove: false));
        Assert.Equal(403, refusal.Status);
        Assert.Contains("Approved", refusal.Detail, StringComparison.Ordinal);
        foreach (var (from, allowed) in Expected)
        {
            foreach (var to in allowed.Where(to => to != AgreementStatus.Approved))
            {
                Agreement.Lifecycle.Check(from, to, mayApprove: false);
            }
        }

        Assert.Equal([AgreementStatus.Approved],
            Enum.GetValues<AgreementStatus>().Where(Agreement.Lifecycle.NeedsApprover));
    }
}
