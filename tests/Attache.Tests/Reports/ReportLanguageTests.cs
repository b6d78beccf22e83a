using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using Attache.Aid;
using Attache.Tests.Aid;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Attache.Tests.Delegations.DelegationBuilder;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Attache.Tests.Reports;

/// <summary>Issue 9 points 7–8: the summary keyed by stable codes with both names, and each document entirely in
/// the language asked for. A year of records entered through the API, read back as JSON, Word and Excel.</summary>
public sealed partial class ReportLanguageTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Period = "from=2024-01-01&to=2024-12-31";

    /// <summary>A sector the picker offers, and one it does not (named by its DAC category in Vietnamese).</summary>
    private const string Offered = "12220";
    private const string NotOffered = "24010";

    /// <summary>The enums whose labels the documents print.</summary>
    private static readonly string[] Enums =
    [
        "PartnerKind", "AgreementKind", "AgreementStatus", "AidKind", "ActivityStatus", "DelegationDirection",
            "DelegationStatus",
        "EventKind", "GateEventKind", "LocalityKind", "TwinningStatus", "PlanCategory",
    ];

    private static bool entered;

    private async Task<HttpClient> EnterAsync()
    {
        var officer = await app.OfficerAsync("VN-04");
        if (entered)
        {
            return officer;
        }

        entered = true;
        var city = await (await officer.PostJsonAsync("/api/partners", new
        {
            kind = "ForeignLocality", country = "CN", nameLatin = "Baise City", nameVietnamese = "Thành phố Bách Sắc",
        })).JsonAsync(HttpStatusCode.Created);
        var cityId = city.GetProperty("id").GetInt32();
        await Delegation().Inbound().Titled("Baise city delegation").From("CN").On(new(2024, 3, 4), new(2024, 3, 6))
            .People(8, 6).CreateAsync(officer);

        await (await officer.PostJsonAsync("/api/agreements", new
        {
            titleVi = "Biên bản ghi nhớ hợp tác thương mại", titleEn = "Memorandum on trade cooperation",
            kind = "MemorandumOfUnderstanding",
            provinceParty = "Ủy ban nhân dân tỉnh", partnerIds = new[] { cityId },
            fields = new[] { "trade", "tourism" },
            signedOn = "2024-05-02", languages = new[] { "vi", "zh" },
        })).JsonAsync(HttpStatusCode.Created);

        var donor = await AidBuild.PartnerAsync(officer, "Water Trust");
        await AidBuild.RateAsync(officer, "USD", "2024-01-02", 24_500m);
        foreach (var (identifier, kind, sector) in new[] { ("GB-LANG-1", "OdaGrant", Offered),
            ("GB-LANG-2", "NonRefundableAid", NotOffered) })
        {
            var id = await AidBuild.ProjectAsync(officer, AidBuild.Project(identifier, donor, kind,
                commune: "Hoa Tham", sector: sector, start: "2024-02-01"));
            await AidBuild.TransactionAsync(officer, id, "IncomingCommitment", "2024-02-01", 100_000.5m, "USD", donor);
        }

        var gate = await (await officer.PostJsonAsync("/api/border-gates", new
        {
            name = "Tà Lùng", country = "CN", type = "International", counterpartLatin = "Shuikou",
            counterpartVietnamese = "Thủy Khẩu",
            counterpartNative = "水口",
        })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/border-gates/{gate.GetProperty("id").GetInt32()}/events",
            new { kind = "Opened", date = "2024-03-01" }))
            .JsonAsync(HttpStatusCode.Created);

        await (await officer.PostJsonAsync("/api/events", new
        {
            kind = "Seminar", title = "=HYPERLINK(\"http://example.invalid\",\"Border trade seminar\")",
            place = "Cao Bang",
            startsOn = "2024-06-01", participantsTotal = 50, participantsForeign = 10,
        })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync("/api/twinnings",
            new
            {
                localityName = "Xã Đàm Thủy", localityKind = "Commune", partnerId = cityId,
                signedOn = "2024-04-10"
            }))
            .JsonAsync(HttpStatusCode.Created);
        return officer;
    }

    [Fact]
    public async Task The_summary_keys_its_lists_by_codes_with_both_names_and_writes_money_as_decimal_strings()
    {
        using var officer = await EnterAsync();
        var s = await (await officer.GetAsync($"/api/reports/summary?{Period}")).JsonAsync();

        var fields = s.GetProperty("agreements").GetProperty("byField").EnumerateArray()
            .ToDictionary(f => f.GetProperty("code").GetString()!);
        Assert.Equal(["tourism", "trade"], fields.Keys.Order());
        Assert.Equal(("Thương mại", "Trade", 1), (fields["trade"].GetProperty("nameVi").GetString(),
            fields["trade"].GetProperty("nameEn").GetString(),
            fields["trade"].GetProperty("count").GetInt32()));

        var aid = s.GetProperty("aid");
        Assert.Equal(["NonRefundableAid", "OdaGrant"], aid.GetProperty("byKind").EnumerateArray()
            .Select(k => k.GetProperty("kind").GetString()).Order());
        Assert.Equal(["NonRefundable", "Oda"], aid.GetProperty("byGroup").EnumerateArray()
            .Select(k => k.GetProperty("kind").GetString()).Order());
        var amount = aid.GetProperty("byKind")[0].GetProperty("committed")[0].GetProperty("amount");
        Assert.Equal(JsonValueKind.String, amount.ValueKind);
        Assert.Equal("100000.5", amount.GetString());
        Assert.Equal(JsonValueKind.String, s.GetProperty("borders").GetProperty("turnoverUsd").ValueKind);

        var sectors = aid.GetProperty("bySector").EnumerateArray()
            .ToDictionary(x => x.GetProperty("code").GetString()!);
        Assert.Equal("Chăm sóc sức khỏe cơ bản", sectors[Offered].GetProperty("nameVi").GetString());
        Assert.Equal("Basic health care", sectors[Offered].GetProperty("nameEn").GetString());
        Assert.Equal($"Ngân hàng và dịch vụ tài chính ({NotOffered})", sectors[NotOffered].GetProperty("nameVi")
            .GetString());
        Assert.Equal(2_450_012_250, sectors[Offered].GetProperty("vnd").GetInt64());

        var opened = Assert.Single(s.GetProperty("borders").GetProperty("gateEvents").EnumerateArray());
        Assert.True(opened.GetProperty("gateId").GetInt32() > 0);
        Assert.Equal(("Tà Lùng – Thủy Khẩu", "Ta Lung – Shuikou", "Opened"),
            (opened.GetProperty("gateVi").GetString(), opened.GetProperty("gateEn").GetString(),
                opened.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_says_money_is_an_exact_decimal()
    {
        using var officer = await EnterAsync();
        var doc = await (await officer.GetAsync("/openapi/v1.json")).JsonAsync();
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var amount = schemas.GetProperty("MoneyAmount").GetProperty("properties").GetProperty("amount");
        Assert.Equal("string", amount.GetProperty("type").GetString());
        Assert.Equal("decimal", amount.GetProperty("format").GetString());
        var turnover = schemas.GetProperty("BorderSummary").GetProperty("properties").GetProperty("turnoverUsd");
        Assert.Equal(("string", "decimal"), (turnover.GetProperty("type").GetString(), turnover.GetProperty("format")
            .GetString()));

        // An input amount may be sent as a number or a string, and is never described as a double.
        var rate = schemas.GetProperty("ExchangeRateInput").GetProperty("properties").GetProperty("rate");
        Assert.Equal("decimal", rate.GetProperty("format").GetString());
        Assert.Contains("string", rate.GetProperty("type").GetRawText(), StringComparison.Ordinal);
        using var created = await officer.PostJsonAsync("/api/exchange-rates",
            new { currency = "EUR", date = "2024-01-03", rate = "27123.456789" });
        Assert.Equal(27_123.456789m, decimal.Parse((await created.JsonAsync(HttpStatusCode.Created)).GetProperty("rate")
            .GetRawText(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_vietnamese_report_has_no_english_label_and_an_english_one_no_vietnamese()
    {
        using var officer = await EnterAsync();
        var english = EnglishLabels();
        foreach (var (format, read) in new (string, Func<byte[], string>)[] { ("docx", DocxText), ("xlsx", XlsxText) })
        {
            var vi = read(await (await officer.GetAsync($"/api/reports/summary.{format}?{Period}&lang=vi"))
                .Content.ReadAsByteArrayAsync());
            Assert.Contains("Chăm sóc sức khỏe cơ bản", vi, StringComparison.Ordinal);
            Assert.Contains("Thương mại", vi, StringComparison.Ordinal);
            Assert.Contains("Tà Lùng – Thủy Khẩu", vi, StringComparison.Ordinal);
            var leaks = english
                .Where(label => Regex.IsMatch(vi, $@"(?<![\p{{L}}]){Regex.Escape(label)}(?![\p{{L}}])")).ToList();
            Assert.True(leaks.Count == 0, $"The Vietnamese {format} says: {string.Join(", ", leaks)}");

            var en = read(await (await officer.GetAsync($"/api/reports/summary.{format}?{Period}&lang=en"))
                .Content.ReadAsByteArrayAsync());
            Assert.Contains("Basic health care", en, StringComparison.Ordinal);
            Assert.Contains("Ta Lung – Shuikou", en, StringComparison.Ordinal);
            var vietnamese = VietnameseLetters().Matches(en).Select(m => m.Value).Distinct().ToList();
            Assert.True(vietnamese.Count == 0,
                $"The English {format} has Vietnamese words: {string.Join(", ", vietnamese)}");
        }
    }

    [Fact]
    public async Task Excel_text_that_starts_like_a_formula_stays_text()
    {
        using var officer = await EnterAsync();
        var bytes = await (await officer.GetAsync($"/api/reports/summary.xlsx?{Period}&lang=en"))
            .Content.ReadAsByteArrayAsync();
        using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var texts = book.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>())
            .Select(c => c.InlineString?.InnerText).OfType<string>().ToList();
        Assert.Contains("'=HYPERLINK(\"http://example.invalid\",\"Border trade seminar\")", texts);
        Assert.DoesNotContain(texts, t => t.Length > 0 && t[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        Assert.Empty(book.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<CellFormula>()));
    }

    /// <summary>The English labels a Vietnamese document must not print: every enum label the documents use (where
    /// the Vietnamese differs), the English names of the sectors and fields entered, the records' JSON keys.</summary>
    private static List<string> EnglishLabels()
    {
        var resources = new ResourceManager("Attache.Resources.SharedResource", typeof(SharedResource).Assembly);
        var en = resources.GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var labels = en.Cast<DictionaryEntry>()
            .Where(e => Enums.Any(p => ((string)e.Key).StartsWith(p + ".", StringComparison.Ordinal)))
            .SelectMany(e => new[] { (string)e.Value!, ((string)e.Key).Split('.')[1] }.Where(v =>
            v != resources.GetString((string)e.Key, vi)))
            .ToList();
        labels.AddRange([SectorNames.NameEn(Offered), SectorNames.NameEn(NotOffered), "Trade", "Tourism"]);
        labels.AddRange(["startsOn", "signedOn", "foreignVisitors", "titleVi", "titleEn", "localityKind",
            "nameVietnamese", "Records", "Total"]);
        return [.. labels.Where(l => l.Length > 2).Distinct()];
    }

    [GeneratedRegex(@"\p{L}*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]\p{L}*",
        RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetters();

    internal static string DocxText(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = word.MainDocumentPart!;
        return string.Join("\n", main.Document!.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText)
            .Concat(main.HeaderParts.SelectMany(h => h.Header!.Descendants<Word.Paragraph>()
            .Select(p => p.InnerText))));
    }

    internal static string XlsxText(byte[] bytes)
    {
        using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = book.WorkbookPart!;
        return string.Join("\n", part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)
            .Concat(part.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>())
            .Select(c => c.InlineString?.InnerText).OfType<string>()));
    }
}
