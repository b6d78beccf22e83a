using System.Linq.Expressions;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Events;

public sealed record EventRow(int Id, string Province, EventKind Kind, string Title, DateOnly StartsOn,
    DateOnly? EndsOn, string? Place, string? Organiser, IReadOnlyList<string> Countries, int? ParticipantsTotal,
    int? ParticipantsForeign, int Media);

public sealed record PartnerRef(int Id, string Name, string? NameVietnamese, string Country);

public sealed record MediaDto(int Id, int? OutletPartnerId, string Outlet, string Country, DateOnly? PublishedOn,
    string? Link, MediaKind Kind, string? Title);

public sealed record EventDto(int Id, string Province, EventKind Kind, string Title, DateOnly StartsOn,
    DateOnly? EndsOn, string? Place, PartnerRef? OrganiserPartner, string? OrganiserText,
    IReadOnlyList<PartnerRef> Partners,
    IReadOnlyList<string> Countries, int? ParticipantsTotal, int? ParticipantsForeign, int? Delegates,
    bool IsInternational, string? ApprovalNumber, DateOnly? ApprovalDate, string? ApprovalAuthority,
    PartnerRef? Counterpart, string? Conclusions, string? Notes, IReadOnlyList<MediaDto> Media, DateTime CreatedAt,
    DateTime UpdatedAt, int Version);

public sealed class EventQuery : PageRequest
{
    public string? Search { get; set; }
    public EventKind? Kind { get; set; }

    /// <summary>Events that start on or after this day.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Events that start on or before this day.</summary>
    public DateOnly? To { get; set; }

    /// <summary>ISO alpha-2: events with this country among their countries.</summary>
    public string? Country { get; set; }

    public int? PartnerId { get; set; }

    /// <summary>date, title, kind; a leading '-' sorts descending. Newest first by default.</summary>
    public string? Sort { get; set; }
}

/// <summary>The events register's reads and writes, called by the API and the pages alike.</summary>
public sealed class EventService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<EventRow>> ListAsync(EventQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = Filter(db.Set<CooperationEvent>().AsNoTracking(), q.Kind, q.From, q.To);
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(e => e.SearchText.Contains(term)
                || (e.OrganiserPartner != null && e.OrganiserPartner.SearchText.Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var country = q.Country.Trim().ToUpperInvariant();
            query = query.Where(e => e.Countries.Contains(country));
        }

        if (q.PartnerId is { } partnerId)
        {
            query = query.Where(e => e.Partners.Any(p => p.PartnerId == partnerId)
                || e.OrganiserPartnerId == partnerId || e.CounterpartId == partnerId);
        }

        query = (q.Sort ?? "-date") switch
        {
            "date" => query.OrderBy(e => e.StartsOn).ThenBy(e => e.Id),
            "-date" => query.OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id),
            "title" => query.OrderBy(e => e.Title).ThenBy(e => e.Id),
            "-title" => query.OrderByDescending(e => e.Title).ThenBy(e => e.Id),
            "kind" => query.OrderBy(e => e.Kind).ThenByDescending(e => e.StartsOn),
            "-kind" => query.OrderByDescending(e => e.Kind).ThenByDescending(e => e.StartsOn),
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use date, title or kind, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    /// <summary>The events of a kind (all when null) starting within [from, to], either end open.</summary>
    internal static IQueryable<CooperationEvent> Filter(IQueryable<CooperationEvent> query, EventKind? kind,
        DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw InputValidation.Error("to", "The end of the period is before its start.");
        }

        if (kind is { } k)
        {
            query = query.Where(e => e.Kind == k);
        }

        if (from is { } start)
        {
            query = query.Where(e => e.StartsOn >= start);
        }

        if (to is { } end)
        {
            query = query.Where(e => e.StartsOn <= end);
        }

        return query;
    }

    private static readonly Expression<Func<CooperationEvent, EventRow>> Row = e => new EventRow(e.Id,
        e.Province!.Code, e.Kind, e.Title, e.StartsOn, e.EndsOn, e.Place,
        e.OrganiserPartner != null ? e.OrganiserPartner.NameLatin : e.OrganiserText, e.Countries,
        e.ParticipantsTotal, e.ParticipantsForeign, e.Media.Count);

    /// <summary>The figures of the period (<see cref="EventStats.ComputeAsync"/>), for the register's page.</summary>
    public Task<EventStats> StatsAsync(DateOnly? from, DateOnly? to, CancellationToken ct) =>
        EventStats.ComputeAsync(db, from, to, ct);

    public static Task<bool> ExistsAsync(AttacheDb db, int id, CancellationToken ct) =>
        db.Set<CooperationEvent>().AnyAsync(e => e.Id == id, ct);

    public async Task<EventDto?> GetAsync(int id, CancellationToken ct)
    {
        var e = await db.Set<CooperationEvent>().AsNoTracking().AsSplitQuery().Include(x => x.Province)
            .Include(x => x.OrganiserPartner).Include(x => x.Counterpart)
            .Include(x => x.Partners).ThenInclude(p => p.Partner)
            .Include(x => x.Media).ThenInclude(m => m.OutletPartner)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        return e is null ? null : new EventDto(
            Id: e.Id,
            Province: e.Province!.Code,
            Kind: e.Kind,
            Title: e.Title,
            StartsOn: e.StartsOn,
            EndsOn: e.EndsOn,
            Place: e.Place,
            OrganiserPartner: Ref(e.OrganiserPartner),
            OrganiserText: e.OrganiserText,
            Partners: [.. e.Partners.OrderBy(p => p.Id).Select(p => Ref(p.Partner)!)],
            Countries: e.Countries,
            ParticipantsTotal: e.ParticipantsTotal,
            ParticipantsForeign: e.ParticipantsForeign,
            Delegates: e.Delegates,
            IsInternational: e.IsInternational,
            ApprovalNumber: e.ApprovalNumber,
            ApprovalDate: e.ApprovalDate,
            ApprovalAuthority: e.ApprovalAuthority,
            Counterpart: Ref(e.Counterpart),
            Conclusions: e.Conclusions,
            Notes: e.Notes,
            Media: [.. e.Media.OrderBy(m => m.PublishedOn).ThenBy(m => m.Id).Select(ToDto)],
            CreatedAt: e.CreatedAt,
            UpdatedAt: e.UpdatedAt,
            Version: e.Version);
    }

    private static PartnerRef? Ref(Partner? p) =>
        p is null ? null : new PartnerRef(p.Id, p.NameLatin, p.NameVietnamese, p.Country);

    private static MediaDto ToDto(MediaCoverage m) => new(m.Id, m.OutletPartnerId,
        m.OutletPartner?.NameLatin ?? m.OutletText ?? "", m.Country, m.PublishedOn, m.Link, m.Kind, m.Title);

    /// <summary>The event as its edit form holds it; null when it is not in the province.</summary>
    public async Task<EventInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var e = await db.Set<CooperationEvent>().AsNoTracking().Include(x => x.Partners)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        return e is null ? null : EventInput.From(e);
    }

    /// <summary>Creates (id null) or updates an event: 400 for bad input, 404 unknown, 409 stale.</summary>
    public async Task<CooperationEvent> SaveAsync(int? id, EventInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        CooperationEvent e;
        if (id is null)
        {
            e = new CooperationEvent { Title = "" };
            db.Add(e);
        }
        else
        {
            e = await db.Set<CooperationEvent>().Include(x => x.Partners).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no event {id}.");
            db.CheckVersion(e, input.Version);
        }

        if (input.OrganiserPartnerId is { } organiser)
        {
            await PartnerLookup.RequireAsync(db, organiser, "organiserPartnerId", ct);
        }

        if (input.CounterpartId is { } counterpart)
        {
            await PartnerLookup.RequireAsync(db, counterpart, "counterpartId", ct);
        }

        var partnerIds = await PartnerLookup.RequireAllAsync(db, input.PartnerIds ?? [], "partnerIds", ct);
        e.Kind = input.Kind!.Value;
        e.Title = input.Title!.Trim();
        e.StartsOn = input.StartsOn!.Value;
        e.EndsOn = input.EndsOn == input.StartsOn ? null : input.EndsOn;
        e.Place = Clean(input.Place);
        e.OrganiserPartnerId = input.OrganiserPartnerId;
        e.OrganiserText = Clean(input.OrganiserText);
        var countries = (input.Countries ?? []).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        if (!countries.SequenceEqual(e.Countries))
        {
            e.Countries = countries;
        }

        e.ParticipantsTotal = input.ParticipantsTotal;
        e.ParticipantsForeign = input.ParticipantsForeign;
        e.Delegates = input.Delegates;
        e.IsInternational = input.IsInternational;
        e.ApprovalNumber = Clean(input.ApprovalNumber);
        e.ApprovalDate = input.ApprovalDate;
        e.ApprovalAuthority = Clean(input.ApprovalAuthority);
        e.CounterpartId = input.CounterpartId;
        e.Conclusions = Clean(input.Conclusions);
        e.Notes = Clean(input.Notes);
        foreach (var gone in e.Partners.Where(p => !partnerIds.Contains(p.PartnerId)).ToList())
        {
            e.Partners.Remove(gone);
        }

        foreach (var added in partnerIds.Where(pid => e.Partners.All(p => p.PartnerId != pid)))
        {
            e.Partners.Add(new EventPartner { PartnerId = added, ProvinceId = e.ProvinceId });
        }

        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var e = await db.Set<CooperationEvent>().Include(x => x.Partners).Include(x => x.Media)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return false;
        }

        db.Remove(e);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>An event's media coverage, by date; null when there is no such event.</summary>
    public async Task<Paged<MediaDto>?> MediaAsync(int eventId, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        if (!await ExistsAsync(db, eventId, ct))
        {
            return null;
        }

        return await db.Set<MediaCoverage>().AsNoTracking().Where(m => m.EventId == eventId)
            .OrderBy(m => m.PublishedOn).ThenBy(m => m.Id)
            .Select(m => new MediaDto(m.Id, m.OutletPartnerId,
                m.OutletPartner != null ? m.OutletPartner.NameLatin : m.OutletText ?? "",
                m.Country, m.PublishedOn, m.Link, m.Kind, m.Title))
            .ToPageAsync(page, ct);
    }

    public async Task<MediaDto?> AddMediaAsync(int eventId, MediaInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var provinceId = await db.Set<CooperationEvent>().Where(e => e.Id == eventId)
            .Select(e => (int?)e.ProvinceId).FirstOrDefaultAsync(ct);
        if (provinceId is null)
        {
            return null;
        }

        var outlet = input.OutletPartnerId is { } pid
            ? await PartnerLookup.RequireAsync(db, pid, "outletPartnerId", ct)
            : null;
        var media = new MediaCoverage
        {
            EventId = eventId,
            ProvinceId = provinceId.Value,
            OutletPartnerId = outlet?.Id,
            OutletText = Clean(input.OutletText),
            Country = (string.IsNullOrWhiteSpace(input.Country) ? outlet!.Country : input.Country).ToUpperInvariant(),
            PublishedOn = input.PublishedOn,
            Link = Clean(input.Link),
            Kind = input.Kind!.Value,
            Title = Clean(input.Title),
        };
        db.Add(media);
        await db.SaveChangesAsync(ct);
        return new MediaDto(media.Id, media.OutletPartnerId, outlet?.Name ?? media.OutletText ?? "", media.Country,
            media.PublishedOn, media.Link, media.Kind, media.Title);
    }

    public async Task<bool> DeleteMediaAsync(int eventId, int mediaId, CancellationToken ct)
    {
        var media = await db.Set<MediaCoverage>()
            .FirstOrDefaultAsync(m => m.Id == mediaId && m.EventId == eventId, ct);
        if (media is null)
        {
            return false;
        }

        db.Remove(media);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
