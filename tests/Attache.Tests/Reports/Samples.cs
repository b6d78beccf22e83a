using Attache.Aid;
using Attache.Reports;

namespace Attache.Tests.Reports;

/// <summary>Hand-built summaries with the figures of the two source articles, so the narrative and the formats can
/// be checked before the features that count them are merged.</summary>
public static class Samples
{
    public static SectorAmount Sector(string code, long vnd) =>
        new(code, SectorNames.NameVi(code), SectorNames.NameEn(code), vnd);

    public static readonly DateTime Made = new(2025, 11, 14, 3, 0, 0, DateTimeKind.Utc);

    public static PeriodSummary Empty(string province = "VN-04") => new(province, "Cao Bằng", "Cao Bang",
        new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31), null, null, Made,
        DelegationSummary.Empty, AgreementSummary.Empty, AidSummary.Empty, BorderSummary.Empty, TwinningSummary.Empty,
        EventSummary.Empty, LabourSummary.Empty, new PartnerSummary(0, 0, [], []), []);

    /// <summary>Cao Bằng, 2020–2025 against 2016–2019 (FACTS.md): 190 in, 120 out, 69 agreements, ODA 9 projects
    /// 1,576,566,000,000 VND (7 completed, 1,451,355,000,000), 41 donors 52 million USD, border revenue almost 6,900
    /// billion (+249.0 %, 46.0 % of the province's revenue), 10 twinnings.</summary>
    public static PeriodSummary CaoBang()
    {
        var previous = Empty() with
        {
            From = new DateOnly(2016, 1, 1),
            To = new DateOnly(2019, 12, 31),
            Delegations = new DelegationSummary(new(142, 1_020), new(85, 410), [], []),
            Borders = BorderSummary.Empty with
            {
                StateRevenueVnd = 1_976_361_000_000,
                RevenuePerYear = [new(2016, 402_000_000_000), new(2017, 455_000_000_000), new(2018, 530_000_000_000),
                    new(2019, 589_361_000_000)],
            },
        };
        return Empty() with
        {
            CompareFrom = previous.From,
            CompareTo = previous.To,
            Previous = previous,
            Delegations = new DelegationSummary(new(190, 1_418), new(120, 642),
                [new("CN", 170, 100), new("LA", 12, 15), new("KR", 8, 5)],
                [new(2020, 20, 8), new(2021, 9, 3), new(2022, 28, 17), new(2023, 41, 30), new(2024, 47, 33),
                    new(2025, 45, 29)]),
            Agreements = new AgreementSummary(69, 52, [new("Agreement", 40), new("MemorandumOfUnderstanding", 29)],
                [new("border-management", "Quản lý biên giới", "Border management", 31),
                    new("trade", "Thương mại", "Trade", 21),
                 new("tourism", "Du lịch", "Tourism", 17)],
                [new("CN", 61), new("LA", 4), new("KR", 4)]),
            Aid = new AidSummary(
                [
                    new("OdaLoan", 6, 5, 3, [new("VND", 1_200_000_000_000m)], 1_200_000_000_000, 1_100_000_000_000,
                        1_050_000_000_000),
                    new("OdaGrant", 3, 2, 1, [new("VND", 376_566_000_000m)], 376_566_000_000, 351_355_000_000,
                        352_118_000_000),
                    new("NonRefundableAid", 63, 51, 41, [new("USD", 52_000_000m)], 1_300_000_000_000,
                        1_010_000_000_000, 1_150_000_000_000),
                ],
                2_876_566_000_000,
                [Sector("16010", 900_000_000_000), Sector("12220", 700_000_000_000), Sector("11220", 600_000_000_000)])
            {
                ByGroup =
                [
                    new(AidKinds.Oda, 9, 7, 4, [new("VND", 1_576_566_000_000m)], 1_576_566_000_000, 1_451_355_000_000,
                        1_402_118_000_000),
                    new(AidKinds.NonRefundable, 63, 51, 41, [new("USD", 52_000_000m)], 1_300_000_000_000,
                        1_010_000_000_000, 1_150_000_000_000),
                ],
            },
            Borders = new BorderSummary(6_897_500_000_000, 1_976_361_000_000, 249.0m, 46.0m, 1_234_567_890.5m,
                [new(new DateOnly(2023, 9, 15), 7, "Sóc Giang – Bình Mãng", "Soc Giang – Pingmeng",
                    "UpgradedToInternational")],
                [new(2020, 812_000_000_000), new(2021, 905_000_000_000), new(2022, 1_050_000_000_000),
                    new(2023, 1_310_500_000_000),
                 new(2024, 1_420_000_000_000), new(2025, 1_400_000_000_000)]),
            Twinnings = new TwinningSummary(10, 3),
            Partners = new PartnerSummary(23, 2, [new("ForeignLocality", 20), new("Enterprise", 3)],
                [new("CN", 22), new("VN", 1)]),
            Warnings = ["Section labour has no data source yet."],
            Records =
            [
                new SectionRecords(ReportSection.Delegations, ["date", "direction", "country", "visitors"],
                    [[new DateOnly(2023, 3, 2), "Inbound", "CN", 14], [new DateOnly(2024, 5, 9), "Outbound", "LA", 6]]),
            ],
        };
    }

    /// <summary>Lai Châu, 2020–2025 (FACTS.md): 536 delegations with 3,696 foreign visitors, 5 agreements with Korean
    /// localities, over 226 billion VND of non-refundable aid, 5 press delegations, 31 exchange programmes, 6
    /// twinnings.</summary>
    public static PeriodSummary LaiChau() => Empty("VN-01") with
    {
        ProvinceNameVi = "Lai Châu",
        ProvinceNameEn = "Lai Chau",
        Delegations = new DelegationSummary(new(536, 3_696), new(0, 0),
            [new("CN", 301, 0), new("LA", 150, 0), new("KR", 85, 0)], []),
        Agreements = new AgreementSummary(5, 5, [],
            [new("high-tech-agriculture", "Nông nghiệp công nghệ cao", "High-tech agriculture", 2),
                new("tourism", "Du lịch", "Tourism", 1),
             new("education", "Giáo dục, đào tạo", "Education and training", 1),
                 new("labour-employment", "Lao động, việc làm", "Labour and employment", 1)],
            [new("KR", 5)]),
        Aid = new AidSummary([new("NonRefundableAid", 48, 40, 27, [new("VND", 226_350_000_000m)], 226_350_000_000,
            190_000_000_000, 201_000_000_000)],
            226_350_000_000, [Sector("12220", 80_000_000_000), Sector("11220", 60_000_000_000),
                Sector("14031", 40_000_000_000)])
        {
            ByGroup = [new(AidKinds.NonRefundable, 48, 40, 27, [new("VND", 226_350_000_000m)], 226_350_000_000,
                190_000_000_000, 201_000_000_000)],
        },
        Events = new EventSummary([new(EventKinds.PeopleToPeople, 31, 2_480, 610)], 5, 0),
        Twinnings = new TwinningSummary(6, 6),
    };
}
