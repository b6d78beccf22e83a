using Attache.Reports;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Attache.Tests.Reports;

/// <summary>Each format built from a hand-built summary and read back. The files are also left in
/// artifacts/reports/ for a person (or LibreOffice and pdftoppm) to look at.</summary>
public sealed class FormatTests
{
    private static ReportRequest Request(string lang) =>
        new("VN-04", new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2016, 1, 1),
            new DateOnly(2019, 12, 31), lang, "Nguyễn Anh Quế");

    [Fact]
    public void The_word_report_has_the_decree_30_layout_and_the_figures()
    {
        var bytes = DocxWriter.Write(ReportDocument.Build(Samples.CaoBang(), Request("vi")));
        Artifacts.Save("bao-cao-VN-04.docx", bytes);

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(new OpenXmlValidator().Validate(word));
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Word.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("UBND TỈNH CAO BẰNG", paragraphs);
        Assert.Contains("SỞ NGOẠI VỤ", paragraphs);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("Số: ……/BC-SNV", paragraphs);
        Assert.Contains("Cao Bằng, ngày 14 tháng 11 năm 2025", paragraphs);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("II. CÔNG TÁC ĐOÀN RA, ĐOÀN VÀO", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Từ năm 2020 đến nay, tỉnh đã đón 190 đoàn",
            StringComparison.Ordinal));
        Assert.Contains("GIÁM ĐỐC", paragraphs);
        Assert.Contains("Nguyễn Anh Quế", paragraphs);
        Assert.Contains("Nơi nhận:", paragraphs);
        Assert.Contains("- Mục \"Hợp tác lao động\" chưa có nguồn số liệu.", paragraphs);

        // Decree 30: short rules under the issuing body and the motto, not underlines; page numbers from page 2.
        var motto = body.Descendants<Word.Run>().Single(r => r.InnerText == "Độc lập - Tự do - Hạnh phúc");
        Assert.Null(motto.RunProperties?.Underline);
        Assert.Empty(body.Descendants<Word.Underline>());
        var letterhead = body.Elements<Word.Table>().First();
        var rules = letterhead.Descendants<Word.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphBorders?.BottomBorder is not null).ToList();
        Assert.Equal(2, rules.Count);
        Assert.All(rules, r => Assert.Equal("", r.InnerText));
        var (issuerRule, mottoRule) = (Indent(rules[0]), Indent(rules[1]));
        Assert.True(issuerRule > mottoRule, "The rule under the issuing body is the shorter one.");
        var section = body.GetFirstChild<Word.SectionProperties>()!;
        Assert.NotNull(section.GetFirstChild<Word.TitlePage>());
        var headers = section.Elements<Word.HeaderReference>()
            .ToDictionary(h => h.Type!.Value, h => (HeaderPart)word.MainDocumentPart.GetPartById(h.Id!.Value!));
        Assert.Equal(" PAGE ", headers[Word.HeaderFooterValues.Default].Header!.Descendants<Word.SimpleField>().Single()
            .Instruction!.Value);
        Assert.Empty(headers[Word.HeaderFooterValues.First].Header!.Descendants<Word.SimpleField>());

        Assert.All(letterhead.GetFirstChild<Word.TableProperties>()!.TableBorders!.ChildElements,
            b => Assert.Equal(Word.BorderValues.None, ((Word.BorderType)b).Val!.Value));

        var cells = body.Descendants<Word.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("1.576.566.000.000", cells);
        Assert.Contains("6.897.500.000.000", cells);
        Assert.Contains("1.976.361.000.000", cells);
        Assert.Contains("249,0", cells);
        Assert.Contains("190", cells);

        var defaults = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!
            .RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
    }

    [Fact]
    public void The_english_word_report_is_in_english()
    {
        var bytes = DocxWriter.Write(ReportDocument.Build(Samples.CaoBang(), Request("en")));
        Artifacts.Save("report-VN-04.docx", bytes);
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Word.Paragraph>()
            .Select(p => p.InnerText));
        Assert.Contains("SOCIALIST REPUBLIC OF VIET NAM", text);
        Assert.Contains("Independence - Freedom - Happiness", text);
        Assert.Contains("Cao Bang, 14 November 2025", text);
        Assert.Contains("ODA and preferential loans: 9 projects with a total of almost 1,580 billion VND", text);
        Assert.Contains("1,576,566,000,000", text);
        Assert.Contains("DIRECTOR", text);
        Assert.DoesNotContain("Nơi nhận", text);
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_section_with_numbers_not_text()
    {
        var bytes = XlsxWriter.Write(Samples.CaoBang(), vi: true);
        Artifacts.Save("bao-cao-VN-04.xlsx", bytes);

        using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        AssertValid(new OpenXmlValidator().Validate(book));
        var part = book.WorkbookPart!;
        var names = part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Tổng hợp", "Đối tác", "Đoàn ra đoàn vào", "Thỏa thuận", "Viện trợ ODA", "Cửa khẩu", "Kết nghĩa",
            "Sự kiện", "Lao động", "Lãnh sự", "Lễ tân", "Kế hoạch", "Ghi chú"], names);

        var aid = Cells(part, "Viện trợ ODA");
        var oda = Assert.Single(aid, c => c.CellValue?.Text == "1576566000000"
            && c.CellReference!.Value!.StartsWith('E'));
        Assert.Equal(CellValues.Number, oda.DataType!.Value);
        Assert.Equal(3u, oda.StyleIndex!.Value); // #,##0
        Assert.Contains(aid, c => c.CellValue?.Text == "1451355000000");
        Assert.Contains(aid, c => c.CellValue?.Text == "52000000");

        var borders = Cells(part, "Cửa khẩu");
        Assert.Contains(borders, c => c.CellValue?.Text == "6897500000000" && c.DataType?.Value == CellValues.Number);
        Assert.Contains(borders, c => c.CellValue?.Text == "249.0" || c.CellValue?.Text == "249");

        // The records behind the figures keep their types: the date is a date serial with a date format.
        var delegations = Cells(part, "Đoàn ra đoàn vào");
        var date = Assert.Single(delegations, c => c.CellValue?.Text == new DateTime(2023, 3, 2).ToOADate()
            .ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(6u, date.StyleIndex!.Value);
        Assert.Contains(delegations, c => c.CellValue?.Text == "190" && c.DataType?.Value == CellValues.Number);

        Assert.Contains(Cells(part, "Ghi chú"), c =>
            c.InlineString?.InnerText == "Mục \"Hợp tác lao động\" chưa có nguồn số liệu.");
    }

    [Fact]
    public void The_pdf_has_the_vietnamese_text_in_an_embedded_font()
    {
        var bytes = PdfWriter.Write(ReportDocument.Build(Samples.CaoBang(), Request("vi")), "Báo cáo");
        Artifacts.Save("bao-cao-VN-04.pdf", bytes);
        Artifacts.Save("report-VN-04.pdf", PdfWriter.Write(ReportDocument.Build(Samples.CaoBang(), Request("en")),
            "Report"));

        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", raw);
        Assert.Contains("/FontFile2", raw); // TrueType glyphs embedded, not referenced
        Assert.Contains("+DejaVu", raw); // the subset of the shipped DejaVu Serif
        Assert.True(bytes.Length < 400_000,
            $"The PDF is {bytes.Length:N0} bytes; the cut-down fonts keep it near 300 KB.");

        var text = PdfText(bytes);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("Cao Bằng, ngày 14 tháng 11 năm 2025", text);
        Assert.Contains("gần 6.900 tỷ đồng", text);
        Assert.Contains("1.576.566.000.000", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("Nguyễn Anh Quế", text);
    }

    private static int Indent(Word.Paragraph p) => int.Parse(p.ParagraphProperties!.Indentation!.Left!.Value!,
        System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Every_sheet_prints_on_a4_one_page_wide_with_its_header_rows_repeated()
    {
        var bytes = XlsxWriter.Write(Samples.CaoBang() with
        {
            Provinces = [Samples.CaoBang(), Samples.LaiChau()],
            Province = "all"
        }, vi: true);
        using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        AssertValid(new OpenXmlValidator().Validate(book));
        var part = book.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        var titles = part.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles")
            .ToDictionary(d => d.LocalSheetId!.Value);
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = ((WorksheetPart)part.GetPartById(sheets[i].Id!.Value!)).Worksheet!;
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal((1u, 0u), (setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(sheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
            if (sheets[i].Name == "Ghi chú")
            {
                continue;
            }

            // The rows down to the first header row print on every page.
            Assert.Matches(@"^'.+'!\$1:\$\d+$", titles[(uint)i].Text);
        }

        var summary = titles[0].Text;
        Assert.Equal("'Tổng hợp'!$1:$4", summary);
    }

    [Fact]
    public void Every_money_figure_of_the_summary_is_whole_in_the_pdf_text()
    {
        var national = Samples.CaoBang() with
        {
            Province = "all",
            ProvinceNameVi = "Toàn quốc",
            ProvinceNameEn = "Nationwide",
            Provinces = [Samples.CaoBang(), Samples.LaiChau()]
        };
        foreach (var (summary, lang) in new[] { (Samples.CaoBang(), "vi"), (Samples.CaoBang(), "en"), (national, "vi"),
            (national, "en") })
        {
            var request = Request(lang) with { Province = summary.Province };
            var bytes = PdfWriter.Write(ReportDocument.Build(summary, request), "Report");
            Artifacts.Save($"money-{summary.Province}-{lang}.pdf", bytes);
            var text = PdfText(bytes);
            var culture = lang == "vi" ? System.Globalization.CultureInfo.GetCultureInfo("vi-VN")
                : System.Globalization.CultureInfo.GetCultureInfo("en-GB");
            var missing = MoneyFigures(summary).Select(m => m.ToString("#,##0.##", culture)).Distinct()
                .Where(f => !text.Contains(f, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0,
                $"Not whole in the {lang} PDF of {summary.Province}: {string.Join(", ", missing)}");
        }
    }

    /// <summary>Every amount of money the documents print: VND totals per aid kind and sector, in their currencies,
    /// the border revenue and turnover, for the summary, its comparison and each province of a national one.</summary>
    private static IEnumerable<decimal> MoneyFigures(PeriodSummary s)
    {
        foreach (var k in s.Aid.ByKind)
        {
            yield return k.CommittedVnd;
            yield return k.DisbursedVnd;
            foreach (var m in k.Committed)
            {
                yield return m.Amount;
            }
        }

        yield return s.Aid.TotalCommittedVnd;
        foreach (var x in s.Aid.BySector)
        {
            yield return x.Vnd;
        }

        yield return s.Borders.StateRevenueVnd;
        if (s.Borders.PreviousStateRevenueVnd is { } previous)
        {
            yield return previous;
        }

        yield return s.Borders.TurnoverUsd;
        foreach (var p in s.Provinces ?? [])
        {
            yield return p.Aid.TotalCommittedVnd;
            yield return p.Borders.StateRevenueVnd;
        }
    }

    /// <summary>What Word or Excel would call a damaged file: anything off the Open XML schema.</summary>
    private static void AssertValid(IEnumerable<ValidationErrorInfo> errors)
    {
        var found = errors.Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct().Take(5).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static List<Cell> Cells(WorkbookPart part, string sheet)
    {
        var id = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return [.. ((WorksheetPart)part.GetPartById(id)).Worksheet!.Descendants<Cell>()];
    }

    /// <summary>The text of a PDF in reading order, as a reader would copy it out.</summary>
    internal static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
    }
}
