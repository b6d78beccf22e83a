using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Aid;

public sealed record MoneyTotal(string Currency, decimal Amount);

/// <param name="Complete">False when some amount of the row could not be converted to VND: its VND totals are then
/// the sum of what could (<see cref="AidMoney"/>).</param>
public sealed record KindFigures(AidKind Kind, int Projects, int Completed, IReadOnlyList<MoneyTotal> Committed,
    decimal CommittedVnd, decimal CompletedCommittedVnd, IReadOnlyList<MoneyTotal> Disbursed, decimal DisbursedVnd,
    int Donors, bool Complete);

public sealed record SectorFigures(string Code, string? Name, int Projects, decimal CommittedVnd, bool Complete);

public sealed record DonorFigures(int PartnerId, string Name, int Projects, IReadOnlyList<MoneyTotal> Committed,
    decimal CommittedVnd, bool Complete);

/// <summary>A currency and a value date for which no exchange rate exists on or before that date.</summary>
public sealed record MissingRate(string Currency, DateOnly Date);

/// <summary>The aid figures of a period. A VND total is the sum of what could be converted; <see cref="Complete"/> is
/// false when some amount could not, and <see cref="Missing"/> (and <see cref="MissingRates"/> in words) names the
/// currency and value date of each.</summary>
public sealed record AidStatsDto(DateOnly? From, DateOnly? To, IReadOnlyList<KindFigures> ByKind,
    IReadOnlyList<SectorFigures> BySector, IReadOnlyList<DonorFigures> ByDonor, IReadOnlyList<string> MissingRates)
{
    public bool Complete => Missing.Count == 0;

    public IReadOnlyList<MissingRate> Missing { get; init; } = [];
}

public sealed class AidStatsQuery
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>Aid figures computed by the database: GROUP BY per currency and value date, converted to VND over those
/// groups (never over loaded projects), by sector weighted by the sector's percentage.</summary>
public static class AidStats
{
    public static async Task<AidStatsDto> ComputeAsync(AttacheDb db, AidStatsQuery q, CancellationToken ct)
    {
        if (q.From > q.To)
        {
            throw InputValidation.Error("to", "The period ends before it starts.");
        }

        var from = q.From ?? DateOnly.MinValue;
        var to = q.To ?? DateOnly.MaxValue;
        var projects = db.Set<AidProject>().AsNoTracking();
        if (q.From is not null || q.To is not null)
        {
            projects = AidProjectDates.RunningBetween(projects, from, to);
        }

        var counts = await projects.GroupBy(p => p.Kind).Select(g => new
        {
            Kind = g.Key,
            Projects = g.Count(),
            Completed = g.Count(p => p.Status == ActivityStatus.Finalisation || p.Status == ActivityStatus.Closed),
        }).ToListAsync(ct);

        var moneyTypes = MoneyTypes();
        var transactions = db.Set<AidTransaction>().AsNoTracking()
            .Where(t => moneyTypes.Contains(t.Type) && t.Date >= from && t.Date <= to)
            .Join(projects, t => t.AidProjectId, p => p.Id, (t, p) => new { t, p.ProvinceId, p.Kind, p.Status });
        var byKind = await transactions
            .GroupBy(x => new { x.ProvinceId, x.Kind, x.Status, x.t.Type, x.t.Currency, x.t.ValueDate })
            .Select(g => new
            {
                g.Key.ProvinceId, g.Key.Kind, g.Key.Status, g.Key.Type, g.Key.Currency, g.Key.ValueDate,
                Amount = g.Sum(x => x.t.Value)
            })
            .ToListAsync(ct);

        var donors = await db.Set<AidParticipant>().AsNoTracking().Where(x => x.Role == ParticipantRole.Funding)
            .Join(projects, x => x.AidProjectId, p => p.Id, (x, p) => new { p.Kind, x.PartnerId })
            .Distinct().GroupBy(x => x.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);

        var commitments = AidTransaction.Commitments;
        var sectorMoney = await db.Set<AidSector>().AsNoTracking()
            .Join(transactions.Where(x => commitments.Contains(x.t.Type)), s => s.AidProjectId, x => x.t.AidProjectId,
                (s, x) => new { s.Code, s.Percentage, x.ProvinceId, x.t })
            .GroupBy(x => new { x.Code, x.Percentage, x.ProvinceId, x.t.Currency, x.t.ValueDate })
            .Select(g => new
            {
                g.Key.Code, g.Key.Percentage, g.Key.ProvinceId, g.Key.Currency, g.Key.ValueDate,
                Amount = g.Sum(x => x.t.Value)
            })
            .ToListAsync(ct);
        var sectorProjects = await db.Set<AidSector>().AsNoTracking()
            .Join(projects, s => s.AidProjectId, p => p.Id, (s, p) => new { s.Code, p.Id })
            .GroupBy(x => x.Code).Select(g => new { Code = g.Key, Count = g.Select(x => x.Id).Distinct().Count() })
                .ToListAsync(ct);

        var donorMoney = await transactions.Where(x => commitments.Contains(x.t.Type) && x.t.ProviderPartnerId != null)
            .GroupBy(x => new { PartnerId = x.t.ProviderPartnerId!.Value, x.ProvinceId, x.t.Currency, x.t.ValueDate })
            .Select(g => new
            {
                g.Key.PartnerId, g.Key.ProvinceId, g.Key.Currency, g.Key.ValueDate,
                Amount = g.Sum(x => x.t.Value)
            })
            .ToListAsync(ct);
        var donorProjects = await db.Set<AidParticipant>().AsNoTracking().Where(x => x.Role == ParticipantRole.Funding)
            .Join(projects, x => x.AidProjectId, p => p.Id, (x, p) => new { x.PartnerId, p.Id })
            .GroupBy(x => x.PartnerId)
            .Select(g => new { PartnerId = g.Key, Count = g.Select(x => x.Id).Distinct().Count() }).ToListAsync(ct);
        var donorIds = donorProjects.Select(d => d.PartnerId).Union(donorMoney.Select(d => d.PartnerId)).ToList();
        var names = await db.Set<Partners.Partner>().AsNoTracking().Where(p => donorIds.Contains(p.Id))
            .Select(p => new { p.Id, p.NameLatin }).ToDictionaryAsync(p => p.Id, p => p.NameLatin, ct);

        var book = await RateBook.LoadAsync(db, byKind.Select(x => x.Currency), ct);
        var money = new AidMoney(book);
        (decimal Vnd, bool Complete) Vnd(IEnumerable<(int Province, string Currency, DateOnly Date,
            decimal Amount)> parts) =>
            money.ToVnd(parts);

        static List<MoneyTotal> PerCurrency(IEnumerable<(string Currency, decimal Amount)> parts) =>
            [.. parts.GroupBy(p => p.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MoneyTotal(g.Key, g.Sum(p => p.Amount)))];

        var kinds = counts.Select(c => c.Kind).Union(byKind.Select(x => x.Kind)).Order().ToList();
        var kindRows = kinds.Select(kind =>
        {
            var c = counts.FirstOrDefault(x => x.Kind == kind);
            var rows = byKind.Where(x => x.Kind == kind).ToList();
            var committed = rows.Where(x => commitments.Contains(x.Type)).ToList();
            var disbursed = rows.Where(x => AidTransaction.Disbursements.Contains(x.Type)).ToList();
            var committedVnd = Vnd(committed.Select(x => (x.ProvinceId, x.Currency, x.ValueDate, x.Amount)));
            var completedVnd = Vnd(committed.Where(x => AidProject.IsCompleted(x.Status))
                .Select(x => (x.ProvinceId, x.Currency, x.ValueDate, x.Amount)));
            var disbursedVnd = Vnd(disbursed.Select(x => (x.ProvinceId, x.Currency, x.ValueDate, x.Amount)));
            return new KindFigures(kind, c?.Projects ?? 0, c?.Completed ?? 0,
                PerCurrency(committed.Select(x => (x.Currency, x.Amount))), committedVnd.Vnd, completedVnd.Vnd,
                PerCurrency(disbursed.Select(x => (x.Currency, x.Amount))), disbursedVnd.Vnd,
                donors.FirstOrDefault(d => d.Kind == kind)?.Count ?? 0,
                committedVnd.Complete && completedVnd.Complete && disbursedVnd.Complete);
        }).ToList();

        var sectorRows = sectorProjects.Select(s =>
            {
                var (vnd, complete) = Vnd(sectorMoney.Where(m => m.Code == s.Code)
                    .Select(m => (m.ProvinceId, m.Currency, m.ValueDate, m.Amount * m.Percentage / 100m)));
                return new SectorFigures(s.Code, Iati.IatiCodeLists.Name(Iati.IatiCodeLists.Sector, s.Code), s.Count,
                    vnd, complete);
            })
            .OrderByDescending(s => s.CommittedVnd).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();

        var donorRows = donorIds.Select(id =>
            {
                var (vnd, complete) = Vnd(donorMoney.Where(m => m.PartnerId == id)
                    .Select(m => (m.ProvinceId, m.Currency, m.ValueDate, m.Amount)));
                return new DonorFigures(id, names.GetValueOrDefault(id, $"#{id}"),
                    donorProjects.FirstOrDefault(d => d.PartnerId == id)?.Count ?? 0,
                    PerCurrency(donorMoney.Where(m => m.PartnerId == id).Select(m => (m.Currency, m.Amount))), vnd,
                        complete);
            })
            .OrderByDescending(d => d.CommittedVnd).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();

        return new AidStatsDto(q.From, q.To, kindRows, sectorRows, donorRows,
            [.. money.Missing.Select(m => RateBook.Missing(m.Currency, m.Date))])
        {
            Missing = money.Missing,
        };
    }

    private static TransactionType[] MoneyTypes() => [.. AidTransaction.Commitments, .. AidTransaction.Disbursements];
}
