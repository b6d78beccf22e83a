using System.Linq.Expressions;
using System.Reflection;
using Attache.Accounts;
using Attache.Audit;
using Attache.Provinces;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Attache.Infrastructure;

/// <summary>The one database of Attache. It is the repository: features query it directly with LINQ.
/// Province-owned records are filtered to the current <see cref="Tenant"/>; every change is audited.</summary>
public abstract class AttacheDb(DbContextOptions options, Tenant tenant, TimeProvider clock, IHttpContextAccessor? http)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    public Tenant Tenant { get; } = tenant;
    public TimeProvider Clock { get; } = clock;

    /// <summary>Who is making the change, for the audit trail; null for start-up and system work.</summary>
    public System.Security.Claims.ClaimsPrincipal? CurrentUser => http?.HttpContext?.User;

    // Read by the query filters; EF turns these into parameters per context instance.
    private bool TenantAll => Tenant.AllProvinces;
    private int? TenantProvinceId => Tenant.ProvinceId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AttacheDb).Assembly);

        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).ToList())
        {
            if (typeof(Entity).IsAssignableFrom(type.ClrType))
            {
                builder.Entity(type.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
            }

            if (typeof(IProvinceOwned).IsAssignableFrom(type.ClrType))
            {
                FilterMethod.MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
                builder.Entity(type.ClrType)
                    .HasOne(typeof(Province), type.ClrType.GetProperty(nameof(ProvinceEntity.Province)) is null ? null : nameof(ProvinceEntity.Province)).WithMany()
                    .HasForeignKey(nameof(IProvinceOwned.ProvinceId)).OnDelete(DeleteBehavior.Restrict);
            }

            if (typeof(ISearchable).IsAssignableFrom(type.ClrType))
            {
                builder.Entity(type.ClrType).Property(nameof(ISearchable.SearchText)).HasMaxLength(TextSearch.MaxLength);
            }
        }

        builder.Entity<AuditEntry>().HasQueryFilter(a => TenantAll || a.ProvinceId == TenantProvinceId);
        builder.Entity<AppUser>().HasOne(u => u.Province).WithMany().HasForeignKey(u => u.ProvinceId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<AppUser>().Property(u => u.CalendarToken).HasMaxLength(64);
        builder.Entity<AppUser>().HasIndex(u => u.CalendarToken).IsUnique();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money and rates are exact: no floating point, no provider default precision.
        configurationBuilder.Properties<decimal>().HavePrecision(28, 6);
        // Enums are stored by name so the data reads on its own and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Timestamps are UTC everywhere; SQLite forgets the kind, so it is put back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    private static readonly MethodInfo FilterMethod =
        typeof(AttacheDb).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private void ApplyTenantFilter<T>(ModelBuilder builder) where T : class, IProvinceOwned
    {
        Expression<Func<T, bool>> filter = e => TenantAll || e.ProvinceId == TenantProvinceId;
        builder.Entity<T>().HasQueryFilter(filter);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        Stamp(now);
        var pending = AuditRecorder.Capture(ChangeTracker, CurrentUser, now);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The audit rows need the ids the database gives new records, so they are written in a second
        // statement inside the same transaction: either both land or neither.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var (entry, audit) in pending)
            {
                var entity = (Entity)entry.Entity;
                audit.EntityId = entity.Id;
                AuditRecorder.Complete(entry, audit);
                if (entry.Entity is IAuditChild child)
                {
                    audit.ParentId = child.AuditParent.Id;
                }
            }

            AuditEntries.AddRange(pending.Select(p => p.Audit));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void Stamp(DateTime now)
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = 1;
                    if (entry.Entity is IProvinceOwned owned)
                    {
                        StampProvince(owned);
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

    private void StampProvince(IProvinceOwned owned)
    {
        if (owned.ProvinceId == 0)
        {
            owned.ProvinceId = Tenant.RequireProvince();
        }
        else if (!Tenant.AllProvinces && owned.ProvinceId != Tenant.ProvinceId)
        {
            throw ProblemException.Forbidden("A record cannot be written into another province.");
        }
    }
}

internal sealed class UtcConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>SQLite flavour: its own migrations, same model.</summary>
public sealed class SqliteAttacheDb(DbContextOptions<SqliteAttacheDb> options, Tenant tenant, TimeProvider clock, IHttpContextAccessor? http = null)
    : AttacheDb(options, tenant, clock, http);

/// <summary>PostgreSQL flavour: its own migrations, same model.</summary>
public sealed class PostgresAttacheDb(DbContextOptions<PostgresAttacheDb> options, Tenant tenant, TimeProvider clock, IHttpContextAccessor? http = null)
    : AttacheDb(options, tenant, clock, http);
