using Attache.Accounts;
using Attache.Agreements;
using Attache.Demo;
using Attache.Infrastructure;
using Attache.Reports;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Attache.Bench;

/// <summary>The period report's summary over the whole demo data (SQLite file): every section's GROUP BY queries,
/// the work behind the report page and each of its downloads.</summary>
[MemoryDiagnoser]
public class ReportSummaryBenchmark
{
    private string file = "";
    private ServiceProvider services = null!;
    private AsyncServiceScope scope;
    private AttacheDb db = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        file = Path.Combine(Path.GetTempPath(), $"attache-bench-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Attache"] = $"Data Source={file}" }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddAttacheDatabase(configuration);
        collection.AddOptions<AdminOptions>();
        collection.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AttacheDb>();
        services = collection.BuildServiceProvider();

        await using (var setup = services.CreateAsyncScope())
        {
            var setupDb = setup.ServiceProvider.GetRequiredService<AttacheDb>();
            setupDb.Tenant.UseAll();
            await setupDb.Database.MigrateAsync();
            await AgreementFields.EnsureAsync(setupDb, CancellationToken.None);
            await AccountSetup.EnsureRolesAndAdminAsync(setup.ServiceProvider);
            await DemoDataLoader.LoadAsync(setup.ServiceProvider, NullLogger.Instance);
        }

        scope = services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        db.Tenant.UseAll();
    }

    [Benchmark]
    public Task<PeriodSummary> CaoBang2020To2025AgainstThePreviousPeriod() =>
        ReportQueries.SummaryAsync(db, new ReportRequest("VN-04", new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31),
            new DateOnly(2016, 1, 1), new DateOnly(2019, 12, 31)), CancellationToken.None);

    [Benchmark]
    public Task<PeriodSummary> AllProvinces2020To2025() =>
        ReportQueries.SummaryAsync(db, new ReportRequest(PeriodSummary.All, new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31)), CancellationToken.None);

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
