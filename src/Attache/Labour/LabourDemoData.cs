using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Labour;

/// <summary>Lai Châu's seasonal workers in Mungyeong: three cohorts (2023–2025) at the aloe farm, Đồng Văn Toàn and his
/// wife from Huổi Bắc among the first, back after 7 months with about 37 million VND a month each.</summary>
internal sealed class LabourDemoData : IDemoData
{
    public int Order => 32;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly string[] FamilyNames = ["Lò", "Tao", "Vàng", "Giàng", "Sùng", "Lý", "Tẩn", "Chảo", "Đèo",
        "Hoàng", "Lường", "Lù"];
    private static readonly string[] MenNames = ["Văn Minh", "A Páo", "Văn Sử", "A Chứ", "Văn Tả", "Seo Dơ",
        "Văn Phong", "Văn Lâm", "Văn Hải", "A Quân"];
    private static readonly string[] WomenNames = ["Thị Mai", "Thị Dung", "Thị Xuân", "Thị Hoa", "Thị Pằng", "Thị Mỷ",
        "Thị Lan", "Thị Hiền"];
    private static readonly string[] Communes = ["Phong Thổ", "Sin Suối Hồ", "Dào San", "Khổng Lào", "Bản Lang",
        "Tam Đường", "Bình Lư", "Tân Uyên"];

    // Per cohort: how many came back on time, early, did not come back, are still abroad (as of November 2025).
    private static readonly (string Name, DateOnly Departure, DateOnly PlannedReturn, int OnTime, int Early,
        int Missing, int Abroad)[] Cohorts =
    [
        ("Đợt 2023", D(2023, 4, 3), D(2023, 11, 3), 10, 1, 1, 0),
        ("Đợt 2024", D(2024, 3, 18), D(2024, 10, 18), 15, 2, 1, 0),
        ("Đợt 2025", D(2025, 5, 12), D(2025, 12, 12), 0, 2, 0, 20),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var province = demo.LaiChau.Id;
        var programme = new LabourProgramme
        {
            ProvinceId = province,
            Name = "Lao động thời vụ Lai Châu – Mungyeong",
            PartnerId = demo.Partner("mungyeong").Id,
            Sector = "Nông nghiệp thời vụ",
            PayMinVnd = 25_000_000m,
            PayMaxVnd = 40_000_000m,
            Employers = [new LabourEmployer { ProvinceId = province, PartnerId = demo.Partner("aloe").Id }],
            Notes = "Theo thỏa thuận hợp tác với thành phố Mungyeong (Gyeongsangbuk-do) về tiếp nhận lao động nông "
                + "nghiệp thời vụ.",
        };

        var n = 0;
        foreach (var c in Cohorts)
        {
            var cohort = new LabourCohort
            {
                ProvinceId = province, Name = c.Name, DepartureOn = c.Departure,
                PlannedReturnOn = c.PlannedReturn
            };
            if (c.Departure.Year == 2023)
            {
                // Back after 7 months: the couple left with the cohort and returned on its planned day.
                cohort.Workers.Add(Worker(province, "Đồng Văn Toàn", Gender.Male, 1989, "Phong Thổ", "Huổi Bắc",
                    WorkerOutcome.ReturnedOnTime, c.PlannedReturn, 37_000_000m));
                cohort.Workers.Add(Worker(province, "Lò Thị Hương", Gender.Female, 1991, "Phong Thổ", "Huổi Bắc",
                    WorkerOutcome.ReturnedOnTime, c.PlannedReturn, 37_000_000m));
            }

            var outcomes = Enumerable.Repeat(WorkerOutcome.ReturnedOnTime, c.OnTime - cohort.Workers.Count)
                .Concat(Enumerable.Repeat(WorkerOutcome.ReturnedEarly, c.Early))
                .Concat(Enumerable.Repeat(WorkerOutcome.DidNotReturn, c.Missing))
                .Concat(Enumerable.Repeat(WorkerOutcome.Abroad, c.Abroad));
            foreach (var outcome in outcomes)
            {
                var woman = n % 3 == 1;
                var name = $"{FamilyNames[n * 7 % FamilyNames.Length]} "
                    + $"{(woman ? WomenNames[n % WomenNames.Length] : MenNames[n % MenNames.Length])}";
                DateOnly? back = outcome switch
                {
                    WorkerOutcome.ReturnedOnTime => c.PlannedReturn,
                    WorkerOutcome.ReturnedEarly => c.Departure.AddDays(60 + (n * 13 % 90)),
                    _ => null,
                };
                cohort.Workers.Add(Worker(province, name, woman ? Gender.Female : Gender.Male, 1980 + (n * 7 % 20),
                    Communes[n % Communes.Length], null, outcome, back, 25_000_000m + (n * 1_000_000m % 15_000_000m)));
                n++;
            }

            programme.Cohorts.Add(cohort);
        }

        db.Add(programme);
        await db.SaveChangesAsync(ct);
    }

    private static SeasonalWorker Worker(int province, string name, Gender gender, int born, string commune,
        string? village, WorkerOutcome outcome, DateOnly? back, decimal pay) => new()
        {
            ProvinceId = province,
            FullName = name,
            Gender = gender,
            BirthYear = born,
            CommuneOfOrigin = commune,
            VillageOfOrigin = village,
            Outcome = outcome,
            ReturnedOn = back,
            MonthlyPayVnd = pay,
        };
}
