using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Partners;

public sealed record PartnerRow(int Id, string Province, PartnerKind Kind, string Country, string NameLatin,
    string? NameNative, string? NameVietnamese, int? ParentId, string? ParentName, DateTime UpdatedAt);

public sealed record ContactDto(int Id, string Name, string? Title, string? Email, string? Phone);

public sealed record PartnerDto(int Id, string Province, PartnerKind Kind, string Country, int? ParentId, string? ParentName,
    string? NameNative, string NameLatin, string? NameVietnamese, string? Website, string? Notes, IReadOnlyList<string> Tags,
    double? Latitude, double? Longitude, IReadOnlyList<ContactDto> Contacts, IReadOnlyList<PartnerRow> Children,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class PartnerQuery : PageRequest
{
    public string? Search { get; set; }
    public PartnerKind? Kind { get; set; }
    public string? Country { get; set; }
    public int? ParentId { get; set; }

    /// <summary>name, country, kind, updated; a leading '-' sorts descending.</summary>
    public string? Sort { get; set; }
}

/// <summary>The partner register's reads and writes, called by the API and the pages alike.</summary>
public sealed class PartnerService(AttacheDb db)
    : IRecordService<Partner, PartnerQuery, PartnerRow, PartnerDto, PartnerInput>
{
    public async Task<Paged<PartnerRow>> ListAsync(PartnerQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<Partner>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(p => p.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var country = q.Country.Trim().ToUpperInvariant();
            query = query.Where(p => p.Country == country);
        }

        if (q.ParentId is { } parentId)
        {
            query = query.Where(p => p.ParentId == parentId);
        }

        query = (q.Sort ?? "name") switch
        {
            "name" => query.OrderBy(p => p.NameLatin).ThenBy(p => p.Id),
            "-name" => query.OrderByDescending(p => p.NameLatin).ThenBy(p => p.Id),
            "country" => query.OrderBy(p => p.Country).ThenBy(p => p.NameLatin),
            "-country" => query.OrderByDescending(p => p.Country).ThenBy(p => p.NameLatin),
            "kind" => query.OrderBy(p => p.Kind).ThenBy(p => p.NameLatin),
            "-kind" => query.OrderByDescending(p => p.Kind).ThenBy(p => p.NameLatin),
            "updated" => query.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id),
            "-updated" => query.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id),
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use name, country, kind or updated, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Partner, PartnerRow>> Row = p => new PartnerRow(
        p.Id, p.Province!.Code, p.Kind, p.Country, p.NameLatin, p.NameNative, p.NameVietnamese, p.ParentId,
        p.Parent == null ? null : p.Parent.NameLatin, p.UpdatedAt);

    public async Task<PartnerDto?> GetAsync(int id, CancellationToken ct)
    {
        var p = await db.Set<Partner>().AsNoTracking().Include(x => x.Contacts).Include(x => x.Parent).Include(x => x.Province)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        var children = await db.Set<Partner>().AsNoTracking().Where(c => c.ParentId == id).OrderBy(c => c.NameLatin)
            .Select(Row).ToListAsync(ct);
        return new PartnerDto(p.Id, p.Province!.Code, p.Kind, p.Country, p.ParentId, p.Parent?.NameLatin, p.NameNative, p.NameLatin,
            p.NameVietnamese, p.Website, p.Notes, p.Tags, p.Latitude, p.Longitude,
            [.. p.Contacts.OrderBy(c => c.Id).Select(c => new ContactDto(c.Id, c.Name, c.Title, c.Email, c.Phone))],
            children, p.CreatedAt, p.UpdatedAt, p.Version);
    }

    /// <summary>The partner as its edit form holds it; null when it is not in the province.</summary>
    public async Task<PartnerInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var partner = await db.Set<Partner>().AsNoTracking().Include(p => p.Contacts)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        return partner is null ? null : PartnerInput.From(partner);
    }

    /// <summary>Creates (id null) or updates a partner; refuses bad input with a 400 problem and a stale version with 409.</summary>
    public async Task<Partner> SaveAsync(int? id, PartnerInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        Partner partner;
        if (id is null)
        {
            partner = new Partner { Country = "", NameLatin = "" };
            db.Add(partner);
        }
        else
        {
            partner = await db.Set<Partner>().Include(p => p.Contacts).FirstOrDefaultAsync(p => p.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no partner {id}.");
            db.CheckVersion(partner, input.Version);
        }

        if (input.ParentId is { } parentId)
        {
            await CheckParentAsync(partner.Id, parentId, ct);
        }

        partner.Kind = input.Kind!.Value;
        partner.Country = input.Country!.ToUpperInvariant();
        partner.ParentId = input.ParentId;
        partner.NameNative = Clean(input.NameNative);
        partner.NameLatin = input.NameLatin!.Trim();
        partner.NameVietnamese = Clean(input.NameVietnamese);
        partner.Website = Clean(input.Website);
        partner.Notes = Clean(input.Notes);
        var tags = (input.Tags ?? []).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!tags.SequenceEqual(partner.Tags))
        {
            partner.Tags = tags;
        }

        partner.Latitude = input.Latitude;
        partner.Longitude = input.Longitude;
        SyncContacts(partner, input.Contacts ?? []);
        await db.SaveChangesAsync(ct);
        return partner;
    }

    private async Task CheckParentAsync(int selfId, int parentId, CancellationToken ct)
    {
        // Walk up from the proposed parent: meeting the partner itself would make a loop.
        int? current = parentId;
        for (var depth = 0; current is { } c && depth < 20; depth++)
        {
            if (c == selfId && selfId != 0)
            {
                throw InputValidation.Error("parentId", "A partner cannot be its own parent or ancestor.");
            }

            var step = await db.Set<Partner>().Where(p => p.Id == c).Select(p => new { p.ParentId }).FirstOrDefaultAsync(ct);
            if (step is null)
            {
                throw InputValidation.Error("parentId", $"There is no partner {c} in this province.");
            }

            current = step.ParentId;
        }
    }

    private static void SyncContacts(Partner partner, List<ContactInput> inputs)
    {
        // Contacts are matched by position: the form and the API send the whole list back.
        var existing = partner.Contacts.OrderBy(c => c.Id).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var contact = i < existing.Count ? existing[i] : null;
            if (contact is null)
            {
                contact = new PartnerContact { Name = "", ProvinceId = partner.ProvinceId };
                partner.Contacts.Add(contact);
            }

            contact.Name = input.Name!.Trim();
            contact.Title = Clean(input.Title);
            contact.Email = Clean(input.Email);
            contact.Phone = Clean(input.Phone);
        }

        foreach (var gone in existing.Skip(inputs.Count))
        {
            partner.Contacts.Remove(gone);
        }
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var partner = await db.Set<Partner>().Include(p => p.Contacts).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partner is null)
        {
            return false;
        }

        db.Remove(partner);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
