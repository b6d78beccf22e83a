using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

public sealed record SpendingNormRow(int Id, string Province, NormKind Kind, GuestLevel Level,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal Amount, string Decision, DateOnly ValidFrom,
    DateOnly? ValidTo, DateTime UpdatedAt, int Version);

public sealed class SpendingNormQuery : PageRequest
{
    public NormKind? Kind { get; set; }
    public GuestLevel? Level { get; set; }

    /// <summary>Norms valid on this day.</summary>
    public DateOnly? On { get; set; }
}

/// <summary>The province's spending norms for receiving foreign guests: everyone reads them, only the administrator
/// sets them. Two norms of the same kind and guest level never apply on the same day.</summary>
public sealed class SpendingNormService(AttacheDb db, CurrentUser user)
    : IRecordService<SpendingNorm, SpendingNormQuery, SpendingNormRow, SpendingNormRow, SpendingNormInput>
{
    public const string Overlap =
        "A norm of this kind and guest level is already valid from {0} ({1}); end it before this one starts.";

    public const string InUse =
        "Cost lines were checked against this norm: give it an end date instead of deleting it.";

    public const string AdminOnly = "Only the administrator sets the spending norms.";

    public async Task<Paged<SpendingNormRow>> ListAsync(SpendingNormQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<SpendingNorm>().AsNoTracking();
        if (q.Kind is { } kind)
        {
            query = query.Where(n => n.Kind == kind);
        }

        if (q.Level is { } level)
        {
            query = query.Where(n => n.Level == level);
        }

        if (q.On is { } on)
        {
            query = query.Where(ValidOn(on));
        }

        return await query.OrderBy(n => n.Kind).ThenBy(n => n.Level).ThenByDescending(n => n.ValidFrom)
            .Select(Row).ToPageAsync(q, ct);
    }

    /// <summary>A norm that applies on the day.</summary>
    public static Expression<Func<SpendingNorm, bool>> ValidOn(DateOnly day) =>
        n => n.ValidFrom <= day && (n.ValidTo == null || n.ValidTo >= day);

    private static readonly Expression<Func<SpendingNorm, SpendingNormRow>> Row = n => new SpendingNormRow(n.Id,
        n.Province!.Code, n.Kind, n.Level, n.Amount, n.Decision, n.ValidFrom, n.ValidTo, n.UpdatedAt, n.Version);

    public Task<SpendingNormRow?> GetAsync(int id, CancellationToken ct) =>
        db.Set<SpendingNorm>().AsNoTracking().Where(n => n.Id == id).Select(Row).FirstOrDefaultAsync(ct);

    public async Task<SpendingNormInput?> GetInputAsync(int id, CancellationToken ct) =>
        await db.Set<SpendingNorm>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct) is { } norm
            ? SpendingNormInput.From(norm)
            : null;

    public async Task<SpendingNorm> SaveAsync(int? id, SpendingNormInput input, CancellationToken ct)
    {
        await RequireAdminAsync();
        InputValidation.Check(input);
        SpendingNorm norm;
        if (id is null)
        {
            norm = new SpendingNorm { Decision = "" };
        }
        else
        {
            norm = await db.Set<SpendingNorm>().FirstOrDefaultAsync(n => n.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no norm {id}.");
            db.CheckVersion(norm, input.Version);
        }

        var (kind, level, from, to) = (input.Kind!.Value, input.Level!.Value, input.ValidFrom!.Value, input.ValidTo);
        var clash = await db.Set<SpendingNorm>().AsNoTracking()
            .Where(n => n.Id != norm.Id && n.Kind == kind && n.Level == level && n.ValidFrom <= (to ?? DateOnly.MaxValue)
                && (n.ValidTo == null || n.ValidTo >= from))
            .OrderBy(n => n.ValidFrom).Select(n => new { n.ValidFrom, n.Decision }).FirstOrDefaultAsync(ct);
        if (clash is not null)
        {
            throw ProblemException.FieldRefusal(StatusCodes.Status400BadRequest, "validFrom", Overlap, clash.ValidFrom,
                clash.Decision);
        }

        if (id is null)
        {
            db.Add(norm);
        }

        norm.Kind = kind;
        norm.Level = level;
        norm.Amount = input.Amount!.Value;
        norm.Decision = input.Decision!.Trim();
        norm.ValidFrom = from;
        norm.ValidTo = to;
        await db.SaveChangesAsync(ct);
        return norm;
    }

    /// <summary>A norm that a cost line was checked against stays (409): end it with a date instead.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        await RequireAdminAsync();
        var norm = await db.Set<SpendingNorm>().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (norm is null)
        {
            return false;
        }

        if (await db.Set<ReceptionCostLine>().AnyAsync(l => l.NormId == id, ct))
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, InUse);
        }

        db.Remove(norm);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task RequireAdminAsync()
    {
        if (!await user.MayAsync(Policies.Admin))
        {
            throw ProblemException.Refusal(StatusCodes.Status403Forbidden, AdminOnly);
        }
    }
}
