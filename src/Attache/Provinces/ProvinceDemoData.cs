using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Provinces;

/// <summary>The two provinces of the source articles.</summary>
internal sealed class ProvinceDemoData : IDemoData
{
    public int Order => 0;

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        Province[] provinces =
        [
            new() { Code = "VN-01", NameVi = "Lai Châu", NameEn = "Lai Chau" },
            new() { Code = "VN-04", NameVi = "Cao Bằng", NameEn = "Cao Bang" },
        ];
        db.Provinces.AddRange(provinces);
        await db.SaveChangesAsync(ct);
        foreach (var p in provinces)
        {
            demo.Provinces[p.Code] = p;
        }
    }
}
