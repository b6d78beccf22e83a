using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Site;

public sealed class OpportunityTextInput
{
    [Required(ErrorMessage = Messages.Required), MaxLength(5, ErrorMessage = Messages.TooLong)]
    public string? Lang { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(20000, ErrorMessage = Messages.TooLong)]
    public string? Description { get; set; }
}

/// <summary>What an editor sends to create or change an investment opportunity.</summary>
public sealed class OpportunityInput : IValidatableObject
{
    [Required(ErrorMessage = Messages.Required)]
    public InvestmentSector? Sector { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Place { get; set; }

    [Range(typeof(decimal), "0", "1000000000000", ErrorMessage = Messages.OutOfRange)]
    public decimal? CapitalUsd { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = Messages.OutOfRange)]
    public decimal? AreaHectares { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(500, ErrorMessage = Messages.TooLong)]
    public string? Contact { get; set; }

    public bool Published { get; set; }

    public List<OpportunityTextInput> Texts { get; set; } = [];

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Texts.Count == 0)
        {
            yield return new ValidationResult("Write the title and description in at least one language.",
                [nameof(Texts)]);
        }

        foreach (var result in PortalInput.CheckLanguages(Texts.Select(t => t.Lang), nameof(Texts)))
        {
            yield return result;
        }
    }
}

public sealed record OpportunityTextDto(string Lang, string Title, string Description);

public sealed record OpportunityRow(int Id, InvestmentSector Sector, string Place, decimal? CapitalUsd,
    decimal? AreaHectares, bool Published, string? Title, IReadOnlyList<string> Languages, DateTime UpdatedAt);

public sealed record OpportunityDto(int Id, InvestmentSector Sector, string Place, decimal? CapitalUsd,
    decimal? AreaHectares, string Contact, bool Published, IReadOnlyList<OpportunityTextDto> Texts,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class OpportunityQuery : PageRequest
{
    public string? Search { get; set; }
    public InvestmentSector? Sector { get; set; }
    public bool? Published { get; set; }
}

/// <summary>The investment opportunities an editor lists for the portal; every save or delete evicts the site's
/// cached pages.</summary>
public sealed class OpportunityService(AttacheDb db, PortalCache cache)
    : IRecordService<InvestmentOpportunity, OpportunityQuery, OpportunityRow, OpportunityDto, OpportunityInput>
{
    public async Task<Paged<OpportunityRow>> ListAsync(OpportunityQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<InvestmentOpportunity>().AsNoTracking();
        if (q.Sector is { } sector)
        {
            query = query.Where(o => o.Sector == sector);
        }

        if (q.Published is { } published)
        {
            query = query.Where(o => o.Published == published);
        }

        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            query = query.Where(o => o.Place.Contains(term) || o.Texts.Any(t => t.Title.Contains(term)));
        }

        return await query.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id)
            .Select(o => new OpportunityRow(o.Id, o.Sector, o.Place, o.CapitalUsd, o.AreaHectares, o.Published,
                o.Texts.OrderBy(t => t.Lang != "vi").ThenBy(t => t.Lang).Select(t => t.Title).FirstOrDefault(),
                o.Texts.OrderBy(t => t.Lang).Select(t => t.Lang).ToList(), o.UpdatedAt))
            .ToPageAsync(q, ct);
    }

    public async Task<OpportunityDto?> GetAsync(int id, CancellationToken ct) =>
        await db.Set<InvestmentOpportunity>().AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OpportunityDto(o.Id, o.Sector, o.Place, o.CapitalUsd, o.AreaHectares, o.Contact,
                o.Published, o.Texts.OrderBy(t => t.Lang)
                    .Select(t => new OpportunityTextDto(t.Lang, t.Title, t.Description)).ToList(),
                o.CreatedAt, o.UpdatedAt, o.Version))
            .FirstOrDefaultAsync(ct);

    /// <summary>The opportunity as its edit form holds it; null when it is not in the province.</summary>
    public async Task<OpportunityInput?> GetInputAsync(int id, CancellationToken ct) =>
        await GetAsync(id, ct) is { } o
            ? new OpportunityInput
            {
                Sector = o.Sector, Place = o.Place, CapitalUsd = o.CapitalUsd, AreaHectares = o.AreaHectares,
                Contact = o.Contact, Published = o.Published, Version = o.Version,
                Texts = [.. o.Texts.Select(t => new OpportunityTextInput
                {
                    Lang = t.Lang, Title = t.Title, Description = t.Description,
                })],
            }
            : null;

    public async Task<InvestmentOpportunity> SaveAsync(int? id, OpportunityInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        InvestmentOpportunity opportunity;
        if (id is null)
        {
            opportunity = new InvestmentOpportunity { Place = "", Contact = "" };
            db.Add(opportunity);
        }
        else
        {
            opportunity = await db.Set<InvestmentOpportunity>().Include(o => o.Texts)
                .FirstOrDefaultAsync(o => o.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no investment opportunity {id}.");
            db.CheckVersion(opportunity, input.Version);
        }

        opportunity.Sector = input.Sector!.Value;
        opportunity.Place = input.Place!.Trim();
        opportunity.CapitalUsd = input.CapitalUsd;
        opportunity.AreaHectares = input.AreaHectares;
        opportunity.Contact = input.Contact!.Trim();
        opportunity.Published = input.Published;
        opportunity.Texts.RemoveAll(t => input.Texts.All(i => i.Lang != t.Lang));
        foreach (var text in input.Texts)
        {
            var row = opportunity.Texts.FirstOrDefault(t => t.Lang == text.Lang);
            if (row is null)
            {
                row = new InvestmentOpportunityText { Lang = text.Lang!, Title = "", Description = "" };
                opportunity.Texts.Add(row);
            }

            row.Title = text.Title!.Trim();
            row.Description = text.Description!.Trim();
        }

        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(opportunity.ProvinceId, ct);
        return opportunity;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var opportunity = await db.Set<InvestmentOpportunity>().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (opportunity is null)
        {
            return false;
        }

        db.Remove(opportunity);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(opportunity.ProvinceId, ct);
        return true;
    }
}
