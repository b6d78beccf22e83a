using Attache.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Attache.Reception;

/// <summary>A plain Word document for the reception's papers (A4, Times New Roman 13 pt, tables with borders),
/// built block by block in one language: <see cref="T"/> gives a word of <see cref="ReceptionDocuments.Words"/> in
/// it.</summary>
internal sealed class ReceptionDocx(bool vietnamese)
{
    private const string Font = "Times New Roman";
    private readonly Body body = new();

    public bool Vietnamese { get; } = vietnamese;

    public string T(string key) => ReportText.Text(Vietnamese, key);

    public string Format(string key, object argument) => ReportText.Format(Vietnamese, key, argument);

    public void Title(string text) => body.Append(Paragraph(text, 32, bold: true, center: true, after: 120));

    public void Subtitle(string text) => body.Append(Paragraph(text, 28, bold: true, center: true, after: 240));

    public void Heading(string text) => body.Append(Paragraph(text, 28, bold: true, before: 240, after: 120));

    public void Subheading(string text) => body.Append(Paragraph(text, 26, bold: true, before: 120, after: 60));

    public void Para(string text) => body.Append(Paragraph(text, 26, after: 60));

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
        const uint line = 4;
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = line },
                new BottomBorder { Val = BorderValues.Single, Size = line },
                new LeftBorder { Val = BorderValues.Single, Size = line },
                new RightBorder { Val = BorderValues.Single, Size = line },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = line },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = line })));
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        body.Append(table);
        body.Append(Paragraph("", 12));
    }

    public byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1418, Right = 1134, Header = 567, Footer = 567 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) => new(cells.Select(text => new TableCell(
        new TableCellProperties(new TableCellMargin(new LeftMargin { Width = "80", Type = TableWidthUnitValues.Dxa },
            new RightMargin { Width = "80", Type = TableWidthUnitValues.Dxa })),
        Paragraph(text, 24, bold))));

    private static Paragraph Paragraph(string text, int size, bool bold = false, bool center = false, int before = 0,
        int after = 0)
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

        // Schema order: fonts, bold, size.
        var run = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
