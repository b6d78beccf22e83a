namespace Attache.Infrastructure;

/// <summary>The stages of a kind of record and which may follow which, declared once by the feature as a table.
/// It answers which moves are allowed from a stage, refuses the others with one translatable wording (409), and
/// keeps the moves that only a leader makes (403 for anyone else). Pure: unit-tested without a database.</summary>
public sealed class Lifecycle<TStatus>
    where TStatus : struct, Enum
{
    public const string Final = "This {0} is {1} and cannot change any more (allowed transitions: none).";
    public const string NotAllowed = "This {0} is {1} and cannot move to {2}; allowed transitions: {3}.";
    public const string LeaderOnly = "Only a leader of the department may move this {0} to {1}.";

    private readonly IReadOnlyDictionary<TStatus, TStatus[]> moves;
    private readonly HashSet<TStatus> approvals;

    /// <param name="record">The kind of record as the refusal names it.</param>
    /// <param name="moves">For every stage, the stages that may follow it (none for a final stage).</param>
    /// <param name="approvals">Stages that record a decision: only a holder of the Approve policy moves there.</param>
    public Lifecycle(Term record, IReadOnlyDictionary<TStatus, TStatus[]> moves, params TStatus[] approvals)
    {
        var missing = Enum.GetValues<TStatus>().Where(s => !moves.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No moves declared from {string.Join(", ", missing)}.", nameof(moves));
        }

        Record = record;
        this.moves = moves;
        this.approvals = [.. approvals];
    }

    public Term Record { get; }

    public IReadOnlyList<TStatus> Allowed(TStatus from) => moves[from];

    public bool IsFinal(TStatus status) => moves[status].Length == 0;

    public bool NeedsApprover(TStatus to) => approvals.Contains(to);

    /// <summary>Refuses a move the table does not allow (409) or one that needs a leader the user is not (403).
    /// The moves the user may make are <see cref="Allowed"/>; pages offer the approval moves only to leaders.</summary>
    public void Check(TStatus from, TStatus to, bool mayApprove)
    {
        var allowed = moves[from];
        if (!allowed.Contains(to))
        {
            throw allowed.Length == 0
                ? ProblemException.Refusal(StatusCodes.Status409Conflict, Final, Record, from)
                : ProblemException.Refusal(StatusCodes.Status409Conflict, NotAllowed, Record, from, to, allowed);
        }

        if (NeedsApprover(to) && !mayApprove)
        {
            throw ProblemException.Refusal(StatusCodes.Status403Forbidden, LeaderOnly, Record, to);
        }
    }
}
