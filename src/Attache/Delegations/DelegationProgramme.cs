using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Delegations;

/// <summary>Who travels and what they do: the member list and the itinerary of one delegation.</summary>
public static class DelegationProgramme
{
    public static async Task<List<MemberDto>?> MembersAsync(AttacheDb db, int id, CancellationToken ct)
    {
        if (!await db.Set<Delegation>().AnyAsync(d => d.Id == id, ct))
        {
            return null;
        }

        return (await db.Set<DelegationMember>().AsNoTracking().Where(m => m.DelegationId == id).OrderBy(m => m.Id).ToListAsync(ct))
            .Select(DelegationQueries.ToDto).ToList();
    }

    /// <summary>Adds a member; from the first one on, the counts of the delegation come from the list.</summary>
    public static async Task<MemberDto> AddMemberAsync(AttacheDb db, int id, MemberInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var delegation = await db.Set<Delegation>().Include(d => d.Members).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw DelegationQueries.NotFound(id);
        var member = new DelegationMember
        {
            Name = input.Name!.Trim(),
            Title = Clean(input.Title),
            Organisation = Clean(input.Organisation),
            Nationality = input.Nationality!.ToUpperInvariant(),
            ProvinceId = delegation.ProvinceId,
        };
        delegation.Members.Add(member);
        delegation.CountMembers();
        await db.SaveChangesAsync(ct);
        return DelegationQueries.ToDto(member);
    }

    public static async Task<bool> RemoveMemberAsync(AttacheDb db, int id, int memberId, CancellationToken ct)
    {
        var delegation = await db.Set<Delegation>().Include(d => d.Members).FirstOrDefaultAsync(d => d.Id == id, ct);
        var member = delegation?.Members.FirstOrDefault(m => m.Id == memberId);
        if (delegation is null || member is null)
        {
            return false;
        }

        delegation.Members.Remove(member);
        delegation.CountMembers();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<List<ItineraryDto>?> ItineraryAsync(AttacheDb db, int id, CancellationToken ct)
    {
        if (!await db.Set<Delegation>().AnyAsync(d => d.Id == id, ct))
        {
            return null;
        }

        return (await db.Set<ItineraryItem>().AsNoTracking().Where(i => i.DelegationId == id)
                .OrderBy(i => i.Date).ThenBy(i => i.StartTime).ThenBy(i => i.Id).ToListAsync(ct))
            .Select(DelegationQueries.ToDto).ToList();
    }

    /// <summary>Adds a programme item; its day must fall within the delegation's dates (400 "date" otherwise).</summary>
    public static async Task<ItineraryDto> AddItineraryAsync(AttacheDb db, int id, ItineraryInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var delegation = await db.Set<Delegation>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw DelegationQueries.NotFound(id);
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
            Counterpart = Clean(input.Counterpart),
            ProvinceId = delegation.ProvinceId,
        };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return DelegationQueries.ToDto(item);
    }

    public static async Task<bool> RemoveItineraryAsync(AttacheDb db, int id, int itemId, CancellationToken ct)
    {
        var item = await db.Set<ItineraryItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.DelegationId == id, ct);
        if (item is null)
        {
            return false;
        }

        db.Remove(item);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
