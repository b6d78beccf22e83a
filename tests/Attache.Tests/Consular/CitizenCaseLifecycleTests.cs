using Attache.Consular;
using Attache.Infrastructure;

namespace Attache.Tests.Consular;

/// <summary>The citizen case's lifecycle table on its own: an open case may close, a closed case stays closed, and no
/// move needs a leader.</summary>
public sealed class CitizenCaseLifecycleTests
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Expected = new()
    {
        [CaseStatus.Open] = [CaseStatus.Closed],
        [CaseStatus.Closed] = [],
    };

    public static TheoryData<CaseStatus, CaseStatus> AllMoves()
    {
        var moves = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>())
            {
                moves.Add(from, to);
            }
        }

        return moves;
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void A_move_passes_exactly_when_the_table_allows_it(CaseStatus from, CaseStatus to)
    {
        if (Expected[from].Contains(to))
        {
            CitizenCase.Lifecycle.Check(from, to, mayApprove: false);
            return;
        }

        var refusal = Assert.Throws<ProblemException>(() => CitizenCase.Lifecycle.Check(from, to, mayApprove: true));
        Assert.Equal(409, refusal.Status);
        Assert.Contains(Expected[from].Length == 0
            ? "cannot change any more (allowed transitions: none)"
            : $"allowed transitions: {string.Join(", ", Expected[from])}.", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_allowed_moves_are_the_table()
    {
        foreach (var (from, to) in Expected)
        {
            Assert.Equal(to, CitizenCase.Lifecycle.Allowed(from));
            Assert.Equal(to.Length == 0, CitizenCase.Lifecycle.IsFinal(from));
        }
    }
}
