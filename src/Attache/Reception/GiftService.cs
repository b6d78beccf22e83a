using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

public sealed record GiftRow(int Id, string Province, GiftDirection Direction, string Item,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal? Value, string Counterparty, string? Occasion,
    DateOnly Date, int? DelegationId, string? DelegationTitle, GiftHandling? Handling);

public sealed record GiftDto(int Id, string Province, GiftDirection Direction, string Item,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal? Value, string Counterparty, string? Occasion,
    DateOnly Date, int? DelegationId, string? DelegationTitle, GiftHandling? Handling, string? HandlingNote,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class GiftQuery : PageRequest
{
    /// <summary>Item, counterparty, occasion, handling note.</summary>
    public string? Search { get; set; }

    /// <summary>Gifts dated in this calendar year.</summary>
    [System.ComponentModel.DataAnnotations.Range(1900, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? Year { get; set; }

    public GiftDirection? Direction { get; set; }
    public GiftHandling? Handling { get; set; }
    public int? DelegationId { get; set; }
}

/// <summary>The gifts register's reads and writes, called by the API and the pages alike.</summary>
public sealed class GiftService(AttacheDb db, Tenant tenant) : IRecordService<Gift, GiftQuery, GiftRow, GiftDto, GiftInput>
{
    public async Task<Paged<GiftRow>> ListAsync(GiftQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<Gift>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(g => g.SearchText.Contains(term));
        }

        if (q.Year is { } year)
        {
            query = query.Where(InYear(year));
        }

        if (q.Direction is { } direction)
        {
            query = query.Where(g => g.Direction == direction);
        }

        if (q.Handling is { } handling)
        {
            query = query.Where(g => g.Handling == handling);
        }

        if (q.DelegationId is { } delegationId)
        {
            query = query.Where(g => g.DelegationId == delegationId);
        }

        return await query.OrderByDescending(g => g.Date).ThenByDescending(g => g.Id).Select(Row).ToPageAsync(q, ct);
    }

    /// <summary>A gift dated in the calendar year.</summary>
    public static Expression<Func<Gift, bool>> InYear(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        return g => g.Date >= from && g.Date < to;
    }

    internal static readonly Expression<Func<Gift, GiftRow>> Row = g => new GiftRow(g.Id, g.Province!.Code,
        g.Direction, g.Item, g.Value, g.Counterparty, g.Occasion, g.Date, g.DelegationId,
        g.Delegation == null ? null : g.Delegation.Title, g.Handling);

    /// <summary>The province's yearly register (default: this year in Vietnam).</summary>
    public Task<GiftRegister> RegisterAsync(int? year, CancellationToken ct) =>
        GiftRegister.ComputeAsync(db, tenant, year ?? db.Clock.TodayInVietnam().Year, ct);

    public Task<GiftDto?> GetAsync(int id, CancellationToken ct) =>
        db.Set<Gift>().AsNoTracking().Where(g => g.Id == id).Select(g => new GiftDto(g.Id, g.Province!.Code,
            g.Direction, g.Item, g.Value, g.Counterparty, g.Occasion, g.Date, g.DelegationId,
            g.Delegation == null ? null : g.Delegation.Title, g.Handling, g.HandlingNote, g.CreatedAt, g.UpdatedAt,
            g.Version)).FirstOrDefaultAsync(ct);

    /// <summary>The gift as its edit form holds it; null when it is not in the province.</summary>
    public async Task<GiftInput?> GetInputAsync(int id, CancellationToken ct) =>
        await db.Set<Gift>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is { } gift
            ? GiftInput.From(gift)
            : null;

    public static Task<bool> ExistsAsync(AttacheDb db, int id, CancellationToken ct) =>
        db.Set<Gift>().AnyAsync(g => g.Id == id, ct);

    public Task<string?> NameAsync(int id, CancellationToken ct) =>
        db.Set<Gift>().Where(g => g.Id == id).Select(g => g.Item).FirstOrDefaultAsync(ct);

    /// <summary>The delegations a gift can be linked to, latest first.</summary>
    public async Task<IReadOnlyList<(int Id, string Title)>> DelegationChoicesAsync(CancellationToken ct) =>
        [.. (await db.Set<Delegation>().AsNoTracking().OrderByDescending(d => d.StartsOn).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Title }).Take(300).ToListAsync(ct)).Select(d => (d.Id, d.Title))];

    /// <summary>Creates (id null) or updates a gift; bad input is a 400 naming each field, a stale version 409.</summary>
    public async Task<Gift> SaveAsync(int? id, GiftInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        Gift gift;
        if (id is null)
        {
            gift = new Gift { Item = "", Counterparty = "" };
            db.Add(gift);
        }
        else
        {
            gift = await db.Set<Gift>().FirstOrDefaultAsync(g => g.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no gift {id}.");
            db.CheckVersion(gift, input.Version);
        }

        if (input.DelegationId is { } delegationId
            && !await db.Set<Delegation>().AnyAsync(d => d.Id == delegationId, ct))
        {
            throw InputValidation.Error("delegationId", $"There is no delegation {delegationId} in this province.");
        }

        gift.Direction = input.Direction!.Value;
        gift.Item = input.Item!.Trim();
        gift.Value = input.Value;
        gift.Counterparty = input.Counterparty!.Trim();
        gift.Occasion = Clean(input.Occasion);
        gift.Date = input.Date!.Value;
        gift.DelegationId = input.DelegationId;
        gift.Handling = gift.Direction == GiftDirection.Received ? input.Handling : null;
        gift.HandlingNote = gift.Direction == GiftDirection.Received ? Clean(input.HandlingNote) : null;
        await db.SaveChangesAsync(ct);
        return gift;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var gift = await db.Set<Gift>().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (gift is null)
        {
            return false;
        }

        db.Remove(gift);
        await db.SaveChangesAsync(ct);
        return true;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
