using Attache.Dossiers;
using Attache.Infrastructure;

namespace Attache.Tests.Dossiers;

/// <summary>The dossier's lifecycle table on its own: one step at a time from receipt to return, nothing after the
/// return, no move needs a leader.</summary>
public sealed class DossierLifecycleTests
{
    private static readonly Dictionary<DossierStatus, DossierStatus[]> Expected = new()
    {
        [DossierStatus.Received] = [DossierStatus.Checking],
        [DossierStatus.Checking] = [DossierStatus.Forwarded],
        [DossierStatus.Forwarded] = [DossierStatus.Result],
        [DossierStatus.Result] = [DossierStatus.Returned],
        [DossierStatus.Returned] = [],
    };

    public static TheoryData<DossierStatus, DossierStatus> AllMoves()
    {
        var moves = new TheoryData<DossierStatus, DossierStatus>();
        foreach (var from in Enum.GetValues<DossierStatus>())
        {
            foreach (var to in Enum.GetValues<DossierStatus>())
            {
                moves.Add(from, to);
            }
        }

        return moves;
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void A_move_passes_exactly_when_the_table_allows_it(DossierStatus from, DossierStatus to)
    {
        Assert.False(Dossier.Lifecycle.NeedsApprover(to));
        if (Expected[from].Contains(to))
        {
            Dossier.Lifecycle.Check(from, to, mayApprove: false);
            return;
        }

        var refused = Assert.Throws<ProblemException>(() => Dossier.Lifecycle.Check(from, to, mayApprove: false));
        Assert.Equal(409, refused.Status);
    }

    [Fact]
    public void Only_the_returned_dossier_is_final()
    {
        Assert.Equal([DossierStatus.Returned],
            Enum.GetValues<DossierStatus>().Where(Dossier.Lifecycle.IsFinal));
    }
}
