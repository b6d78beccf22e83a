using PdfSharp.Drawing;

namespace Attache.Reports;

/// <summary>Measures text in points with the report's embedded serif font (DejaVu Serif), for layouts drawn by
/// another program (Word): DejaVu Serif is wider than Times New Roman, so a column measured with it is never too
/// narrow for the same text in Times.</summary>
internal sealed class TextMeasure : IDisposable
{
    private readonly XGraphics gfx;
    private readonly Dictionary<(double, bool), XFont> fonts = [];

    public TextMeasure()
    {
        PdfFonts.Ensure();
        gfx = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public double Width(string text, double size, bool bold)
    {
        if (!fonts.TryGetValue((size, bold), out var font))
        {
            font = fonts[(size, bold)] = new XFont(PdfFonts.Family, size, bold ? XFontStyleEx.Bold
                : XFontStyleEx.Regular);
        }

        return text.Length == 0 ? 0 : gfx.MeasureString(text, font).Width;
    }

    public void Dispose() => gfx.Dispose();
}
