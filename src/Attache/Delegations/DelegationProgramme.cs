using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Delegations;

/// <summary>Who travels and what they do: the member list and the itinerary of one delegation. Once its calendar
/// invitation is sent, a member removed gets its cancellation and a change of the programme its update.</summary>
public sealed class DelegationProgramme(AttacheDb db, DelegationInvitations invitations) : IFeatureService
{
    public async Task<List<MemberDto>?> MembersAsync(int id, CancellationToken ct)
    {
        if (!await db.Set<Delegation>().AnyAsync(d => d.Id == id, ct))
        {
            return null;
        }

        var members = await db.Set<DelegationMember>().AsNoTracking().Where(m => m.DelegationId == id)
            .OrderBy(m => m.Id).ToListAsync(ct);
        return [.. (await Reception.MemberPrecedence.OrderAsync(db, id, members, m => m.Id, ct))
            .Select(MemberDto.From)];
    }

    /// <summary>Adds a member; from the first one on, the counts of the delegation come from the list.</summary>
    public async Task<MemberDto> AddMemberAsync(int id, MemberInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var delegation = await db.Set<Delegation>().Include(d => d.Members).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw DelegationService.NotFound(id);
        var member = new DelegationMember
        {
            Name = input.Name!.Trim(),
            Title = DelegationService.Clean(input.Title),
            Organisation = DelegationService.Clean(input.Organisation),
            Nationality = input.Nationality!.ToUpperInvariant(),
            Email = DelegationService.Clean(input.Email),
            ProvinceId = delegation.ProvinceId,
        };
        delegation.Members.Add(member);
        delegation.CountMembers();
        await db.SaveChangesAsync(ct);
        return MemberDto.From(member);
    }

    public async Task<bool> RemoveMemberAsync(int id, int memberId, CancellationToken ct)
    {
        var delegation = await db.Set<Delegation>().Include(d => d.Members).FirstOrDefaultAsync(d => d.Id == id, ct);
        var member = delegation?.Members.FirstOrDefault(m => m.Id == memberId);
        if (delegation is null || member is null)
        {
            return false;
        }

        await invitations.UninviteAsync(delegation, member, ct);
        delegation.Members.Remove(member);
        delegation.CountMembers();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<List<ItineraryDto>?> ItineraryAsync(int id, CancellationToken ct)
    {
        if (!await db.Set<Delegation>().AnyAsync(d => d.Id == id, ct))
        {
            return null;
        }

        return (await db.Set<ItineraryItem>().AsNoTracking().Where(i => i.DelegationId == id)
                .OrderBy(i => i.Date).ThenBy(i => i.StartTime).ThenBy(i => i.Id).ToListAsync(ct))
            .Select(ItineraryDto.From).ToList();
    }

    /// <summary>Adds a programme item; its day must fall within the delegation's dates (400 "date"
    /// otherwise).</summary>
    public async Task<ItineraryDto> AddItineraryAsync(int id, ItineraryInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var delegation = await db.Set<Delegation>().FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw DelegationService.NotFound(id);
        var date = input.Date!.Value;
        if (date < delegation.StartsOn || date > delegation.EndsOn)
        {
            throw InputValidation.Error("date", DelegationRules.OutsideDates);
        }

        var item = new ItineraryItem
        {
            DelegationId = id,
            Date = date,
            StartTime = input.StartTime,
            EndTime = input.EndTime,
            Place = input.Place!.Trim(),
            Activity = input.Activity!.Trim(),
            Counterpart = DelegationService.Clean(input.Counterpart),
            ProvinceId = delegation.ProvinceId,
        };
        db.Add(item);
        await SaveProgrammeAsync(delegation, ct);
        return ItineraryDto.From(item);
    }

    public async Task<bool> RemoveItineraryAsync(int id, int itemId, CancellationToken ct)
    {
        var item = await db.Set<ItineraryItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.DelegationId == id, ct);
        if (item is null)
        {
            return false;
        }

        db.Remove(item);
        await SaveProgrammeAsync(await db.Set<Delegation>().FirstAsync(d => d.Id == id, ct), ct);
        return true;
    }

    /// <summary>Saves a change of the programme and, when the invitation was sent, its update, read from the saved
    /// programme.</summary>
    private Task SaveProgrammeAsync(Delegation delegation, CancellationToken ct) =>
        delegation.InvitationSequence is null ? db.SaveChangesAsync(ct)
            : OutboxSave.SaveThenQueueAsync(db, () => invitations.ChangedAsync(delegation, ct), ct);
}
