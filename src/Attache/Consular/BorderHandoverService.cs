using System.Globalization;
using System.Text;
using Attache.Borders;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Consular;

/// <summary>A handover in a list: the names of the persons known only for holders of SeePersons (null
/// otherwise).</summary>
public sealed record BorderHandoverRow(int Id, string Province, int BorderGateId, string Gate, DateOnly ReceivedOn,
    int PersonCount, int PersonsNamed, string? HandedOverBy, string? Names);

public sealed record BorderHandoverDto(int Id, string Province, int BorderGateId, string Gate, string GateCountry,
    DateOnly ReceivedOn, int PersonCount, string? HandedOverBy, string? Notes, bool Identified,
    IReadOnlyList<PersonDto> Persons, DateTime CreatedAt, DateTime UpdatedAt, int Version);

/// <summary>Citizens received at one gate over a period: the handovers and the persons they brought back.</summary>
public sealed record HandoverGateCount(int BorderGateId, string Gate, int Handovers, int Persons);

public sealed class BorderHandoverQuery : PageRequest
{
    public int? BorderGateId { get; set; }

    /// <summary>Received on or after this day.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Received on or before this day.</summary>
    public DateOnly? To { get; set; }
}

/// <summary>The handovers of citizens at the border: reads and writes for the API and the pages alike, persons through
/// <see cref="PersonRecords"/>.</summary>
public sealed class BorderHandoverService(AttacheDb db, PersonRecords persons)
    : IRecordService<BorderHandover, BorderHandoverQuery, BorderHandoverRow, BorderHandoverDto, BorderHandoverInput>
{
    public const string Entity = "borderHandover";
    private static readonly CompositeFormat FewerThanNamed = CompositeFormat.Parse(BorderHandoverInput.FewerThanNamed);

    public Task<bool> MaySeePersonsAsync() => persons.MaySeeAsync();

    private IQueryable<BorderHandover> Filtered(BorderHandoverQuery q)
    {
        var query = db.Set<BorderHandover>().AsNoTracking();
        if (q.BorderGateId is { } gate)
        {
            query = query.Where(h => h.BorderGateId == gate);
        }

        if (q.From is { } from)
        {
            query = query.Where(h => h.ReceivedOn >= from);
        }

        if (q.To is { } to)
        {
            query = query.Where(h => h.ReceivedOn <= to);
        }

        return query;
    }

    public async Task<Paged<BorderHandoverRow>> ListAsync(BorderHandoverQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var page = await Filtered(q).OrderByDescending(h => h.ReceivedOn).ThenByDescending(h => h.Id)
            .Select(h => new BorderHandoverRow(h.Id, h.Province!.Code, h.BorderGateId, h.BorderGate!.Name, h.ReceivedOn,
                h.PersonCount, h.Persons.Count, h.HandedOverBy, null))
            .ToPageAsync(q, ct);
        if (!await persons.MaySeeAsync() || page.Items.Count == 0)
        {
            return page;
        }

        var ids = page.Items.Select(r => r.Id).ToList();
        var named = persons.Names(await db.Set<HandoverPerson>().AsNoTracking().Where(p => ids.Contains(p.HandoverId))
            .ToListAsync(ct), p => p.HandoverId, Entity);
        await db.SaveChangesAsync(ct);
        return page with { Items = [.. page.Items.Select(r => r with { Names = named.GetValueOrDefault(r.Id) })] };
    }

    /// <summary>Handovers and persons received per gate, for the same gate and period filters as the list (the
    /// page's size and number are not used); counted in the database.</summary>
    public async Task<IReadOnlyList<HandoverGateCount>> PerGateAsync(BorderHandoverQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var counts = await Filtered(q).GroupBy(h => h.BorderGateId)
            .Select(g => new { GateId = g.Key, Handovers = g.Count(), Persons = g.Sum(h => h.PersonCount) })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.GateId).ToList();
        var names = await db.Set<BorderGate>().AsNoTracking().Where(g => ids.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        // The busiest gate first.
        return [.. counts.Select(c => new HandoverGateCount(c.GateId, names[c.GateId], c.Handovers, c.Persons))
            .OrderByDescending(c => c.Persons).ThenBy(c => c.Gate, StringComparer.Ordinal)];
    }

    public async Task<BorderHandoverDto?> GetAsync(int id, CancellationToken ct)
    {
        var h = await db.Set<BorderHandover>().AsNoTracking().Include(x => x.Province).Include(x => x.BorderGate)
            .Include(x => x.Persons).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null)
        {
            return null;
        }

        var maySee = await persons.MaySeeAsync();
        var shown = persons.Show(h.Persons, maySee, Entity, h.Id, h.ProvinceId);
        await db.SaveChangesAsync(ct);
        return new BorderHandoverDto(h.Id, h.Province!.Code, h.BorderGateId, h.BorderGate!.Name, h.BorderGate.Country,
            h.ReceivedOn, h.PersonCount, h.HandedOverBy, h.Notes, maySee, shown, h.CreatedAt, h.UpdatedAt, h.Version);
    }

    /// <summary>The handover as its edit form holds it (persons only for SeePersons, the read logged); null when it
    /// is not in the province.</summary>
    public async Task<BorderHandoverInput?> GetInputAsync(int id, CancellationToken ct) =>
        await GetAsync(id, ct) is not { } h ? null : new BorderHandoverInput
        {
            BorderGateId = h.BorderGateId, ReceivedOn = h.ReceivedOn, PersonCount = h.PersonCount,
            HandedOverBy = h.HandedOverBy, Notes = h.Notes, Version = h.Version,
            Persons = h.Identified ? [.. h.Persons.Select(CitizenCaseService.PersonForm)] : null,
        };

    /// <summary>The province's border gates, by name, for the form and the filter.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> GateChoicesAsync(CancellationToken ct) =>
        [.. (await db.Set<BorderGate>().AsNoTracking().OrderBy(g => g.Name).Select(g => new { g.Id, g.Name })
            .ToListAsync(ct)).Select(g => (g.Id, g.Name))];

    /// <summary>Records (id null) or changes a handover: 400 for bad input (a gate not in the province's register,
    /// fewer persons counted than named), 403 for persons sent without SeePersons, 404 unknown, 409 stale.</summary>
    public async Task<BorderHandover> SaveAsync(int? id, BorderHandoverInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        BorderHandover h;
        if (id is null)
        {
            h = new BorderHandover();
            db.Add(h);
        }
        else
        {
            h = await db.Set<BorderHandover>().Include(x => x.Persons).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no border handover {id}.");
            db.CheckVersion(h, input.Version);
        }

        if (!await db.Set<BorderGate>().AnyAsync(g => g.Id == input.BorderGateId, ct))
        {
            throw InputValidation.Error("borderGateId", "There is no such border gate in the province's register.");
        }

        await persons.ApplyAsync(h.Persons, input.Persons, () => new HandoverPerson { FullName = "" });
        if (input.PersonCount < h.Persons.Count)
        {
            throw InputValidation.Error("personCount", string.Format(CultureInfo.InvariantCulture, FewerThanNamed,
                h.Persons.Count))
                .Localized(BorderHandoverInput.FewerThanNamed, h.Persons.Count);
        }

        h.BorderGateId = input.BorderGateId!.Value;
        h.ReceivedOn = input.ReceivedOn!.Value;
        h.PersonCount = input.PersonCount!.Value;
        h.HandedOverBy = input.HandedOverBy?.Trim();
        h.Notes = input.Notes?.Trim();
        await db.SaveChangesAsync(ct);
        return h;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var h = await db.Set<BorderHandover>().Include(x => x.Persons).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null)
        {
            return false;
        }

        db.Remove(h);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>How the delete page names the handover (gate and day); null when it is not in the province.</summary>
    public async Task<(string Gate, DateOnly ReceivedOn, int PersonCount)?> HeadingAsync(int id,
        CancellationToken ct) =>
        await db.Set<BorderHandover>().Where(h => h.Id == id)
            .Select(h => new { h.BorderGate!.Name, h.ReceivedOn, h.PersonCount }).FirstOrDefaultAsync(ct) is { } h
            ? (h.Name, h.ReceivedOn, h.PersonCount) : null;
}
