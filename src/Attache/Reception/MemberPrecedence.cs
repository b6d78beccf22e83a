using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

/// <summary>Where a delegation's members are listed (its page, the API's members, the invitations), they come in
/// the order of precedence of its reception plan when it has one (<see cref="Precedence.Members"/>), else in the
/// order they were entered.</summary>
public static class MemberPrecedence
{
    /// <summary>The wording of the rule, quoted in the API descriptions of the delegation's members.</summary>
    public const string Rule = "Members come in the order of precedence of the delegation's reception plan (those "
        + "in the plan first, as it ranks them; the others after, in the order entered); without a plan, in the "
        + "order entered.";

    /// <summary><paramref name="members"/> (in the order entered) in the order of precedence of the delegation's
    /// reception plan.</summary>
    public static async Task<List<T>> OrderAsync<T>(AttacheDb db, int delegationId, IEnumerable<T> members,
        Func<T, int> memberId, CancellationToken ct)
    {
        var list = members.ToList();
        if (list.Count < 2)
        {
            return list;
        }

        var people = await db.Set<ReceptionParticipant>().AsNoTracking()
            .Where(p => p.DelegationId == delegationId).OrderBy(p => p.Id).ToListAsync(ct);
        if (people.Count == 0)
        {
            return list;
        }

        var inbound = await db.Set<Delegation>().Where(d => d.Id == delegationId)
            .Select(d => d.Direction == DelegationDirection.Inbound).FirstOrDefaultAsync(ct);
        return Precedence.Members(list, memberId, people, inbound);
    }
}
