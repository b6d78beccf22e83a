using System.Globalization;
using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Staff;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

/// <summary>The reception plan of a delegation: reads, the one write of the whole plan (with the interpreter
/// checks), the import of the member list and the seating plans. The API and the page both use it.</summary>
public sealed class ReceptionService(AttacheDb db) : IFeatureService
{
    /// <summary>The plan (empty, version 0, when none is saved yet); null when the delegation is not in the
    /// province.</summary>
    public async Task<ReceptionDto?> GetAsync(int delegationId, CancellationToken ct)
    {
        var delegation = await db.Set<Delegation>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == delegationId, ct);
        if (delegation is null)
        {
            return null;
        }

        var plan = await LoadAsync(delegationId, tracking: false, ct);
        var staffIds = plan?.Items.SelectMany(i => i.Seats.Select(s => s.StaffMemberId).Append(i.InterpreterId))
            .OfType<int>().Distinct().ToList() ?? [];
        var staff = await db.Set<StaffMember>().AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        return ToDto(delegation, plan, staff);
    }

    /// <summary>Writes the whole plan: people and items with an id are updated, without one added, left out
    /// removed. An interpreter must be an active interpreter of the item's language (400 "interpreterId") and not
    /// be at another item of the province at the same time (409 "interpreterId" naming that item).</summary>
    public async Task<ReceptionDto> SaveAsync(int delegationId, ReceptionInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var delegation = await db.Set<Delegation>().Include(d => d.Members)
            .FirstOrDefaultAsync(d => d.Id == delegationId, ct)
            ?? throw DelegationService.NotFound(delegationId);
        var plan = await LoadAsync(delegationId, tracking: true, ct);
        if (plan is null)
        {
            plan = new ReceptionPlan { DelegationId = delegationId, ProvinceId = delegation.ProvinceId };
            db.Add(plan);
        }
        else
        {
            db.CheckVersion(plan, input.Version);
            db.Entry(plan).State = EntityState.Modified;
        }

        plan.TalkingPoints = Clean(input.TalkingPoints);
        plan.Notes = Clean(input.Notes);
        ApplyParticipants(plan, delegation, input.Participants);
        await ApplyItemsAsync(plan, delegation, input.Items, ct);
        await CostLineService.RecheckAsync(db, delegation, CostLineRules.Stay(delegation), ct);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(delegationId, ct))!;
    }

    /// <summary>Adds the delegation's members not yet in the plan, in one step: on the guests' side for an inbound
    /// delegation, the hosts' otherwise; the rank from the title, the head of the delegation as head.</summary>
    public async Task<ReceptionDto> ImportMembersAsync(int delegationId, CancellationToken ct)
    {
        var current = await GetAsync(delegationId, ct) ?? throw DelegationService.NotFound(delegationId);
        var members = await db.Set<DelegationMember>().AsNoTracking().Where(m => m.DelegationId == delegationId)
            .OrderBy(m => m.Id).ToListAsync(ct);
        var input = ToInput(current);
        var side = current.Direction == DelegationDirection.Inbound ? ReceptionSide.Guest : ReceptionSide.Host;
        var taken = current.Everyone.Select(p => p.DelegationMemberId).OfType<int>().ToHashSet();
        var head = await db.Set<Delegation>().Where(d => d.Id == delegationId).Select(d => d.HeadName)
            .FirstAsync(ct);
        var hasHead = current.Everyone.Any(p => p.Side == side && p.IsHead);
        foreach (var member in members.Where(m => !taken.Contains(m.Id)))
        {
            var isHead = !hasHead && string.Equals(member.Name, head?.Trim(), StringComparison.OrdinalIgnoreCase);
            hasHead |= isHead;
            input.Participants.Add(new ParticipantInput
            {
                Side = side,
                Name = member.Name,
                Title = member.Title,
                Organisation = member.Organisation,
                IsHead = isHead,
                DelegationMemberId = member.Id,
            });
        }

        return await SaveAsync(delegationId, input, ct);
    }

    /// <summary>Removes one person of the plan and their seats at every item, in one change the delegation's
    /// history records; false when the plan (of a delegation in the province) has no such person.</summary>
    public async Task<bool> DeleteParticipantAsync(int delegationId, int participantId, CancellationToken ct)
    {
        var plan = await LoadAsync(delegationId, tracking: true, ct);
        var person = plan?.Participants.FirstOrDefault(p => p.Id == participantId);
        if (person is null)
        {
            return false;
        }

        foreach (var item in plan!.Items)
        {
            item.Seats.RemoveAll(s => s.ParticipantId == participantId);
        }

        plan.Participants.Remove(person);
        await SaveRemovalAsync(plan, ct);
        return true;
    }

    /// <summary>Removes one item of the plan with its interpreter and its seating; false when the plan (of a
    /// delegation in the province) has no such item.</summary>
    public async Task<bool> DeleteItemAsync(int delegationId, int itemId, CancellationToken ct)
    {
        var plan = await LoadAsync(delegationId, tracking: true, ct);
        var item = plan?.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return false;
        }

        item.Seats.Clear();
        plan!.Items.Remove(item);
        await SaveRemovalAsync(plan, ct);
        return true;
    }

    /// <summary>A removal changes the plan: its version moves on, so that a page holding the plan read before
    /// cannot write the removed row back.</summary>
    private async Task SaveRemovalAsync(ReceptionPlan plan, CancellationToken ct)
    {
        db.Entry(plan).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Generates the seating of an item from the order of precedence (<see cref="SeatingPlanner"/>),
    /// replacing any seating it had.</summary>
    public async Task<ReceptionDto> GenerateSeatingAsync(int delegationId, int itemId, SeatingRequest request,
        CancellationToken ct)
    {
        InputValidation.Check(request);
        var (plan, item) = await ItemAsync(delegationId, itemId, ct);
        var (hosts, guests) = Precedence.Sides(plan.Participants.OrderBy(p => p.Id));
        var seating = SeatingPlanner.Generate(request.Layout!.Value, [.. hosts.Select(p => p.Id)],
            [.. guests.Select(p => p.Id)], item.InterpreterId,
            request.SeatsPerTable ?? SeatingPlanner.DefaultSeatsPerTable);
        item.Layout = seating.Layout;
        item.Tables = seating.Tables;
        item.SeatsPerTable = seating.SeatsPerTable;
        await ReplaceSeatsAsync(item, seating.Seats.Select(s => NewSeat(item, s.Table, s.Position,
            s.Occupant.ParticipantId, s.Occupant.StaffMemberId)), ct);
        return (await GetAsync(delegationId, ct))!;
    }

    /// <summary>Replaces the seats of an item's seating plan by hand (a person moved or two swapped): each seat
    /// within the plan's tables, each person once.</summary>
    public async Task<ReceptionDto> EditSeatingAsync(int delegationId, int itemId, SeatingInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var (plan, item) = await ItemAsync(delegationId, itemId, ct);
        db.CheckVersion(item, input.Version);
        if (item.Layout is null)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, ReceptionRules.NoSeatingYet, item.Title);
        }

        var people = plan.Participants.Select(p => p.Id).ToHashSet();
        var staff = await db.Set<StaffMember>().Select(s => s.Id).ToListAsync(ct);
        var places = new HashSet<(int, int)>();
        var seated = new HashSet<(int?, int?)>();
        for (var i = 0; i < input.Seats.Count; i++)
        {
            var seat = input.Seats[i];
            var field = $"seats[{i}]";
            if ((seat.ParticipantId is null) == (seat.StaffMemberId is null))
            {
                throw InputValidation.Error($"{field}.participantId", ReceptionRules.OneOccupant);
            }

            if (seat.ParticipantId is { } p && !people.Contains(p))
            {
                throw InputValidation.Error($"{field}.participantId", ReceptionRules.UnknownParticipant);
            }

            if (seat.StaffMemberId is { } s && !staff.Contains(s))
            {
                throw InputValidation.Error($"{field}.staffMemberId", ReceptionRules.NotAnInterpreter);
            }

            if (seat.Table > item.Tables || seat.Position > item.SeatsPerTable)
            {
                throw InputValidation.Error($"{field}.position", ReceptionRules.SeatOutside);
            }

            if (!places.Add((seat.Table, seat.Position)))
            {
                throw InputValidation.Error($"{field}.position", ReceptionRules.SeatTwice);
            }

            if (!seated.Add((seat.ParticipantId, seat.StaffMemberId)))
            {
                throw InputValidation.Error($"{field}.participantId", ReceptionRules.PersonTwice);
            }
        }

        await ReplaceSeatsAsync(item, input.Seats.Select(s => NewSeat(item, s.Table, s.Position, s.ParticipantId,
            s.StaffMemberId)), ct);
        return (await GetAsync(delegationId, ct))!;
    }

    /// <summary>Moves whoever sits at one seat to another; whoever sat there takes the first seat (a swap).
    /// </summary>
    public Task<ReceptionDto> MoveSeatAsync(int delegationId, ReceptionItemDto item, (int Table, int Position) from,
        (int Table, int Position) to, CancellationToken ct)
    {
        var seats = item.Seats.Select(s => new SeatInput
        {
            Table = s.Table,
            Position = s.Position,
            ParticipantId = s.ParticipantId,
            StaffMemberId = s.StaffMemberId,
        }).ToList();
        foreach (var seat in seats)
        {
            var (table, position) = (seat.Table, seat.Position);
            if ((table, position) == from)
            {
                (seat.Table, seat.Position) = to;
            }
            else if ((table, position) == to)
            {
                (seat.Table, seat.Position) = from;
            }
        }

        return EditSeatingAsync(delegationId, item.Id, new SeatingInput { Version = item.Version, Seats = seats }, ct);
    }

    /// <summary>The active interpreters of the roster, with their languages; of one language when given.</summary>
    public async Task<List<InterpreterOption>> InterpretersAsync(string? language, CancellationToken ct)
    {
        var code = language?.Trim().ToLowerInvariant();
        var staff = await db.Set<StaffMember>().AsNoTracking().Include(s => s.Languages)
            .Where(s => s.Active && s.IsInterpreter)
            .Where(s => code == null || s.Languages.Any(l => l.Language == code))
            .OrderBy(s => s.FullName).ThenBy(s => s.Id).ToListAsync(ct);
        return [.. staff.Select(s => new InterpreterOption(s.Id, s.FullName,
            [.. s.Languages.Select(l => l.Language).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>The plan as an input, for a page that changes one thing and writes the whole back.</summary>
    public static ReceptionInput ToInput(ReceptionDto plan) => new()
    {
        Version = plan.Version == 0 ? null : plan.Version,
        TalkingPoints = plan.TalkingPoints,
        Notes = plan.Notes,
        Participants = [.. plan.Everyone.OrderBy(p => p.Id).Select(p => new ParticipantInput
        {
            Id = p.Id,
            Side = p.Side,
            Name = p.Name,
            Title = p.Title,
            Organisation = p.Organisation,
            Rank = p.Rank,
            IsHead = p.IsHead,
            Order = p.Order,
            DelegationMemberId = p.DelegationMemberId,
        })],
        Items = [.. plan.Items.Select(i => new ReceptionItemInput
        {
            Id = i.Id,
            Kind = i.Kind,
            Title = i.Title,
            Date = i.Date,
            StartTime = i.StartTime,
            EndTime = i.EndTime,
            Place = i.Place,
            Language = i.Language,
            InterpreterId = i.InterpreterId,
        })],
    };

    private Task<ReceptionPlan?> LoadAsync(int delegationId, bool tracking, CancellationToken ct)
    {
        var plans = db.Set<ReceptionPlan>().Include(p => p.Participants).Include(p => p.Items).ThenInclude(i => i.Seats)
            .AsSplitQuery();
        return (tracking ? plans : plans.AsNoTracking()).FirstOrDefaultAsync(p => p.DelegationId == delegationId, ct);
    }

    private async Task<(ReceptionPlan Plan, ReceptionItem Item)> ItemAsync(int delegationId, int itemId,
        CancellationToken ct)
    {
        if (!await db.Set<Delegation>().AnyAsync(d => d.Id == delegationId, ct))
        {
            throw DelegationService.NotFound(delegationId);
        }

        var plan = await LoadAsync(delegationId, tracking: true, ct);
        var item = plan?.Items.FirstOrDefault(i => i.Id == itemId)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not Found", ReceptionRules.UnknownItem);
        return (plan!, item);
    }

    /// <summary>The old seats go first (a seat is unique per table and position), in the same transaction.
    /// </summary>
    private async Task ReplaceSeatsAsync(ReceptionItem item, IEnumerable<Seat> seats, CancellationToken ct)
    {
        var list = seats.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        item.Seats.Clear();
        await db.SaveChangesAsync(ct);
        item.Seats.AddRange(list);
        db.Entry(item).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static Seat NewSeat(ReceptionItem item, int table, int position, int? participant, int? staff) => new()
    {
        DelegationId = item.DelegationId,
        ProvinceId = item.ProvinceId,
        Table = table,
        Position = position,
        ParticipantId = participant,
        StaffMemberId = staff,
    };

    private void ApplyParticipants(ReceptionPlan plan, Delegation delegation, List<ParticipantInput> inputs)
    {
        var kept = new HashSet<int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            ReceptionParticipant person;
            if (input.Id is { } id)
            {
                person = plan.Participants.FirstOrDefault(p => p.Id == id)
                    ?? throw InputValidation.Error($"participants[{i}].id", ReceptionRules.UnknownParticipant);
                kept.Add(id);
            }
            else
            {
                person = new ReceptionParticipant
                {
                    Name = "",
                    DelegationId = delegation.Id,
                    ProvinceId = delegation.ProvinceId,
                };
                plan.Participants.Add(person);
            }

            if (input.DelegationMemberId is { } member && delegation.Members.All(m => m.Id != member))
            {
                throw InputValidation.Error($"participants[{i}].delegationMemberId", ReceptionRules.UnknownMember);
            }

            person.Side = input.Side!.Value;
            person.Name = input.Name!.Trim();
            person.Title = Clean(input.Title);
            person.Organisation = Clean(input.Organisation);
            person.Rank = input.Rank ?? Precedence.SuggestRank(input.Title);
            person.IsHead = input.IsHead;
            person.Order = input.Order;
            person.DelegationMemberId = input.DelegationMemberId;
        }

        foreach (var gone in plan.Participants.Where(p => p.Id != 0 && !kept.Contains(p.Id)).ToList())
        {
            foreach (var item in plan.Items)
            {
                item.Seats.RemoveAll(s => s.ParticipantId == gone.Id);
            }

            plan.Participants.Remove(gone);
        }
    }

    private async Task ApplyItemsAsync(ReceptionPlan plan, Delegation delegation, List<ReceptionItemInput> inputs,
        CancellationToken ct)
    {
        var kept = new HashSet<int>();
        var applied = new List<ReceptionItem>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            ReceptionItem item;
            if (input.Id is { } id)
            {
                item = plan.Items.FirstOrDefault(x => x.Id == id)
                    ?? throw InputValidation.Error($"items[{i}].id", ReceptionRules.UnknownItem);
                kept.Add(id);
            }
            else
            {
                item = new ReceptionItem
                {
                    Title = "",
                    DelegationId = delegation.Id,
                    ProvinceId = delegation.ProvinceId,
                };
                plan.Items.Add(item);
            }

            var language = input.Language?.Trim().ToLowerInvariant();
            var changed = item.InterpreterId != input.InterpreterId || item.Language != language;
            if (input.InterpreterId is { } interpreter && changed && !await SpeaksAsync(interpreter, language!, ct))
            {
                throw InputValidation.Error("interpreterId", ReceptionRules.NotAnInterpreter);
            }

            if (item.InterpreterId != input.InterpreterId)
            {
                // The interpreter's seat goes to the new one (or is freed).
                var old = item.Seats.Where(s => s.StaffMemberId == item.InterpreterId && s.StaffMemberId is not null);
                foreach (var seat in old.ToList())
                {
                    if (input.InterpreterId is null)
                    {
                        item.Seats.Remove(seat);
                    }
                    else
                    {
                        seat.StaffMemberId = input.InterpreterId;
                    }
                }
            }

            item.Kind = input.Kind!.Value;
            item.Title = input.Title!.Trim();
            item.Date = input.Date!.Value;
            item.StartTime = input.StartTime!.Value;
            item.EndTime = input.EndTime!.Value;
            item.Place = Clean(input.Place);
            item.Language = language;
            item.InterpreterId = input.InterpreterId;
            applied.Add(item);
        }

        foreach (var gone in plan.Items.Where(x => x.Id != 0 && !kept.Contains(x.Id)).ToList())
        {
            plan.Items.Remove(gone);
        }

        await CheckClashesAsync(plan, delegation, applied, ct);
    }

    private async Task<bool> SpeaksAsync(int staffId, string language, CancellationToken ct) =>
        await db.Set<StaffMember>().AnyAsync(s => s.Id == staffId && s.Active && s.IsInterpreter
            && s.Languages.Any(l => l.Language == language), ct);

    /// <summary>One interpreter, two items whose times overlap on the same day: within this plan, or against any
    /// other reception plan of the province.</summary>
    private async Task CheckClashesAsync(ReceptionPlan plan, Delegation delegation, List<ReceptionItem> items,
        CancellationToken ct)
    {
        foreach (var item in items.Where(i => i.InterpreterId is not null))
        {
            var sameDay = items.FirstOrDefault(other => other != item && other.InterpreterId == item.InterpreterId
                && other.Date == item.Date && other.StartTime < item.EndTime && item.StartTime < other.EndTime);
            if (sameDay is not null)
            {
                throw await ClashAsync(item.InterpreterId!.Value, sameDay, delegation.Title, ct);
            }

            var (staff, date, start, end) = (item.InterpreterId, item.Date, item.StartTime, item.EndTime);
            var elsewhere = await db.Set<ReceptionItem>().AsNoTracking()
                .Where(o => o.PlanId != plan.Id && o.InterpreterId == staff && o.Date == date
                    && o.StartTime < end && start < o.EndTime)
                .OrderBy(o => o.StartTime).ThenBy(o => o.Id).FirstOrDefaultAsync(ct);
            if (elsewhere is not null)
            {
                var title = await db.Set<Delegation>().Where(d => d.Id == elsewhere.DelegationId).Select(d => d.Title)
                    .FirstAsync(ct);
                throw await ClashAsync(staff!.Value, elsewhere, title, ct);
            }
        }
    }

    private async Task<ProblemException> ClashAsync(int staffId, ReceptionItem other, string delegation,
        CancellationToken ct)
    {
        var name = await db.Set<StaffMember>().Where(s => s.Id == staffId).Select(s => s.FullName).FirstAsync(ct);
        object[] arguments = [name, other.Title, other.Date, Time(other.StartTime), Time(other.EndTime), delegation];
        return ProblemException.FieldRefusal(StatusCodes.Status409Conflict, "interpreterId",
            ReceptionRules.InterpreterClash, arguments);
    }

    internal static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ReceptionDto ToDto(Delegation delegation, ReceptionPlan? plan, Dictionary<int, string> staff)
    {
        var people = plan?.Participants.OrderBy(p => p.Id).ToList() ?? [];
        var (hosts, guests) = Precedence.Sides(people);
        List<ParticipantDto> Placed(List<ReceptionParticipant> side) => [.. side.Select((p, i) => new ParticipantDto(
            p.Id, p.Side, i + 1, p.Name, p.Title, p.Organisation, p.Rank, p.IsHead, p.Order, p.DelegationMemberId))];
        var byId = people.ToDictionary(p => p.Id);
        var items = (plan?.Items ?? []).OrderBy(i => i.Date).ThenBy(i => i.StartTime).ThenBy(i => i.Id)
            .Select(i => new ReceptionItemDto(i.Id, i.Version, i.Kind, i.Title, i.Date, i.StartTime, i.EndTime,
                i.Place, i.Language, i.InterpreterId,
                i.InterpreterId is { } who ? staff.GetValueOrDefault(who) : null, i.Layout, i.Tables,
                i.SeatsPerTable,
                [.. i.Seats.OrderBy(s => s.Table).ThenBy(s => s.Position).Select(s => new SeatDto(s.Table,
                    s.Position, s.ParticipantId, s.StaffMemberId,
                    s.ParticipantId is { } p ? byId[p].Name : staff.GetValueOrDefault(s.StaffMemberId ?? 0, ""),
                    s.ParticipantId is { } q ? byId[q].Side : null))]))
            .ToList();
        return new ReceptionDto(delegation.Id, delegation.Title, delegation.Direction, delegation.StartsOn,
            delegation.EndsOn, plan?.Version ?? 0, plan?.TalkingPoints, plan?.Notes, Placed(hosts), Placed(guests),
            items);
    }
}
