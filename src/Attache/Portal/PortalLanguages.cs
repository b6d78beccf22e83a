namespace Attache.Portal;

/// <summary>The languages the public portal offers an editor for a translation, with their own names (a language is
/// named in itself in a language switcher) and the culture that formats dates in it.</summary>
public static class PortalLanguages
{
    public sealed record Language(string Code, string NativeName, string Culture);

    public static readonly IReadOnlyList<Language> All =
    [
        new("vi", "Tiếng Việt", "vi-VN"),
        new("en", "English", "en-GB"),
        new("zh", "中文", "zh-CN"),
        new("ko", "한국어", "ko-KR"),
        new("lo", "ພາສາລາວ", "lo-LA"),
        new("fr", "Français", "fr-FR"),
        new("de", "Deutsch", "de-DE"),
        new("ja", "日本語", "ja-JP"),
    ];

    public static bool IsKnown(string? code) => code is not null && All.Any(l => l.Code == code);

    public static Language Get(string code) => All.First(l => l.Code == code);
}
