using Attache.Infrastructure;

namespace Attache.Components.Pickers;

/// <summary>What the pickers' options carry for the search box (wwwroot/js/pickers.js, on tom-select, which reads an
/// option's data-* attributes as its fields): data-more, a second text shown under the name (a partner's kind, a
/// country's code), and data-fold, both folded the way the app's searches fold (<see cref="TextSearch.Fold"/>), so
/// "da nang" finds "Đà Nẵng": the widget drops accents but keeps đ.</summary>
public static class Pickers
{
    public static string Fold(string text, string more) => TextSearch.Fold($"{text} {more}");
}
