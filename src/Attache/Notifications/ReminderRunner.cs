using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Notifications;

/// <summary>What one province's run of a day did: <see cref="Queued"/> is null when the day was already claimed (by
/// an earlier run or another app instance) and nothing was queued.</summary>
public sealed record ReminderRunResult(string Province, DateOnly Day, int? Queued);

/// <summary>Runs every <see cref="IReminderRule"/> once per day per province. The claim of a day is a
/// <see cref="ReminderRun"/> row, unique by (province, day), inserted first in the transaction that then adds the
/// notifications: a second instance running the same day waits on that row (PostgreSQL) or on the write lock
/// (SQLite), then fails on the unique key and queues nothing; a run that fails queues nothing and claims
/// nothing, so the next check tries again.</summary>
public sealed class ReminderRunner(AttacheDb db, IEnumerable<IReminderRule> rules, Notifier notifier)
    : IFeatureService
{
    /// <summary>Runs the rules of <paramref name="day"/> (a day in Viet Nam) for every province.</summary>
    public async Task<IReadOnlyList<ReminderRunResult>> RunDayAsync(DateOnly day, CancellationToken ct)
    {
        db.Tenant.UseAll();
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Code }).ToListAsync(ct);
        var results = new List<ReminderRunResult>();
        foreach (var province in provinces)
        {
            results.Add(new(province.Code, day, await RunProvinceAsync(province.Id, province.Code, day, ct)));
        }

        db.Tenant.UseAll();
        return results;
    }

    private async Task<int?> RunProvinceAsync(int provinceId, string code, DateOnly day, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Tenant.Use(provinceId, code);
        if (await db.Set<ReminderRun>().AnyAsync(r => r.ProvinceId == provinceId && r.Day == day, ct))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = new ReminderRun { ProvinceId = provinceId, Day = day, RanAt = db.Clock.GetUtcNow().UtcDateTime };
        db.Add(run);
        try
        {
            // The claim goes first, alone: a competing instance blocks here until this transaction ends.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (ProblemHandler.IsUniqueViolation(e.InnerException))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }

        foreach (var rule in rules)
        {
            foreach (var draft in await rule.FindAsync(db, provinceId, day, ct))
            {
                if (await notifier.QueueAsync(draft, ct))
                {
                    run.Queued++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return run.Queued;
    }
}
