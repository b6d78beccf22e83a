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
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Letterhead(doc.Head));
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
                        body.Append(FigureTable(t));
                        body.Append(Para("", JustificationValues.Left, size: 12));
                        break;
                }
            }

            body.Append(SignatureBlock(doc.Signature));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567, Gutter = 0 }));
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

    private static Paragraph Para(string text, JustificationValues align, bool bold = false, bool italic = false, bool underline = false,
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
            paragraph.Append(TextRun(text, bold, italic, underline, size));
        }

        return paragraph;
    }

    private static Run TextRun(string text, bool bold, bool italic, bool underline, int size)
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

        // The schema fixes the order: bold, italic, size, underline.
        props.Append(new FontSize { Val = Twips(size) });
        if (underline)
        {
            props.Append(new Underline { Val = UnderlineValues.Single });
        }

        return new Run(props, new Text(Infrastructure.XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The schema fixes the order of the borders: top, left, bottom, right, inside.
    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });

    private static TableCell Cell(int width, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>The two-column block without borders: issuing body left, national title right; the number and the
    /// place-date line under them. The department's name and the motto are underlined (the decree's short rule).</summary>
    private static Table Letterhead(Letterhead h)
    {
        const int left = 3969;
        const int right = 5386;
        var table = new Table(new TableProperties(new TableWidth { Width = Twips(left + right), Type = TableWidthUnitValues.Dxa },
            NoBorders(), new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(new GridColumn { Width = Twips(left) }, new GridColumn { Width = Twips(right) }));
        table.Append(new TableRow(
            Cell(left,
                Para(h.IssuerTop, JustificationValues.Center, size: Small, after: 0),
                Para(h.Issuer, JustificationValues.Center, bold: true, underline: true, size: Small, after: 0)),
            Cell(right,
                Para(h.Nation, JustificationValues.Center, bold: true, size: Small - 2, after: 0),
                Para(h.Motto, JustificationValues.Center, bold: true, underline: true, size: Small, after: 0))));
        table.Append(new TableRow(
            Cell(left, Para(h.Number, JustificationValues.Center, size: Small, before: 120)),
            Cell(right, Para(h.PlaceDate, JustificationValues.Center, italic: true, before: 120))));
        return table;
    }

    private static Table FigureTable(TableBlock t)
    {
        const int total = 9355;
        var widths = t.Widths(total);
        int Width(int i) => (int)widths[i];

        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = Twips(total), Type = TableWidthUnitValues.Dxa }, border,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(t.Header.Select((_, i) => new GridColumn { Width = Twips(Width(i)) })));

        // Wide tables of figures drop to 11 pt so that a VND amount in full stays on one line.
        var size = t.Header.Count > 4 ? 22 : 24;
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(t.Header.Select((text, i) => Cell(Width(i), Para(text, JustificationValues.Center, bold: true, size: size, after: 0))));
        table.Append(header);
        foreach (var row in t.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            tr.Append(row.Select((text, i) => Cell(Width(i),
                Para(text, t.Numeric[i] ? JustificationValues.Right : JustificationValues.Left, size: size, after: 0))));
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

        var table = new Table(new TableProperties(new TableWidth { Width = Twips(left + right), Type = TableWidthUnitValues.Dxa },
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
