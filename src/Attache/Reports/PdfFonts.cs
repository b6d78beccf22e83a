using PdfSharp.Fonts;

namespace Attache.Reports;

/// <summary>Gives PDFsharp the DejaVu Serif faces shipped inside the assembly (Reports/Fonts, cut down to Latin and
/// Vietnamese as its README says, with their licence):
/// every Vietnamese letter with its diacritics is in them, and the server needs no installed font. Each face is
/// embedded whole (see PdfComposer), which is why they are cut down.</summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Attache Serif";

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process; PDFsharp's font settings are global.</summary>
    public static void Ensure()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new PdfFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, true) => "DejaVuSerif-BoldItalic",
            (true, false) => "DejaVuSerif-Bold",
            (false, true) => "DejaVuSerif-Italic",
            _ => "DejaVuSerif",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName)
    {
        using var resource = typeof(PdfFonts)
            .Assembly.GetManifestResourceStream($"Attache.Reports.Fonts.{faceName}.ttf");
        if (resource is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}
