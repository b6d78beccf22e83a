using System.Runtime.CompilerServices;
using Attache.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Attache.Infrastructure;

/// <summary>Save-time work of every <see cref="AttacheDb"/>: timestamps, versions, search text and the province of new
/// records are stamped, and each change is audited in the same transaction as the change itself.</summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>What one save has to finish once the database has given the new records their ids.</summary>
    private sealed record PendingAudit(List<(EntityEntry Entry, AuditEntry Audit)> Entries, IDbContextTransaction? Own);

    private readonly ConditionalWeakTable<DbContext, PendingAudit> pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData,
        InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AttacheDb db || pending.TryGetValue(db, out _))
        {
            return result; // the second statement of an audited save: the audit rows themselves
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Stamp(db, now);
        var entries = AuditRecorder.Capture(db.ChangeTracker, db.CurrentUser, now, db.Tenant.ProvinceId);
        if (entries.Count > 0)
        {
            // The audit rows need the ids the database gives new records, so they are written in a second
            // statement inside the same transaction: either both land or neither.
            var own = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            pending.AddOrUpdate(db, new PendingAudit(entries, own));
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AttacheDb db || !pending.TryGetValue(db, out var audit)
            || audit.Entries.Count == 0)
        {
            return result;
        }

        // Marked done before the second save, which comes back through this interceptor.
        pending.AddOrUpdate(db, audit with { Entries = [] });
        try
        {
            foreach (var (entry, entryAudit) in audit.Entries)
            {
                entryAudit.EntityId = ((Entity)entry.Entity).Id;
                AuditRecorder.Complete(entry, entryAudit);
                if (entry.Entity is IAuditChild child)
                {
                    entryAudit.ParentId = child.AuditParent.Id;
                }
            }

            db.AuditEntries.AddRange(audit.Entries.Select(p => p.Audit));
            await db.SaveChangesAsync(cancellationToken);
            if (audit.Own is not null)
            {
                await audit.Own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await EndAsync(db);
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AttacheDb db && pending.TryGetValue(db, out var audit) && audit.Entries.Count > 0)
        {
            await EndAsync(db);
        }
    }

    /// <summary>Forgets the save; a transaction of its own that was not committed is rolled back.</summary>
    private async Task EndAsync(AttacheDb db)
    {
        if (pending.TryGetValue(db, out var audit))
        {
            pending.Remove(db);
            if (audit.Own is not null)
            {
                await audit.Own.DisposeAsync();
            }
        }
    }

    private static void Stamp(AttacheDb db, DateTime now)
    {
        foreach (var entry in db.ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = 1;
                    if (entry.Entity is IProvinceOwned owned)
                    {
                        StampProvince(db.Tenant, owned);
                    }

                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    break;
            }

            if (entry.Entity is ISearchable searchable && entry.State is EntityState.Added or EntityState.Modified)
            {
                searchable.SearchText = TextSearch.Build(searchable.SearchTerms());
            }
        }
    }

    private static void StampProvince(Tenant tenant, IProvinceOwned owned)
    {
        if (owned.ProvinceId == 0)
        {
            owned.ProvinceId = tenant.RequireProvince();
        }
        else if (!tenant.AllProvinces && owned.ProvinceId != tenant.ProvinceId)
        {
            throw ProblemException.Forbidden("A record cannot be written into another province.");
        }
    }
}
