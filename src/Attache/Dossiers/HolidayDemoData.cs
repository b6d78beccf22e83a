using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Dossiers;

/// <summary>Viet Nam's public holidays 2025–2027 (Labour Code 2019, art. 112) with the days off the government moved:
/// New Year, Tết with its announced days, the Hùng Kings' day (10th of the third lunar month), 30 April, 1 May and
/// National Day with its extra day. 2025 and Tết 2026 are the announced schedules; the other days follow the code's
/// rules (a holiday on a weekend is taken on the next working day).</summary>
internal sealed class HolidayDemoData : IDemoData
{
    public int Order => 45;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private const string NewYear = "Tết Dương lịch";
    private const string Tet = "Tết Nguyên đán";
    private const string HungKings = "Giỗ Tổ Hùng Vương";
    private const string Reunification = "Ngày Chiến thắng";
    private const string Labour = "Ngày Quốc tế Lao động";
    private const string NationalDay = "Quốc khánh";
    private const string Moved = "Nghỉ bù";

    private static readonly Dictionary<string, string> English = new()
    {
        [NewYear] = "New Year's Day", [Tet] = "Lunar New Year (Tết)", [HungKings] = "Hùng Kings' Commemoration",
        [Reunification] = "Reunification Day", [Labour] = "International Labour Day", [NationalDay] = "National Day",
        [Moved] = "Day off moved (compensated)",
    };

    public static readonly (DateOnly Date, string Name)[] Days =
    [
        (D(2025, 1, 1), NewYear),
        // Tết Ất Tỵ: 25 January to 2 February; Monday 27 January moved (worked on Saturday 8 February).
        (D(2025, 1, 27), Tet), (D(2025, 1, 28), Tet), (D(2025, 1, 29), Tet), (D(2025, 1, 30), Tet),
        (D(2025, 1, 31), Tet),
        (D(2025, 4, 7), HungKings),
        (D(2025, 4, 30), Reunification), (D(2025, 5, 1), Labour),
        // Friday 2 May moved (worked on Saturday 26 April).
        (D(2025, 5, 2), Moved),
        (D(2025, 9, 1), NationalDay), (D(2025, 9, 2), NationalDay),
        (D(2026, 1, 1), NewYear),
        // Tết Bính Ngọ: 14 to 22 February.
        (D(2026, 2, 16), Tet), (D(2026, 2, 17), Tet), (D(2026, 2, 18), Tet), (D(2026, 2, 19), Tet),
        (D(2026, 2, 20), Tet),
        // 26 April is a Sunday: taken on Monday 27 April.
        (D(2026, 4, 27), HungKings),
        (D(2026, 4, 30), Reunification), (D(2026, 5, 1), Labour),
        (D(2026, 9, 1), NationalDay), (D(2026, 9, 2), NationalDay),
        (D(2027, 1, 1), NewYear),
        // Tết Đinh Mùi falls on Saturday 6 February: the eve to the fourth day, the weekend days taken after.
        (D(2027, 2, 5), Tet), (D(2027, 2, 8), Tet), (D(2027, 2, 9), Tet), (D(2027, 2, 10), Tet),
        (D(2027, 2, 11), Tet),
        (D(2027, 4, 16), HungKings),
        // 1 May is a Saturday: taken on Monday 3 May.
        (D(2027, 4, 30), Reunification), (D(2027, 5, 3), Labour),
        (D(2027, 9, 2), NationalDay), (D(2027, 9, 3), NationalDay),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        foreach (var (date, name) in Days)
        {
            db.Add(new PublicHoliday { Date = date, Name = name, NameEnglish = English[name] });
        }

        await db.SaveChangesAsync(ct);
    }
}
