using System.Globalization;
using Attache.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Attache.Reception;

/// <summary>The yearly gifts register as a Word document, landscape A4, in one language: the title, the totals given
/// and received, the handling of the gifts received, then one row per gift by date.</summary>
public static class GiftRegisterDocx
{
    private const string Font = "Times New Roman";

    public static byte[] Write(GiftRegister register, bool vi)
    {
        string T(string key) => ReportText.Text(vi, key);
        var culture = CultureInfo.GetCultureInfo(vi ? "vi-VN" : "en-GB");
        string Vnd(decimal value) => value.ToString("N0", culture);
        string Total(GiftTotal t) => string.Format(culture, T("{0} gifts, {1} VND"), t.Count, Vnd(t.Value));

        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            var province = vi ? register.ProvinceNameVi : register.ProvinceNameEn;
            body.Append(Para(string.Format(culture, T("Gifts register {0}"), register.Year), bold: true, size: 32,
                center: true));
            if (province is not null)
            {
                body.Append(Para(province, center: true));
            }

            body.Append(Para($"{T("Gifts given")}: {Total(register.Given)}"));
            body.Append(Para($"{T("Gifts received")}: {Total(register.Received)}"));
            foreach (var h in register.ReceivedByHandling)
            {
                body.Append(Para($"– {ReportText.EnumLabel(h.Handling, vi)}: {Total(h.Total)}"));
            }

            var without = register.Given.WithoutValue + register.Received.WithoutValue;
            if (without > 0)
            {
                body.Append(Para(string.Format(culture, T("{0} gifts have no value estimated and are not in the "
                    + "totals."), without), italic: true));
            }

            string[] header = [T("Date"), T("Given or received"), T("Item"), T("Value (VND)"), T("From or to"),
                T("Occasion"), T("Handling")];
            var rows = register.Gifts.Select(g => new[]
            {
                g.Date.ToString(vi ? "dd/MM/yyyy" : "d MMM yyyy", culture), ReportText.EnumLabel(g.Direction, vi),
                g.Item, g.Value is { } v ? Vnd(v) : "", g.Counterparty,
                g.DelegationTitle ?? g.Occasion ?? "",
                g.Handling is { } handling ? ReportText.EnumLabel(handling, vi) : "",
            });
            body.Append(Table(header, rows));
            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static RunProperties RunStyle(bool bold = false, bool italic = false, int size = 24)
    {
        var props = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font },
            new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        return props;
    }

    private static Paragraph Para(string text, bool bold = false, bool italic = false, int size = 26,
        bool center = false) =>
        new(new ParagraphProperties(
                new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left },
                new SpacingBetweenLines { After = "120" }),
            new Run(RunStyle(bold, italic, size), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        static TableCell Cell(string text, bool bold) => new(new Paragraph(
            new Run(RunStyle(bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border,
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        var head = new TableRow(new TableRowProperties(new TableHeader()));
        head.Append(header.Select(h => Cell(h, bold: true)));
        table.Append(head);
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(c => Cell(c, bold: false))));
        }

        return table;
    }
}
