using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Attache.Reports;

/// <summary>A plain Word document for the working papers (the reception's seating plan and briefing pack, a partner's
/// brief): A4, Times New Roman 13 pt, tables with borders, built block by block in one language: <see cref="T"/> gives
/// a word of the resources in it (each paper lists its words, and a test checks they have their Vietnamese). A
/// <c>compact</c> document (11 pt, narrower margins) is for a paper that must fit on one page.</summary>
internal sealed class PlainDocx(bool vietnamese, bool compact = false)
{
    private const string Font = "Times New Roman";
    private readonly Body body = new();

    // Sizes in half-points: title, subtitle, heading, subheading, paragraph, table cell.
    private readonly (int Title, int Subtitle, int Heading, int Subheading, int Text, int Cell) size =
        compact ? (28, 24, 24, 22, 22, 20) : (32, 28, 28, 26, 26, 24);

    public bool Vietnamese { get; } = vietnamese;

    public string T(string key) => ReportText.Text(Vietnamese, key);

    public string Format(string key, object argument) => ReportText.Format(Vietnamese, key, argument);

    /// <summary>lang=vi (the default) or lang=en of a document's address; anything else is a 400 naming "lang".
    /// </summary>
    public static bool Language(string? lang)
    {
        var code = string.IsNullOrWhiteSpace(lang) ? "vi" : lang.Trim().ToLowerInvariant();
        return code switch
        {
            "vi" => true,
            "en" => false,
            _ => throw Infrastructure.InputValidation.Error("lang", "Use lang=vi or lang=en."),
        };
    }

    public void Title(string text) => body.Append(Paragraph(text, size.Title, bold: true, center: true,
        after: compact ? 60 : 120));

    public void Subtitle(string text) => body.Append(Paragraph(text, size.Subtitle, bold: true, center: true,
        after: compact ? 120 : 240));

    public void Heading(string text) => body.Append(Paragraph(text, size.Heading, bold: true,
        before: compact ? 120 : 240, after: compact ? 40 : 120));

    public void Subheading(string text) => body.Append(Paragraph(text, size.Subheading, bold: true,
        before: compact ? 60 : 120, after: compact ? 20 : 60));

    public void Para(string text) => body.Append(Paragraph(text, size.Text, after: compact ? 20 : 60));

    /// <summary>A quieter line under a table: "and 3 more…", where the paper was prepared from.</summary>
    public void Note(string text) => body.Append(Paragraph(text, size.Cell, italic: true, after: compact ? 20 : 60));

    /// <summary>A table, or "None recorded." when it has no row.</summary>
    public void TableOrNone(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0)
        {
            Para(T("None recorded."));
            return;
        }

        Table(header, rows);
    }

    public void Table(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var table = Bordered();
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        body.Append(table);
        body.Append(Paragraph("", compact ? 8 : 12));
    }

    /// <summary>Label and value pairs, the labels bold, without a header row; pairs without a value are left out.
    /// </summary>
    public void Facts(IEnumerable<(string Label, string? Value)> facts)
    {
        var table = Bordered();
        foreach (var (label, value) in facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            table.Append(new TableRow(Cell(label, bold: true, width: 1400), Cell(value!, bold: false, width: 3600)));
        }

        body.Append(table);
        body.Append(Paragraph("", compact ? 8 : 12));
    }

    public byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                compact
                    ? new PageMargin { Top = 850, Bottom = 850, Left = 1134, Right = 850, Header = 425, Footer = 425 }
                    : new PageMargin
                    {
                        Top = 1134, Bottom = 1134, Left = 1418, Right = 1134, Header = 567, Footer = 567,
                    }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Table Bordered()
    {
        const uint line = 4;
        return new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = line },
                new BottomBorder { Val = BorderValues.Single, Size = line },
                new LeftBorder { Val = BorderValues.Single, Size = line },
                new RightBorder { Val = BorderValues.Single, Size = line },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = line },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = line })));
    }

    private TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(text => Cell(text, bold, width: null)));

    /// <summary>A cell; <paramref name="width"/> in fiftieths of a percent of the table (5000 = all of it).</summary>
    private TableCell Cell(string text, bool bold, int? width)
    {
        var properties = new TableCellProperties();
        if (width is { } pct)
        {
            properties.Append(new TableCellWidth
            {
                Width = pct.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = TableWidthUnitValues.Pct,
            });
        }

        properties.Append(new TableCellMargin(new LeftMargin { Width = "80", Type = TableWidthUnitValues.Dxa },
            new RightMargin { Width = "80", Type = TableWidthUnitValues.Dxa }));
        return new TableCell(properties, Paragraph(text, size.Cell, bold));
    }

    private static Paragraph Paragraph(string text, int size, bool bold = false, bool italic = false,
        bool center = false, int before = 0, int after = 0)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        // Schema order: fonts, bold, italic, size.
        var run = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        return new Paragraph(properties, new Run(run,
            new Text(Infrastructure.XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
