using Attache.Reports;

namespace Attache.Tests.Reports;

public sealed class NarrativeTests
{
    [Theory]
    [InlineData(3_696, RoundingWord.Almost, 3_700)]
    [InlineData(536, RoundingWord.None, 536)]
    [InlineData(190, RoundingWord.None, 190)]
    [InlineData(41, RoundingWord.None, 41)]
    [InlineData(1_004, RoundingWord.Over, 1_000)]
    [InlineData(226_000_000_000, RoundingWord.None, 226_000_000_000)]
    [InlineData(226_350_000_000, RoundingWord.Over, 226_000_000_000)]
    [InlineData(1_576_566_000_000, RoundingWord.Almost, 1_580_000_000_000)]
    [InlineData(1_451_355_000_000, RoundingWord.Over, 1_450_000_000_000)]
    [InlineData(6_897_500_000_000, RoundingWord.Almost, 6_900_000_000_000)]
    [InlineData(52_000_000, RoundingWord.None, 52_000_000)]
    public void One_rule_chooses_the_rounding_word(long exact, RoundingWord word, long written)
    {
        var a = Rounding.Approximate(exact);
        Assert.Equal(word, a.Word);
        Assert.Equal(written, a.Value);
    }

    [Theory]
    [InlineData(3_696, false, "almost 3,700")]
    [InlineData(3_696, true, "gần 3.700")]
    [InlineData(1_004, true, "hơn 1.000")]
    [InlineData(536, false, "536")]
    public void Counts_are_written_with_the_word_and_the_culture(long exact, bool vietnamese, string text) =>
        Assert.Equal(text, Rounding.Count(exact, vietnamese));

    [Theory]
    [InlineData(226_000_000_000, "VND", false, "226 billion VND")]
    [InlineData(226_000_000_000, "VND", true, "226 tỷ đồng")]
    [InlineData(226_350_000_000, "VND", false, "over 226 billion VND")]
    [InlineData(52_000_000, "USD", false, "52 million USD")]
    [InlineData(52_000_000, "USD", true, "52 triệu USD")]
    [InlineData(1_576_566_000_000, "VND", false, "almost 1,580 billion VND")]
    [InlineData(1_576_566_000_000, "VND", true, "gần 1.580 tỷ đồng")]
    [InlineData(6_897_500_000_000, "VND", true, "gần 6.900 tỷ đồng")]
    [InlineData(1_500_000_000, "VND", false, "1.5 billion VND")]
    public void Money_is_written_in_its_scale(long exact, string currency, bool vietnamese, string text) =>
        Assert.Equal(text, Rounding.Money(exact, currency, vietnamese));

    [Fact]
    public void A_converted_amount_is_about()
    {
        Assert.Equal(RoundingWord.About, Rounding.Approximate(1_300_000_000_000, estimate: true).Word);
        Assert.Equal("about 1,300 billion VND", Rounding.Money(1_300_000_000_000, "VND", false, estimate: true));
        Assert.Equal("khoảng 1.300 tỷ đồng", Rounding.Money(1_300_000_000_000, "VND", true, estimate: true));
    }

    [Fact]
    public void Lai_Chau_reads_like_the_article()
    {
        var en = Text(Narrative.Write(Samples.LaiChau(), vi: false));
        Assert.Contains("Since 2020 the province has received 536 delegations with almost 3,700 foreign visitors.", en);
        Assert.Contains("5 with partners in Korea", en);
        Assert.Contains("Non-refundable aid from 27 donors totalled over 226 billion VND for 48 projects.", en);
        Assert.Contains("5 foreign press delegations", en);
        Assert.Contains("People-to-people exchange programmes: 31 held", en);
        Assert.Contains("6 active twinning partnerships", en);

        var vi = Text(Narrative.Write(Samples.LaiChau(), vi: true));
        Assert.Contains("Từ năm 2020 đến nay, tỉnh đã đón 536 đoàn với gần 3.700 lượt khách nước ngoài.", vi);
        Assert.Contains("Viện trợ không hoàn lại từ 27 nhà tài trợ đạt hơn 226 tỷ đồng", vi);
        Assert.Contains("5 đoàn phóng viên báo chí nước ngoài", vi);
    }

    [Fact]
    public void Cao_Bang_reads_like_the_article_with_its_comparison()
    {
        var en = Text(Narrative.Write(Samples.CaoBang(), vi: false));
        Assert.Contains("has received 190 delegations with almost 1,420 foreign visitors and sent 120 "
            + "delegations abroad with over 640 members.", en);
        Assert.Contains("In 2016–2019: 142 delegations received and 85 sent.", en);
        Assert.Contains("signed 69 international agreements", en);
        Assert.Contains("ODA and preferential loans: 9 projects with a total of almost 1,580 billion VND, 7 of "
            + "them completed (over 1,450 billion VND).", en);
        Assert.Contains("Non-refundable aid from 41 donors totalled 52 million USD", en);
        Assert.Contains("state revenue from border-gate activity has reached almost 6,900 billion VND, up 249% "
            + "on 2016–2019, 46% of the province's total state revenue.", en);
        Assert.Contains("10 active twinning partnerships", en);

        var vi = Text(Narrative.Write(Samples.CaoBang(), vi: true));
        Assert.Contains("Vốn ODA và vốn vay ưu đãi: 9 dự án với tổng vốn gần 1.580 tỷ đồng, trong đó 7 dự án đã "
            + "hoàn thành (hơn 1.450 tỷ đồng).", vi);
        Assert.Contains("đạt gần 6.900 tỷ đồng, tăng 249% so với giai đoạn 2016–2019, chiếm 46% tổng thu ngân "
            + "sách nhà nước của tỉnh.", vi);
    }

    [Fact]
    public void A_closed_period_is_told_in_the_past()
    {
        var closed = Samples.LaiChau() with { GeneratedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) };
        Assert.Contains("In 2020–2025 the province received 536 delegations", Text(Narrative.Write(closed, vi: false)));
        Assert.Contains("Giai đoạn 2020–2025, tỉnh đã đón 536 đoàn", Text(Narrative.Write(closed, vi: true)));
    }

    [Fact]
    public void A_summary_without_figures_writes_nothing()
    {
        Assert.Empty(Narrative.Write(Samples.Empty(), vi: false));
        Assert.Empty(Narrative.Write(Samples.Empty(), vi: true));
    }

    [Fact]
    public void No_sentence_or_clause_about_a_zero_figure()
    {
        var summary = Samples.Empty() with
        {
            Delegations = new DelegationSummary(new(0, 0), new(12, 0), [], []),
            Aid = new AidSummary([new("NonRefundableAid", 3, 0, 0, [], 0, 0, 0)], 0,
                [])
            { ByGroup = [new(AidKinds.NonRefundable, 3, 0, 0, [], 0, 0, 0)] },
            Borders = BorderSummary.Empty with
            {
                StateRevenueVnd = 5_000_000_000,
                GrowthPercent = null,
                ShareOfProvinceRevenuePercent = null
            },
        };

        var en = Narrative.Write(summary, vi: false);
        var text = Text(en);
        Assert.Contains("the province has sent 12 delegations abroad.", text);
        Assert.DoesNotContain("received", text);
        Assert.DoesNotContain("members", text);
        Assert.DoesNotContain("donors", text);
        Assert.DoesNotContain("up ", text);
        Assert.DoesNotContain("% of", text);
        Assert.Contains("Non-refundable aid for 3 projects.", text);
        Assert.DoesNotContain(" 0 ", text);
        Assert.DoesNotContain(en, p =>
            p.Section is ReportSection.Labour or ReportSection.Twinnings or ReportSection.Events
                or ReportSection.Agreements);
    }

    [Fact]
    public void English_counts_agree_in_number()
    {
        var one = Samples.Empty() with
        {
            Partners = new PartnerSummary(1, 1, [new("ForeignLocality", 1)], [new("CN", 1)]),
            Delegations = new DelegationSummary(new(1, 1), new(1, 1), [], []),
            Aid = new AidSummary([new("NonRefundableAid", 1, 0, 1, [], 0, 0, 0)], 0,
                [])
            { ByGroup = [new(AidKinds.NonRefundable, 1, 0, 1, [], 0, 0, 0)] },
            Twinnings = new TwinningSummary(1, 0),
        };

        var en = Text(Narrative.Write(one, vi: false));
        Assert.Contains("holds 1 partner, all in China.", en);
        Assert.Contains("has received 1 delegation with 1 foreign visitor and sent 1 delegation abroad with 1 member.",
            en);
        Assert.Contains("Non-refundable aid from 1 donor for 1 project.", en);
        Assert.Contains("had 1 active twinning partnership with", en);
        Assert.Contains("Since 2020 the provinces have received",
            Text(Narrative.Write(one with { Province = PeriodSummary.All }, vi: false)));
    }

    [Fact]
    public void Every_sector_the_picker_offers_and_every_dac_code_has_a_vietnamese_name()
    {
        var codes = Attache.Aid.Iati.IatiCodeLists.Get(Attache.Aid.Iati.IatiCodeLists.Sector)
            .Keys.Where(c => c.Length == 5).ToList();
        Assert.True(codes.Count > 200);
        Assert.All(Attache.Aid.SectorNames.Offered, code =>
        {
            Assert.Contains(code, codes);
            Assert.DoesNotContain(code, Attache.Aid.SectorNames.NameVi(code), StringComparison.Ordinal);
        });
        Assert.All(codes, code => Assert.NotEqual(Attache.Aid.SectorNames.NameEn(code),
            Attache.Aid.SectorNames.NameVi(code)));
        Assert.All(codes, code => Assert.NotEqual(code, Attache.Aid.SectorNames.NameVi(code)));
    }

    [Fact]
    public void The_vietnamese_documents_translate_the_warnings()
    {
        Assert.Equal("Chỉ liệt kê 5000 trong số 6200 đoàn.",
            ReportText.Warning("Only the first 5000 of 6200 delegations are listed.", vi: true));
        Assert.Equal("Chưa có tỷ giá EUR tại hoặc trước ngày 02/01/2024: các khoản bằng EUR có ngày giá trị này "
            + "chưa được "
            + "tính vào tổng số quy đổi ra đồng Việt Nam.",
            ReportText.Warning("No exchange rate for EUR on or before 2024-01-02: amounts in EUR of that value "
                + "date are left out "
                + "of the VND totals.", vi: true));
        Assert.DoesNotContain("border", ReportText.Warning(Attache.Borders.BorderStats.EmptyComparison, vi: true),
            StringComparison.OrdinalIgnoreCase);
    }

    private static string Text(IEnumerable<NarrativeParagraph> paragraphs) =>
        string.Join("\n", paragraphs.Select(p => p.Text));
}
