using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Aid;

/// <summary>A transaction with its VND equivalent at the rate of its value date; <see cref="MissingRate"/> says
/// which rate is missing when there is none.</summary>
public sealed record TransactionDto(int Id, TransactionType Type, DateOnly Date, DateOnly ValueDate, decimal Value, string Currency,
    decimal? Rate, decimal? ValueVnd, string? MissingRate, string? Description, int? ProviderPartnerId, string? ProviderName,
    string? ProviderRef, string? ReceiverName, string? ReceiverRef);

public sealed class TransactionQuery : PageRequest
{
    public TransactionType? Type { get; set; }
}

public static class AidTransactions
{
    public static async Task<Paged<TransactionDto>?> ListAsync(AttacheDb db, int projectId, TransactionQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        if (!await AidQueries.ExistsAsync(db, projectId, ct))
        {
            return null;
        }

        var query = db.Set<AidTransaction>().AsNoTracking().Where(t => t.AidProjectId == projectId);
        if (q.Type is { } type)
        {
            query = query.Where(t => t.Type == type);
        }

        var page = await query.OrderBy(t => t.Date).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.ProvinceId, t.Type, t.Date, t.ValueDate, t.Value, t.Currency, t.Description, t.ProviderPartnerId,
                ProviderName = t.ProviderName ?? (t.ProviderPartner == null ? null : t.ProviderPartner.NameLatin),
                t.ProviderRef, t.ReceiverName, t.ReceiverRef,
            })
            .ToPageAsync(q, ct);
        var book = await RateBook.LoadAsync(db, page.Items.Select(t => t.Currency), ct);
        var items = page.Items.Select(t =>
        {
            var rate = book.RateOn(t.ProvinceId, t.Currency, t.ValueDate);
            return new TransactionDto(t.Id, t.Type, t.Date, t.ValueDate, t.Value, t.Currency, rate,
                book.ToVnd(t.ProvinceId, new Money(t.Value, t.Currency), t.ValueDate), rate is null ? RateBook.Missing(t.Currency, t.ValueDate) : null,
                t.Description, t.ProviderPartnerId, t.ProviderName, t.ProviderRef, t.ReceiverName, t.ReceiverRef);
        }).ToList();
        return new Paged<TransactionDto>(items, page.Total, page.Page, page.PageSize);
    }

    public static async Task<TransactionDto> AddAsync(AttacheDb db, int projectId, TransactionInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var project = await db.Set<AidProject>().FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no aid project {projectId}.");
        if (input.ProviderPartnerId is { } providerId && !await db.Set<Partner>().AnyAsync(p => p.Id == providerId, ct))
        {
            throw InputValidation.Error("providerPartnerId", $"There is no partner {providerId} in this province.");
        }

        var transaction = new AidTransaction
        {
            AidProjectId = project.Id,
            ProvinceId = project.ProvinceId,
            Type = input.Type!.Value,
            Date = input.Date!.Value,
            ValueDate = input.ValueDate ?? input.Date!.Value,
            Value = input.Value!.Value,
            Currency = input.Currency!.Trim().ToUpperInvariant(),
            Description = AidQueries.Clean(input.Description),
            ProviderPartnerId = input.ProviderPartnerId,
            ProviderName = AidQueries.Clean(input.ProviderName),
            ProviderRef = AidQueries.Clean(input.ProviderRef),
            ReceiverName = AidQueries.Clean(input.ReceiverName),
            ReceiverRef = AidQueries.Clean(input.ReceiverRef),
        };
        db.Add(transaction);
        await db.SaveChangesAsync(ct);
        var book = await RateBook.LoadAsync(db, [transaction.Currency], ct);
        var rate = book.RateOn(transaction.ProvinceId, transaction.Currency, transaction.ValueDate);
        return new TransactionDto(transaction.Id, transaction.Type, transaction.Date, transaction.ValueDate, transaction.Value,
            transaction.Currency, rate, book.ToVnd(transaction.ProvinceId, transaction.Money, transaction.ValueDate),
            rate is null ? RateBook.Missing(transaction.Currency, transaction.ValueDate) : null, transaction.Description,
            transaction.ProviderPartnerId, transaction.ProviderName, transaction.ProviderRef, transaction.ReceiverName, transaction.ReceiverRef);
    }

    public static async Task<bool> DeleteAsync(AttacheDb db, int projectId, int transactionId, CancellationToken ct)
    {
        var t = await db.Set<AidTransaction>().FirstOrDefaultAsync(x => x.Id == transactionId && x.AidProjectId == projectId, ct);
        if (t is null)
        {
            return false;
        }

        db.Remove(t);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
