using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Aid;

/// <summary>A transaction with its VND equivalent at the rate of its value date; <see cref="MissingRate"/> says
/// which rate is missing when there is none.</summary>
public sealed record TransactionDto(int Id, TransactionType Type, DateOnly Date, DateOnly ValueDate, decimal Value,
    string Currency, decimal? Rate, decimal? ValueVnd, string? MissingRate, string? Description, int? ProviderPartnerId,
    string? ProviderName, string? ProviderRef, string? ReceiverName, string? ReceiverRef);

public sealed class TransactionQuery : PageRequest
{
    public TransactionType? Type { get; set; }
}

/// <summary>What the form to record a transaction needs: the project's title, its default currency and the
/// partners taking part in it (the possible providers).</summary>
public sealed record TransactionChoices(string Title, string DefaultCurrency,
    IReadOnlyList<(int Id, string Name)> Providers);

/// <summary>The transactions of an aid project: listed with their VND equivalents, recorded, removed.</summary>
public sealed class AidTransactionService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<TransactionDto>?> ListAsync(int projectId, TransactionQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        if (!await db.Set<AidProject>().AnyAsync(p => p.Id == projectId, ct))
        {
            return null;
        }

        var query = db.Set<AidTransaction>().AsNoTracking().Include(t => t.ProviderPartner)
            .Where(t => t.AidProjectId == projectId);
        if (q.Type is { } type)
        {
            query = query.Where(t => t.Type == type);
        }

        var page = await query.OrderBy(t => t.Date).ThenBy(t => t.Id).ToPageAsync(q, ct);
        var book = await RateBook.LoadAsync(db, page.Items.Select(t => t.Currency), ct);
        var items = page.Items.Select(t => Dto(t, book, t.ProviderName ?? t.ProviderPartner?.NameLatin)).ToList();
        return new Paged<TransactionDto>(items, page.Total, page.Page, page.PageSize);
    }

    /// <summary>The form's choices for the project; null when it is not in the province.</summary>
    public async Task<TransactionChoices?> ChoicesAsync(int projectId, bool vietnamese, CancellationToken ct)
    {
        var project = await db.Set<AidProject>().AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.TitleVi, p.TitleEn, p.Identifier, p.DefaultCurrency }).FirstOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        var ids = await db.Set<AidParticipant>().Where(x => x.AidProjectId == projectId).Select(x => x.PartnerId)
            .Distinct().ToListAsync(ct);
        var providers = await db.Set<Partner>().AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.NameLatin)
            .Select(p => new { p.Id, p.NameLatin }).ToListAsync(ct);
        var title = new AidProject
        {
            Identifier = project.Identifier, TitleVi = project.TitleVi,
            TitleEn = project.TitleEn
        }
            .Title(vietnamese);
        return new TransactionChoices(title, project.DefaultCurrency, [.. providers.Select(p => (p.Id, p.NameLatin))]);
    }

    public async Task<TransactionDto> AddAsync(int projectId, TransactionInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var project = await db.Set<AidProject>().FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                $"There is no aid project {projectId}.");
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
            Description = AidService.Clean(input.Description),
            ProviderPartnerId = input.ProviderPartnerId,
            ProviderName = AidService.Clean(input.ProviderName),
            ProviderRef = AidService.Clean(input.ProviderRef),
            ReceiverName = AidService.Clean(input.ReceiverName),
            ReceiverRef = AidService.Clean(input.ReceiverRef),
        };
        db.Add(transaction);
        await db.SaveChangesAsync(ct);
        var book = await RateBook.LoadAsync(db, [transaction.Currency], ct);
        return Dto(transaction, book, transaction.ProviderName);
    }

    private static TransactionDto Dto(AidTransaction t, RateBook book, string? providerName)
    {
        var rate = book.RateOn(t.ProvinceId, t.Currency, t.ValueDate);
        return new TransactionDto(
            Id: t.Id, Type: t.Type, Date: t.Date, ValueDate: t.ValueDate, Value: t.Value, Currency: t.Currency,
            Rate: rate, ValueVnd: book.ToVnd(t.ProvinceId, t.Money, t.ValueDate),
            MissingRate: rate is null ? RateBook.Missing(t.Currency, t.ValueDate) : null,
            Description: t.Description, ProviderPartnerId: t.ProviderPartnerId, ProviderName: providerName,
            ProviderRef: t.ProviderRef, ReceiverName: t.ReceiverName, ReceiverRef: t.ReceiverRef);
    }

    public async Task<bool> DeleteAsync(int projectId, int transactionId, CancellationToken ct)
    {
        var transaction = await db.Set<AidTransaction>()
            .FirstOrDefaultAsync(x => x.Id == transactionId && x.AidProjectId == projectId, ct);
        if (transaction is null)
        {
            return false;
        }

        db.Remove(transaction);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
