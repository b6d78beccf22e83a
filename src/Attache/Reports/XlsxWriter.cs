using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Attache.Reports;

/// <summary>Writes the period summary as a workbook: a summary sheet, one sheet per section with its figures and
/// the records behind them, the provinces compared (nationwide) and the notes. Figures are numbers with a number
/// format, never text, so that they can be summed and charted again.</summary>
public static class XlsxWriter
{
    public static byte[] Write(PeriodSummary s, bool vi)
    {
        using var stream = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = book.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            var sheets = new XlsxSheets(s, vi);
            var titles = new DefinedNames();
            foreach (var (name, rows, widths) in sheets.All())
            {
                AddSheet(workbook, name, rows, widths, titles);
            }

            // The schema fixes the order: sheets, then defined names.
            workbook.Workbook.Append(titles);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Style indexes of <see cref="AddStyles"/>.</summary>
    internal enum Style : uint
    {
        Text = 0,
        Title = 1,
        Header = 2,
        Whole = 3,
        Decimal = 4,
        Percent = 5,
        Date = 6,
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE6F0" })
                {
                    PatternType = PatternValues.Solid,
                }))
            { Count = 3 },
            new DocumentFormat.OpenXml.Spreadsheet.Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { FontId = 2, FillId = 2, ApplyFont = true, ApplyFill = true },
                new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true })
            { Count = 7 });
        part.Stylesheet.Save();
    }

    /// <summary>A sheet with its print set-up: A4, one page wide (as many pages long as it takes), landscape when
    /// its columns are wider than a portrait page, and the rows down to its first header row printed on every page,
    /// so that the summary's labels and values stay on one page and every printed page says what it is.</summary>
    private static void AddSheet(WorkbookPart workbook, string name, List<List<XCell>> rows, double[] widths,
        DefinedNames titles)
    {
        name = name.Length > 31 ? name[..31] : name;
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Make($"{Column(c)}{r + 1}") is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var columns = new Columns(widths.Select((w, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1),
            Width = w, CustomWidth = true
        }));
        // Excel's column width is in characters; about 95 fit across a portrait A4 page at 11 pt.
        var landscape = widths.Sum() > 95;
        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            columns,
            data,
            new PrintOptions { GridLines = false },
            new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9, // A4
                Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0, // as many pages long as needed
            });
        part.Worksheet.Save();
        var sheets = workbook.Workbook.Sheets!;
        var index = sheets.Count();
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(index + 1), Name = name });

        var header = rows.FindIndex(r => r.Count > 0 && r.All(c => c.Style == Style.Header));
        if (header >= 0)
        {
            titles.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$1:${header + 1}")
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = (uint)index,
            });
        }
    }

    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }

        return name;
    }

    /// <summary>One cell to be: a value and its style.</summary>
    internal sealed record XCell(object? Value, Style Style = Style.Text)
    {
        public Cell? Make(string reference)
        {
            var cell = new Cell { CellReference = reference, StyleIndex = (uint)Style };
            switch (Value)
            {
                case null:
                    return Style == Style.Header ? cell : null;
                case string text:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(Inert(Infrastructure.XmlText.Clean(text)))
                    {
                        Space = SpaceProcessingModeValues.Preserve,
                    });
                    break;
                case DateOnly date when date < Infrastructure.PlausibleDates.Min:
                    // Excel has no dates before 1900 (and OLE dates none before year 100): such a date is written as
                    // text.
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(date.ToString("yyyy-MM-dd",
                        CultureInfo.InvariantCulture)));
                    break;
                case DateOnly date:
                    cell.CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()
                        .ToString(CultureInfo.InvariantCulture));
                    cell.StyleIndex = (uint)Style.Date;
                    break;
                case int or long or decimal:
                    cell.DataType = CellValues.Number;
                    cell.CellValue = new CellValue(Convert.ToDecimal(Value, CultureInfo.InvariantCulture));
                    if (Style == Style.Text)
                    {
                        cell.StyleIndex = (uint)(Value is decimal d && d != decimal.Truncate(d) ? Style.Decimal
                            : Style.Whole);
                    }

                    break;
                default:
                    cell.DataType = CellValues.InlineString;
                    var written = Convert.ToString(Value, CultureInfo.InvariantCulture) ?? "";
                    cell.InlineString = new InlineString(new Text(Inert(Infrastructure.XmlText.Clean(written))));
                    break;
            }

            return cell;
        }
    }

    /// <summary>Text that a spreadsheet could take for a formula (starting with = + - @, a tab or a carriage return,
    /// the OWASP list for formula injection) gets a leading apostrophe, so that neither Excel nor a copy of the sheet
    /// saved as CSV ever evaluates what someone typed into a record.</summary>
    public static string Inert(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
