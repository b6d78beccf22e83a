using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Reception;

/// <summary>The two provinces' norms for receiving foreign guests, each set by a decision of the provincial People's
/// Committee under the Ministry of Finance's rules on receiving foreign guests (Circular 71/2018/TT-BTC): a Lai Châu
/// decision of 2019 replaced in mid-2024, and Cao Bằng's of 2023, somewhat lower.</summary>
internal sealed class SpendingNormDemoData : IDemoData
{
    public int Order => 60;

    // Per guest per day, per banquet head, per gift; by guest level (Ministerial, ViceMinisterial, Director, Other).
    private static readonly decimal[][] LaiChau2024 =
    [
        [2_500_000m, 1_800_000m, 1_200_000m, 800_000m],
        [1_200_000m, 1_000_000m, 800_000m, 600_000m],
        [3_000_000m, 2_000_000m, 1_000_000m, 500_000m],
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        Add(db, demo.LaiChau.Id, "Quyết định số 08/2019/QĐ-UBND ngày 20/02/2019 của UBND tỉnh Lai Châu",
            new(2019, 3, 1), new(2024, 6, 30), 0.8m);
        Add(db, demo.LaiChau.Id, "Quyết định số 15/2024/QĐ-UBND ngày 14/06/2024 của UBND tỉnh Lai Châu",
            new(2024, 7, 1), null, 1m);
        Add(db, demo.CaoBang.Id, "Quyết định số 21/2023/QĐ-UBND ngày 28/08/2023 của UBND tỉnh Cao Bằng",
            new(2023, 9, 1), null, 0.9m);
        await db.SaveChangesAsync(ct);
    }

    private static void Add(AttacheDb db, int provinceId, string decision, DateOnly from, DateOnly? to,
        decimal scale)
    {
        foreach (var kind in Enum.GetValues<NormKind>())
        {
            foreach (var level in Enum.GetValues<GuestLevel>())
            {
                db.Add(new SpendingNorm
                {
                    ProvinceId = provinceId,
                    Kind = kind,
                    Level = level,
                    // Rounded to the thousand đồng, as decisions state them.
                    Amount = Math.Round(LaiChau2024[(int)kind][(int)level] * scale / 10_000m) * 10_000m,
                    Decision = decision,
                    ValidFrom = from,
                    ValidTo = to,
                });
            }
        }
    }
}
