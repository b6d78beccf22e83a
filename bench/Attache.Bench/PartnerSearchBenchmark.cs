using Attache.Infrastructure;
using Attache.Partners;
using Attache.Provinces;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace Attache.Bench;

/// <summary>Searching and paging the partner register of a province with many partners (SQLite file).</summary>
[MemoryDiagnoser]
public class PartnerSearchBenchmark
{
    private string file = "";
    private SqliteAttacheDb db = null!;

    [Params(10_000)]
    public int Partners { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        file = Path.Combine(Path.GetTempPath(), $"attache-bench-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteAttacheDb>().UseSqlite($"Data Source={file}")
            .AddInterceptors(new AuditInterceptor(TimeProvider.System)).Options;
        db = new SqliteAttacheDb(options, new Tenant(), TimeProvider.System);
        db.Tenant.UseAll();
        await db.Database.MigrateAsync();
        var province = new Province { Code = "VN-01", NameVi = "Lai Châu", NameEn = "Lai Chau" };
        db.Add(province);
        await db.SaveChangesAsync();
        for (var i = 0; i < Partners; i++)
        {
            db.Add(new Partner
            {
                ProvinceId = province.Id,
                Kind = (PartnerKind)(i % 9),
                Country = i % 2 == 0 ? "CN" : "KR",
                NameLatin = $"Partner {i:00000}",
                NameVietnamese = $"Đối tác {i}",
            });
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.Tenant.Use(province);
    }

    [Benchmark]
    public Task<Paged<PartnerRow>> SearchAccentInsensitive() =>
        new PartnerService(db).ListAsync(new PartnerQuery { Search = "doi tac 99", PageSize = 20 },
            CancellationToken.None);

    [Benchmark]
    public Task<Paged<PartnerRow>> FilterAndPage() =>
        new PartnerService(db).ListAsync(
            new PartnerQuery { Kind = PartnerKind.Ngo, Country = "KR", Page = 10, PageSize = 20 },
            CancellationToken.None);

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
