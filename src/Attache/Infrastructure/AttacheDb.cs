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
/// Province-owned records are filtered to the current <see cref="Tenant"/>; every change is stamped and audited
/// by <see cref="AuditInterceptor"/>.</summary>
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
                var navigation = type.ClrType.GetProperty(nameof(ProvinceEntity.Province)) is null
                    ? null
                    : nameof(ProvinceEntity.Province);
                builder.Entity(type.ClrType)
                    .HasOne(typeof(Province), navigation).WithMany()
                    .HasForeignKey(nameof(IProvinceOwned.ProvinceId)).OnDelete(DeleteBehavior.Restrict);
            }

            if (typeof(ISearchable).IsAssignableFrom(type.ClrType))
            {
                builder.Entity(type.ClrType).Property(nameof(ISearchable.SearchText))
                    .HasMaxLength(TextSearch.MaxLength);
            }
        }

        builder.Entity<AuditEntry>().HasQueryFilter(a => TenantAll || a.ProvinceId == TenantProvinceId);
        builder.Entity<AppUser>().HasOne(u => u.Province).WithMany().HasForeignKey(u => u.ProvinceId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<AppUser>().Property(u => u.CalendarToken).HasMaxLength(64);
        builder.Entity<AppUser>().Property(u => u.Language).HasMaxLength(8).HasDefaultValue("vi");
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
}

internal sealed class UtcConverter()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>SQLite flavour: its own migrations, same model.</summary>
public sealed class SqliteAttacheDb(
    DbContextOptions<SqliteAttacheDb> options, Tenant tenant, TimeProvider clock, IHttpContextAccessor? http = null)
    : AttacheDb(options, tenant, clock, http);

/// <summary>PostgreSQL flavour: its own migrations, same model.</summary>
public sealed class PostgresAttacheDb(
    DbContextOptions<PostgresAttacheDb> options, Tenant tenant, TimeProvider clock, IHttpContextAccessor? http = null)
    : AttacheDb(options, tenant, clock, http);
