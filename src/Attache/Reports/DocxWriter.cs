using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Attache.Reports;

/// <summary>Writes the report as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4, margins
/// 20/15/20/30 mm, Times New Roman 14 pt, the issuing body left and the national title right in a table without
/// borders, the number and the place-date line, the title, numbered sections, the signature and "Nơi nhận".</summary>
public static class DocxWriter
{
    private const string Font = "Times New Roman";

    // Sizes are in half-points (Word's unit): 28 = 14 pt.
    private const int Body = 28;
    private const int Small = 26;
    private const int Recipients = 22;

    public static byte[] Write(ReportDocument doc)
    {
        using var measure = new TextMeasure();
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Letterhead(doc.Head, measure));
            body.Append(Para(doc.Title, JustificationValues.Center, bold: true, before: 360));
            body.Append(Para(doc.Subtitle, JustificationValues.Center, bold: true, after: 240));
            foreach (var block in doc.Body)
            {
                switch (block)
                {
                    case HeadingBlock h:
                        body.Append(Para(h.Text, JustificationValues.Both, bold: true, before: 180, keepNext: true));
                        break;
                    case ParagraphBlock p:
                        body.Append(Para(p.Text, JustificationValues.Both, italic: p.Italic, firstLine: 567));
                        break;
                    case TableBlock t:
                        body.Append(FigureTable(t, measure));
                        body.Append(Para("", JustificationValues.Left, size: 12));
                        break;
                }
            }

            body.Append(SignatureBlock(doc.Signature));
            // Decree 30: the page number centred in the top margin, from the second page on (the first page has a
            // header of its own, empty).
            var numbered = main.AddNewPart<HeaderPart>();
            numbered.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new RunProperties(new FontSize { Val = Twips(Small) }),
                    new Text("2")))
                { Instruction = " PAGE " }));
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(new Paragraph());
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin
                {
                    Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567,
                    Gutter = 0
                },
                new TitlePage()));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = Body.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "60", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }

    private static Paragraph Para(string text, JustificationValues align, bool bold = false, bool italic = false,
        int size = Body, int before = 0, int after = 60, int firstLine = 0, bool keepNext = false)
    {
        var props = new ParagraphProperties();
        if (keepNext)
        {
            props.Append(new KeepNext());
        }

        props.Append(new SpacingBetweenLines { Before = Twips(before), After = Twips(after) });
        if (firstLine > 0)
        {
            props.Append(new Indentation { FirstLine = Twips(firstLine) });
        }

        props.Append(new Justification { Val = align });
        var paragraph = new Paragraph(props);
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, bold, italic, size));
        }

        return paragraph;
    }

    private static Run TextRun(string text, bool bold, bool italic, int size)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        // The schema fixes the order: bold, italic, size.
        props.Append(new FontSize { Val = Twips(size) });

        return new Run(props,
            new Text(Infrastructure.XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The schema fixes the order of the borders: top, left, bottom, right, inside.
    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });

    private static TableCell Cell(int width, params Paragraph[] paragraphs) => Cell(width, false, paragraphs);

    private static TableCell Cell(int width, bool noWrap, params Paragraph[] paragraphs)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = Twips(width),
            Type = TableWidthUnitValues.Dxa
        });
        if (noWrap)
        {
            properties.Append(new NoWrap());
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>The two-column block without borders: issuing body left, national title right; the number and the
    /// place-date line under them. Under the department's name a solid rule a third to a half as long as the name,
    /// under the motto one as long as the motto (Decree 30, Appendix I), drawn as the bottom border of an empty,
    /// indented paragraph rather than an underline of the text.</summary>
    private static Table Letterhead(Letterhead h, TextMeasure measure)
    {
        const int left = 3969;
        const int right = 5386;
        var table = new Table(new TableProperties(new TableWidth
        {
            Width = Twips(left + right),
            Type = TableWidthUnitValues.Dxa
        },
            NoBorders(), new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(new GridColumn { Width = Twips(left) }, new GridColumn { Width = Twips(right) }));
        table.Append(new TableRow(
            Cell(left,
                Para(h.IssuerTop, JustificationValues.Center, size: Small, after: 0),
                Para(h.Issuer, JustificationValues.Center, bold: true, size: Small, after: 0),
                Rule(left, measure.Width(h.Issuer, Small / 2.0, bold: true) * 0.4)),
            Cell(right,
                Para(h.Nation, JustificationValues.Center, bold: true, size: Small - 2, after: 0),
                Para(h.Motto, JustificationValues.Center, bold: true, size: Small, after: 0),
                // Times New Roman is about 0.87 as wide as the DejaVu Serif it is measured with.
                Rule(right, measure.Width(h.Motto, Small / 2.0, bold: true) * 0.87))));
        table.Append(new TableRow(
            Cell(left, Para(h.Number, JustificationValues.Center, size: Small, before: 120)),
            Cell(right, Para(h.PlaceDate, JustificationValues.Center, italic: true, before: 120))));
        return table;
    }

    /// <summary>A centred rule <paramref name="points"/> long in a cell <paramref name="cell"/> twips wide.</summary>
    private static Paragraph Rule(int cell, double points)
    {
        var indent = Twips(Math.Max(0, (cell - (int)(points * 20)) / 2));
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0 }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "80", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent, Right = indent }));
    }

    /// <summary>A table whose columns are measured from their cells (12 pt, smaller only when the figures would not
    /// fit across the page otherwise); figure cells do not wrap.</summary>
    private static Table FigureTable(TableBlock t, TextMeasure measure)
    {
        const int total = 9355;
        // Word's default cell margins are 0.075 inch (5.4 pt) on each side.
        const double padding = 5.4 + 0.5;
        var points = 12.0;
        var fitted = t.Widths(total / 20.0, (text, bold) => measure.Width(text, 12, bold), padding);
        while (fitted is null && points > 6)
        {
            points -= 0.5;
            var size = points;
            fitted = t.Widths(total / 20.0, (text, bold) => measure.Width(text, size, bold), padding);
        }

        var widths = fitted ?? throw new InvalidOperationException("A table of the report does not fit across "
            + "the page even at 6 pt.");
        var halfPoints = (int)Math.Round(points * 2);
        int Width(int i) => (int)(widths[i] * 20);

        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth
        {
            Width = Twips(total),
            Type = TableWidthUnitValues.Dxa
        }, border,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(t.Header.Select((_, i) => new GridColumn { Width = Twips(Width(i)) })));

        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(t.Header.Select((text, i) => Cell(Width(i), Para(text, JustificationValues.Center, bold: true,
            size: halfPoints, after: 0))));
        table.Append(header);
        foreach (var row in t.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            tr.Append(row.Select((text, i) => Cell(Width(i), noWrap: t.Numeric[i],
                Para(text, t.Numeric[i] ? JustificationValues.Right : JustificationValues.Left, size: halfPoints,
                    after: 0))));
            table.Append(tr);
        }

        return table;
    }

    private static Table SignatureBlock(Signature s)
    {
        const int left = 4677;
        const int right = 4678;
        var recipients = new List<Paragraph>
        {
            Para(s.RecipientsTitle, JustificationValues.Left, bold: true, italic: true, size: 24, after: 0),
        };
        recipients.AddRange(s.Recipients.Select(r => Para(r, JustificationValues.Left, size: Recipients, after: 0)));

        var table = new Table(new TableProperties(new TableWidth
        {
            Width = Twips(left + right),
            Type = TableWidthUnitValues.Dxa
        },
            NoBorders(), new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(new GridColumn { Width = Twips(left) }, new GridColumn { Width = Twips(right) }));
        table.Append(new TableRow(
            Cell(left, [.. recipients]),
            Cell(right,
                Para(s.Role, JustificationValues.Center, bold: true, before: 240, after: 1200),
                Para(s.Name, JustificationValues.Center, bold: true))));
        return table;
    }
}
