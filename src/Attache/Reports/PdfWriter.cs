using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Attache.Reports;

/// <summary>Draws the same <see cref="ReportDocument"/> as the Word writer onto A4 pages with PDFsharp's XGraphics:
/// wrapped and justified paragraphs, tables that repeat their header across pages, page numbers from page two
/// (Decree 30), and the DejaVu Serif font embedded.</summary>
public static class PdfWriter
{
    public static byte[] Write(ReportDocument doc, string title)
    {
        PdfFonts.Ensure();
        using var pdf = new PdfDocument();
        pdf.Info.Title = title;
        pdf.Info.Creator = "Attaché";
        var page = new PdfComposer(pdf);

        page.Letterhead(doc.Head);
        page.Paragraph(doc.Title, page.Bold, Align.Center, before: 18);
        page.Paragraph(doc.Subtitle, page.Bold, Align.Center, after: 12);
        foreach (var block in doc.Body)
        {
            switch (block)
            {
                case HeadingBlock h:
                    // A heading keeps the first lines of its text, or a table's header and first row, on its page.
                    page.Paragraph(h.Text, page.Bold, Align.Justify, before: 9, keepWith: 5);
                    break;
                case ParagraphBlock p:
                    page.Paragraph(p.Text, p.Italic ? page.Italic : page.Regular, Align.Justify, indent: 28);
                    break;
                case TableBlock t:
                    page.Table(t);
                    break;
            }
        }

        page.Signature(doc.Signature);
        page.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}

internal enum Align
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A cursor running down the pages: everything is placed at <see cref="y"/> and moves it on.</summary>
internal sealed class PdfComposer
{
    private const double Size = 12;
    private const double SmallSize = 11;

    // Decree 30 margins: top and bottom 20 mm, left 30 mm, right 15 mm.
    private static readonly double Left = XUnit.FromMillimeter(30).Point;
    private static readonly double Right = XUnit.FromMillimeter(15).Point;
    private static readonly double Top = XUnit.FromMillimeter(20).Point;
    private static readonly double Bottom = XUnit.FromMillimeter(20).Point;

    private readonly PdfDocument pdf;
    private readonly XPdfFontOptions options;
    private XGraphics gfx = null!;
    private PdfPage current = null!;
    private double y;

    public PdfComposer(PdfDocument pdf)
    {
        this.pdf = pdf;
        // The whole font file goes in: PDFsharp's subsetting drops the accent components of composite glyphs
        // (ằ = a + breve-grave), which would print "Cao Bang" for "Cao Bằng".
        options = new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);
        Regular = new XFont(PdfFonts.Family, Size, XFontStyleEx.Regular, options);
        Bold = new XFont(PdfFonts.Family, Size, XFontStyleEx.Bold, options);
        Italic = new XFont(PdfFonts.Family, Size, XFontStyleEx.Italic, options);
        SmallRegular = new XFont(PdfFonts.Family, SmallSize, XFontStyleEx.Regular, options);
        SmallBold = new XFont(PdfFonts.Family, SmallSize, XFontStyleEx.Bold, options);
        SmallItalic = new XFont(PdfFonts.Family, SmallSize, XFontStyleEx.BoldItalic, options);
        NewPage();
    }

    public XFont Regular { get; }
    public XFont Bold { get; }
    public XFont Italic { get; }
    private XFont SmallRegular { get; }
    private XFont SmallBold { get; }
    private XFont SmallItalic { get; }

    private double Width => current.Width.Point - Left - Right;

    private double Limit => current.Height.Point - Bottom;

    private static double LineHeight(XFont font) => font.Size * 1.3;

    private void NewPage()
    {
        gfx?.Dispose();
        current = pdf.AddPage();
        current.Size = PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(current);
        y = Top;
        if (pdf.PageCount > 1)
        {
            // Page numbers from the second page, centred in the top margin.
            Draw(pdf.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture), SmallRegular, Left,
                Top / 2, Width, Align.Center);
        }
    }

    private void EnsureSpace(double height)
    {
        if (y + height > Limit)
        {
            NewPage();
        }
    }

    public void Finish() => gfx.Dispose();

    public void Paragraph(string text, XFont font, Align align, double indent = 0, double before = 0, double after = 3,
        int keepWith = 1)
    {
        y += before;
        var lines = Wrap(text, font, Width, indent);
        EnsureSpace(LineHeight(font) * Math.Min(lines.Count + keepWith - 1, Math.Max(4, keepWith + 1)));
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(LineHeight(font));
            var x = Left + (i == 0 ? indent : 0);
            var w = Width - (i == 0 ? indent : 0);
            var last = i == lines.Count - 1;
            Draw(lines[i], font, x, y, w, align == Align.Justify && last ? Align.Left : align);
            y += LineHeight(font);
        }

        y += after;
    }

    /// <summary>Splits text into lines that fit the width; a word longer than a line is cut.</summary>
    private List<string> Wrap(string text, XFont font, double width, double firstIndent = 0)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var room = width - (lines.Count == 0 ? firstIndent : 0);
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (gfx.MeasureString(candidate, font).Width <= room)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (gfx.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && gfx.MeasureString(line[..cut], font).Width > width)
                {
                    cut--;
                }

                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private void Draw(string text, XFont font, double x, double top, double width, Align align)
    {
        var measured = gfx.MeasureString(text, font).Width;
        if (align == Align.Justify)
        {
            var words = text.Split(' ');
            if (words.Length > 1)
            {
                var gap = (width - words.Sum(w => gfx.MeasureString(w, font).Width)) / (words.Length - 1);
                var cursor = x;
                foreach (var word in words)
                {
                    gfx.DrawString(word, font, XBrushes.Black, new XPoint(cursor, top), XStringFormats.TopLeft);
                    cursor += gfx.MeasureString(word, font).Width + gap;
                }

                return;
            }
        }

        var start = align switch
        {
            Align.Center => x + (width - measured) / 2,
            Align.Right => x + width - measured,
            _ => x,
        };
        gfx.DrawString(text, font, XBrushes.Black, new XPoint(start, top), XStringFormats.TopLeft);
    }

    /// <summary>Issuing body left, national title right, then the number and the place-date line. Long names (the
    /// English "PEOPLE'S COMMITTEE OF … PROVINCE") wrap inside their column instead of running into the other
    /// one.</summary>
    public void Letterhead(Letterhead h)
    {
        var leftWidth = Width * 0.42;
        var gap = 0;
        var rightX = Left + leftWidth + gap;
        var rightWidth = Width - leftWidth - gap;
        var left = y;
        var right = y;
        left += Lines(h.IssuerTop, SmallRegular, Left, left, leftWidth);
        right += Lines(h.Nation, SmallBold, rightX, right, rightWidth);
        // Decree 30 (Appendix I): a solid rule under the issuing body, a third to a half of its length, and one as
        // long as the motto under the motto.
        left += Lines(h.Issuer, SmallBold, Left, left, leftWidth, rule: 0.4);
        right += Lines(h.Motto, Bold, rightX, right, rightWidth, rule: 1);
        y = Math.Max(left, right) + 10;
        left = y + Lines(h.Number, SmallRegular, Left, y, leftWidth);
        right = y + Lines(h.PlaceDate, Italic, rightX, y, rightWidth);
        y = Math.Max(left, right);
    }

    /// <summary>Centred, wrapped text in a column, with a centred rule under it of <paramref name="rule"/> times the
    /// width of its last line; answers the height it took.</summary>
    private double Lines(string text, XFont font, double x, double top, double width, double rule = 0)
    {
        var lines = Wrap(text, font, width);
        for (var i = 0; i < lines.Count; i++)
        {
            Draw(lines[i], font, x, top + i * LineHeight(font), width, Align.Center);
        }

        var height = lines.Count * LineHeight(font);
        if (rule > 0)
        {
            var length = gfx.MeasureString(lines[^1], font).Width * rule;
            var at = top + height + 1;
            gfx.DrawLine(new XPen(XColors.Black, 0.6), x + (width - length) / 2, at, x + (width + length) / 2, at);
            height += 4;
        }

        return height;
    }

    /// <summary>A table whose columns are measured from their cells in the font they are drawn in (11 pt, smaller
    /// only when a table's figures would not fit across the page otherwise), so that no figure wraps.</summary>
    public void Table(TableBlock t)
    {
        var count = t.Header.Count;
        const double pad = 3;
        var (widths, regular, bold) = Fit(t, pad);

        double RowHeight(IReadOnlyList<string> cells, XFont font) =>
            cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * pad).Count).Max() * LineHeight(font) + 2 * pad;

        void Row(IReadOnlyList<string> cells, XFont font, bool header)
        {
            var height = RowHeight(cells, font);
            var x = Left;
            for (var i = 0; i < count; i++)
            {
                gfx.DrawRectangle(new XPen(XColors.Black, 0.5), x, y, widths[i], height);
                var lineY = y + pad;
                foreach (var line in Wrap(cells[i], font, widths[i] - 2 * pad))
                {
                    Draw(line, font, x + pad, lineY, widths[i] - 2 * pad, header ? Align.Center : t.Numeric[i]
                        ? Align.Right : Align.Left);
                    lineY += LineHeight(font);
                }

                x += widths[i];
            }

            y += height;
        }

        EnsureSpace(RowHeight(t.Header, bold) + (t.Rows.Count > 0 ? RowHeight(t.Rows[0], regular) : 0));
        Row(t.Header, bold, header: true);
        foreach (var row in t.Rows)
        {
            if (y + RowHeight(row, regular) > Limit)
            {
                NewPage();
                Row(t.Header, bold, header: true);
            }

            Row(row, regular, header: false);
        }

        y += 8;
    }

    private (double[] Widths, XFont Regular, XFont Bold) Fit(TableBlock t, double pad)
    {
        for (var size = SmallSize; size >= 6; size -= 0.5)
        {
            var regular = size == SmallSize ? SmallRegular : new XFont(PdfFonts.Family, size, XFontStyleEx.Regular,
                options);
            var bold = size == SmallSize ? SmallBold : new XFont(PdfFonts.Family, size, XFontStyleEx.Bold, options);
            // Half a point more than the padding drawn: justification and rounding never push a figure onto two lines.
            if (t.Widths(Width, (text, isBold) => gfx.MeasureString(text, isBold ? bold : regular).Width, pad
                + 0.5) is { } widths)
            {
                return (widths, regular, bold);
            }
        }

        throw new InvalidOperationException("A table of the report does not fit across the page even at 6 pt.");
    }

    public void Signature(Signature s)
    {
        var half = Width / 2;
        var needed = LineHeight(Bold) * 6 + LineHeight(SmallRegular) * s.Recipients.Count;
        y += 12;
        EnsureSpace(needed);
        var top = y;
        Draw(s.Role, Bold, Left + half, top, half, Align.Center);
        Draw(s.Name, Bold, Left + half, top + LineHeight(Bold) * 5, half, Align.Center);
        Draw(s.RecipientsTitle, SmallItalic, Left, top, half, Align.Left);
        var lineY = top + LineHeight(SmallItalic);
        foreach (var r in s.Recipients)
        {
            Draw(r, SmallRegular, Left, lineY, half, Align.Left);
            lineY += LineHeight(SmallRegular);
        }

        y = Math.Max(lineY, top + LineHeight(Bold) * 6);
    }
}
