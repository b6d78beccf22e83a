using Attache.Infrastructure;
using Attache.Twinnings;

namespace Attache.Tests.Twinnings;

/// <summary>The twinning's lifecycle table on its own, without a database: an active or dormant pair may change,
/// an ended one never comes back, and no move needs a leader.</summary>
public sealed class TwinningLifecycleTests
{
    private static readonly Dictionary<TwinningStatus, TwinningStatus[]> Expected = new()
    {
        [TwinningStatus.Active] = [TwinningStatus.Dormant, TwinningStatus.Ended],
        [TwinningStatus.Dormant] = [TwinningStatus.Active, TwinningStatus.Ended],
        [TwinningStatus.Ended] = [],
    };

    public static TheoryData<TwinningStatus, TwinningStatus> AllMoves()
    {
        var moves = new TheoryData<TwinningStatus, TwinningStatus>();
        foreach (var from in Enum.GetValues<TwinningStatus>())
        {
            foreach (var to in Enum.GetValues<TwinningStatus>())
            {
                moves.Add(from, to);
            }
        }

        return moves;
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void A_move_passes_exactly_when_the_table_allows_it_and_needs_no_leader(TwinningStatus from,
        TwinningStatus to)
    {
        if (Expected[from].Contains(to))
        {
            Twinning.Lifecycle.Check(from, to, mayApprove: false);
            return;
        }

        var refusal = Assert.Throws<ProblemException>(() => Twinning.Lifecycle.Check(from, to, mayApprove: true));
        Assert.Equal(409, refusal.Status);
        Assert.Contains(Expected[from].Length == 0
            ? "cannot change any more (allowed transitions: none)"
            : $"allowed transitions: {string.Join(", ", Expected[from])}.", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_allowed_moves_are_the_table()
    {
        foreach (var (from, allowed) in Expected)
        {
            Assert.Equal(allowed, Twinning.Lifecycle.Allowed(from));
            Assert.Equal(allowed.Length == 0, Twinning.Lifecycle.IsFinal(from));
        }

        Assert.DoesNotContain(Enum.GetValues<TwinningStatus>(), Twinning.Lifecycle.NeedsApprover);
    }

    [Fact]
    public void A_pair_that_stops_being_active_stops_today_unless_dated_and_an_active_one_has_no_end()
    {
        var today = new DateOnly(2025, 3, 10);
        var twinning = new Twinning { LocalityName = "Xã Tà Lùng" };
        twinning.ChangeStatus(TwinningStatus.Dormant, today);
        Assert.Equal(today, twinning.EndedOn);
        twinning.ChangeStatus(TwinningStatus.Active, today);
        Assert.Null(twinning.EndedOn);
        twinning.EndedOn = new DateOnly(2024, 12, 31);
        twinning.ChangeStatus(TwinningStatus.Ended, today);
        Assert.Equal(new DateOnly(2024, 12, 31), twinning.EndedOn);
        Assert.Throws<ProblemException>(() => twinning.ChangeStatus(TwinningStatus.Active, today));
    }
}
