namespace Attache.Staff;

/// <summary>The language-level rules of the roster, pure and decided once: which scale fits a language, which levels a
/// scale has, and their order (to sort and compare interpreters).</summary>
public static class LanguageLevels
{
    /// <summary>The languages that have a national proficiency scale of their own and must be measured on it.</summary>
    private static readonly Dictionary<string, LanguageScale> OwnScale = new(StringComparer.Ordinal)
    {
        ["zh"] = LanguageScale.Hsk,
        ["ko"] = LanguageScale.Topik,
        ["lo"] = LanguageScale.Lao,
        ["ja"] = LanguageScale.Jlpt,
    };

    /// <summary>Each scale's levels, lowest first.</summary>
    private static readonly Dictionary<LanguageScale, string[]> Levels = new()
    {
        [LanguageScale.Cefr] = ["A1", "A2", "B1", "B2", "C1", "C2"],
        [LanguageScale.Hsk] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
        [LanguageScale.Topik] = ["1", "2", "3", "4", "5", "6"],
        [LanguageScale.Lao] = ["1", "2", "3", "4", "5", "6"],
        [LanguageScale.Jlpt] = ["N5", "N4", "N3", "N2", "N1"],
    };

    /// <summary>The rule as the API contract states it.</summary>
    public const string Rule = "A language is an ISO 639-1 code. Chinese (zh) is measured on HSK (1–9), Korean (ko) on "
        + "TOPIK (1–6), Lao (lo) on the Lao scale (1–6) and Japanese (ja) on JLPT (N5–N1); every other language, the "
        + "European ones first, on CEFR (A1–C2). Those four scales are for their own language only.";

    /// <summary>The scale a language is measured on: its own national scale, else CEFR.</summary>
    public static LanguageScale ScaleFor(string language) =>
        OwnScale.TryGetValue(language, out var scale) ? scale : LanguageScale.Cefr;

    /// <summary>Whether <paramref name="scale"/> may measure <paramref name="language"/>.</summary>
    public static bool Fits(string language, LanguageScale scale) => ScaleFor(language) == scale;

    /// <summary>The levels of a scale, lowest first.</summary>
    public static IReadOnlyList<string> LevelsOf(LanguageScale scale) => Levels[scale];

    /// <summary>Whether <paramref name="level"/> is a level of <paramref name="scale"/> (exactly as written: "B2",
    /// "5", "N2").</summary>
    public static bool IsLevel(LanguageScale scale, string? level) =>
        level is not null && Array.IndexOf(Levels[scale], level) >= 0;

    /// <summary>1 for the lowest level of the scale, up to the number of its levels; 0 for a level not on it.</summary>
    public static int Rank(LanguageScale scale, string level) => Array.IndexOf(Levels[scale], level) + 1;

    /// <summary>The level as people write it after the language's name: "B2", "HSK 5", "TOPIK 4", "level 3" ("bậc 3" in
    /// Vietnamese) on the Lao scale, "N2".</summary>
    public static string Display(LanguageScale scale, string level, bool vietnamese) => scale switch
    {
        LanguageScale.Hsk => $"HSK {level}",
        LanguageScale.Topik => $"TOPIK {level}",
        LanguageScale.Lao => vietnamese ? $"bậc {level}" : $"level {level}",
        _ => level,
    };

    /// <summary>Normalises what a user typed: "b2" → "B2", "n2" → "N2", " 5 " → "5".</summary>
    public static string Normalise(string level) => level.Trim().ToUpperInvariant();
}
