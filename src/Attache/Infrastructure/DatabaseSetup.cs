using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Attache.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Attache:Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/attache.db";

    public static IServiceCollection AddAttacheDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connection = configuration.GetConnectionString("Attache");

        services.AddScoped<Tenant>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditInterceptor>();
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException(
                    "Attache:Database:Provider is Postgres but ConnectionStrings:Attache is empty; "
                    + "give it an Npgsql connection string.");
            }

            services.AddDbContext<AttacheDb, PostgresAttacheDb>((sp, o) =>
                o.UseNpgsql(connection).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            connection = string.IsNullOrWhiteSpace(connection) ? DefaultSqlite : connection;
            EnsureSqliteFolder(connection);
            services.AddDbContext<AttacheDb, SqliteAttacheDb>((sp, o) =>
                o.UseSqlite(connection).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }

        return services;
    }

    private static void EnsureSqliteFolder(string connection)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static void TryAddSingleton<T>(this IServiceCollection services, T instance) where T : class
    {
        if (!services.Any(s => s.ServiceType == typeof(T)))
        {
            services.AddSingleton(instance);
        }
    }
}

// `dotnet ef migrations add X --context SqliteAttacheDb -o Migrations/Sqlite` (and Postgres) use these.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteAttacheDb>
{
    public SqliteAttacheDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAttacheDb>().UseSqlite(DatabaseSetup.DefaultSqlite).Options,
            new Tenant(), TimeProvider.System);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresAttacheDb>
{
    public PostgresAttacheDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAttacheDb>().UseNpgsql("Host=localhost;Database=attache").Options,
            new Tenant(), TimeProvider.System);
}
