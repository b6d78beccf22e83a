using Attache.Consular;
using Attache.Delegations;
using Attache.Events;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

/// <summary>A visit in a list: the visitors as a count and their nationalities, never their names.</summary>
public sealed record ForeignerVisitRow(int Id, string Province, ForeignerVisitPurpose Purpose, string Subject,
    string Country, string? Organisation, DateOnly StartsOn, DateOnly EndsOn, int Persons)
{
    /// <summary>The persons' nationalities (ISO codes), each once.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];
};

public sealed record ForeignerVisitDto(int Id, string Province, ForeignerVisitPurpose Purpose, string Subject,
    string Country, string? Organisation, string Places, DateOnly StartsOn, DateOnly EndsOn, string? PermitReference,
    int? DelegationId, string? DelegationTitle, int? EventId, string? EventTitle, string? Notes,
    int PersonCount, IReadOnlyList<PersonDto> Persons, DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class ForeignerVisitQuery : PageRequest
{
    /// <summary>Subject, organisation, places, permit, notes; the visitors' names too for a consular officer or a
    /// leader.</summary>
    public string? Search { get; set; }
    public ForeignerVisitPurpose? Purpose { get; set; }
    public string? Country { get; set; }

    /// <summary>Visits that overlap [from, to].</summary>
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>The register of foreigners' reporting and working visits, called by the API and the pages alike.</summary>
public sealed class ForeignerVisitService(AttacheDb db, PersonRecords persons) : IRecordService<ForeignerVisit,
    ForeignerVisitQuery, ForeignerVisitRow, ForeignerVisitDto, ForeignerVisitInput>
{
    public async Task<Paged<ForeignerVisitRow>> ListAsync(ForeignerVisitQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<ForeignerVisit>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = TextSearch.Fold(q.Search);
            var name = q.Search.Trim().ToLower();
            query = await persons.MaySeeAsync()
                ? query.Where(v => v.SearchText.Contains(term)
                    || v.Persons.Any(p => p.AnonymisedOn == null && p.FullName.ToLower().Contains(name)))
                : query.Where(v => v.SearchText.Contains(term));
        }

        if (q.Purpose is { } purpose)
        {
            query = query.Where(v => v.Purpose == purpose);
        }

        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var country = q.Country.Trim().ToUpperInvariant();
            query = query.Where(v => v.Country == country);
        }

        if (q.From is { } from)
        {
            query = query.Where(v => v.EndsOn >= from);
        }

        if (q.To is { } to)
        {
            query = query.Where(v => v.StartsOn <= to);
        }

        var page = await query.OrderByDescending(v => v.StartsOn).ThenByDescending(v => v.Id)
            .Select(v => new ForeignerVisitRow(v.Id, v.Province!.Code, v.Purpose, v.Subject, v.Country,
                v.Organisation, v.StartsOn, v.EndsOn, v.Persons.Count))
            .ToPageAsync(q, ct);
        return await WithNationalitiesAsync(page, ct);
    }

    /// <summary>The nationalities of each listed record's persons, in one query for the page.</summary>
    private async Task<Paged<ForeignerVisitRow>> WithNationalitiesAsync(Paged<ForeignerVisitRow> page,
        CancellationToken ct)
    {
        var ids = page.Items.Select(r => r.Id).ToList();
        var found = await db.Set<VisitPerson>().AsNoTracking()
            .Where(p => ids.Contains(p.VisitId) && p.Nationality != null)
            .Select(p => new { p.VisitId, p.Nationality }).Distinct().ToListAsync(ct);
        return page with
        {
            Items = [.. page.Items.Select(r => r with
            {
                Nationalities = [.. found.Where(f => f.VisitId == r.Id).Select(f => f.Nationality!).Order()],
            })],
        };
    }

    /// <summary>The visit with its visitors as this reader may see them; a consular officer's or leader's reading
    /// of the identities is logged.</summary>
    public async Task<ForeignerVisitDto?> GetAsync(int id, CancellationToken ct)
    {
        var v = await db.Set<ForeignerVisit>().AsNoTracking().Include(x => x.Province).Include(x => x.Persons)
            .Include(x => x.Delegation).Include(x => x.Event).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return null;
        }

        var shown = persons.Show(v.Persons, await persons.MaySeeAsync(), "foreignerVisit", v.Id, v.ProvinceId);
        await db.SaveChangesAsync(ct);
        return new ForeignerVisitDto(v.Id, v.Province!.Code, v.Purpose, v.Subject, v.Country, v.Organisation,
            v.Places, v.StartsOn, v.EndsOn, v.PermitReference, v.DelegationId, v.Delegation?.Title, v.EventId,
            v.Event?.Title, v.Notes, v.Persons.Count, shown, v.CreatedAt, v.UpdatedAt, v.Version);
    }

    public Task<bool> MaySeePersonsAsync() => persons.MaySeeAsync();

    /// <summary>The visit as its edit form holds it, with its persons for a consular officer or a leader (the read
    /// is logged) and without them (null) for everyone else; null when it is not in the province.</summary>
    public async Task<ForeignerVisitInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var v = await db.Set<ForeignerVisit>().AsNoTracking().Include(x => x.Persons)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return null;
        }

        var input = ForeignerVisitInput.From(v);
        if (await persons.MaySeeAsync())
        {
            var shown = persons.Show(v.Persons, maySee: true, "foreignerVisit", v.Id, v.ProvinceId);
            await db.SaveChangesAsync(ct);
            input.Persons = [.. shown.Select(CitizenCaseService.PersonForm)];
        }

        return input;
    }

    /// <summary>The delegations and events of the province a visit can belong to, the latest first.</summary>
    public async Task<(IReadOnlyList<(int Id, string Title)> Delegations, IReadOnlyList<(int Id, string Title)> Events)>
        LinkChoicesAsync(CancellationToken ct)
    {
        var delegations = await db.Set<Delegation>().AsNoTracking().OrderByDescending(d => d.PlannedStart)
            .Select(d => new { d.Id, d.Title }).Take(200).ToListAsync(ct);
        var events = await db.Set<CooperationEvent>().AsNoTracking().OrderByDescending(e => e.StartsOn)
            .Select(e => new { e.Id, e.Title }).Take(200).ToListAsync(ct);
        return ([.. delegations.Select(d => (d.Id, d.Title))], [.. events.Select(e => (e.Id, e.Title))]);
    }

    public async Task<string?> NameAsync(int id, CancellationToken ct) =>
        await db.Set<ForeignerVisit>().Where(v => v.Id == id).Select(v => v.Subject).FirstOrDefaultAsync(ct);

    /// <summary>Creates (id null) or updates a visit: 400 for bad input (every field at once, then a delegation or
    /// event that is not in the province), 403 when persons are sent by someone who may not see them, 404 unknown,
    /// 409 stale.</summary>
    public async Task<ForeignerVisit> SaveAsync(int? id, ForeignerVisitInput input, CancellationToken ct)
    {
        FullValidation.Check(input);
        ForeignerVisit visit;
        if (id is null)
        {
            visit = new ForeignerVisit { Subject = "", Country = "", Places = "" };
            db.Add(visit);
        }
        else
        {
            visit = await db.Set<ForeignerVisit>().Include(v => v.Persons).FirstOrDefaultAsync(v => v.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no foreigners' visit {id}.");
            db.CheckVersion(visit, input.Version);
        }

        if (input.DelegationId is { } delegationId
            && !await db.Set<Delegation>().AnyAsync(d => d.Id == delegationId, ct))
        {
            throw InputValidation.Error("delegationId", $"There is no delegation {delegationId} in this province.");
        }

        if (input.EventId is { } eventId && !await db.Set<CooperationEvent>().AnyAsync(e => e.Id == eventId, ct))
        {
            throw InputValidation.Error("eventId", $"There is no event {eventId} in this province.");
        }

        await persons.ApplyAsync(visit.Persons, input.Persons, () => new VisitPerson { FullName = "" });
        visit.Purpose = input.Purpose!.Value;
        visit.Subject = input.Subject!.Trim();
        visit.Country = input.Country!.ToUpperInvariant();
        visit.Organisation = Clean(input.Organisation);
        visit.Places = input.Places!.Trim();
        visit.StartsOn = input.StartsOn!.Value;
        visit.EndsOn = input.EndsOn!.Value;
        visit.PermitReference = Clean(input.PermitReference);
        visit.DelegationId = input.DelegationId;
        visit.EventId = input.EventId;
        visit.Notes = Clean(input.Notes);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var visit = await db.Set<ForeignerVisit>().Include(v => v.Persons).FirstOrDefaultAsync(v => v.Id == id, ct);
        if (visit is null)
        {
            return false;
        }

        db.Remove(visit);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
