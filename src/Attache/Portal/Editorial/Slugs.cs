using System.Globalization;
using System.Text;
using Attache.Infrastructure;

namespace Attache.Portal.Editorial;

/// <summary>The readable, ASCII address part of a title, a tag or an author: German umlauts and ß written out
/// (ä → ae, ß → ss), Vietnamese letters without their marks (đ → d, "Lai Châu" → "lai-chau"), everything else that
/// is not a letter or digit a hyphen. A text in another script (Chinese, Korean, Japanese, Lao) keeps its own letters
/// ("边境贸易" → "边境贸易"; the address carries them percent-encoded); only a text without any letter gives the
/// fallback.</summary>
public static class Slugs
{
    public const int MaxLength = 100;

    public static string From(string? text, string fallback = "article")
    {
        var written = new StringBuilder();
        foreach (var c in text ?? "")
        {
            written.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'Ä' => "Ae",
                'Ö' => "Oe",
                'Ü' => "Ue",
                'ß' => "ss",
                'Đ' => "D",
                _ => c.ToString(),
            });
        }

        var slug = new StringBuilder();
        foreach (var c in TextSearch.Fold(written.ToString()))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        if (HasOtherScript(written.ToString()))
        {
            slug.Clear();
            foreach (var c in written.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c)
                        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    slug.Append(c);
                }
                else if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength].TrimEnd('-');
        }

        return result.Length == 0 ? fallback : result;
    }

    /// <summary>Letters outside the Latin blocks (Latin, Latin-1, Latin Extended A/B and Additional, which folding
    /// writes in ASCII).</summary>
    private static bool HasOtherScript(string text) =>
        text.Any(c => char.IsLetter(c) && c > '\u024F' && c is not (>= '\u1E00' and <= '\u1EFF'));
}
