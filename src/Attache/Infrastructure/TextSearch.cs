using System.Globalization;
using System.Text;

namespace Attache.Infrastructure;

/// <summary>Accent- and case-insensitive matching, done the same way on SQLite and PostgreSQL by storing a
/// folded copy of the searchable text and folding the query the same way.</summary>
public static class TextSearch
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Vietnamese đ is a letter of its own, not d with a mark, so decomposition leaves it alone.
            sb.Append(c == 'đ' ? 'd' : c);
        }

        // Recompose so that Hangul and other scripts compare as whole syllables again.
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The length of the stored search column.</summary>
    public const int MaxLength = 2000;

    /// <summary>The folded terms of a record, cut to <see cref="MaxLength"/>: several long fields together (or a text
    /// that folds longer, as some letters do when lower-cased) would otherwise not fit the column, which PostgreSQL
    /// enforces. What is cut is only the far end of the last terms, which searches rarely need.</summary>
    public static string Build(IEnumerable<string?> terms)
    {
        var text = string.Join(" | ", terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(Fold));
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var keep = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..keep];
    }
}
