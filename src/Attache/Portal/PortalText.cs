using System.Globalization;
using System.Resources;

namespace Attache.Portal;

/// <summary>The words of the public portal in its eight languages: a key is the English text, and
/// <c>Resources/PortalResource.{lang}.resx</c> gives it in each other language (a test requires every key in every
/// language, so a page is never half translated). Pages are told their language by the address, not by a cookie.</summary>
public static class PortalText
{
    private static readonly ResourceManager Resources =
        new("Attache.Resources.PortalResource", typeof(PortalText).Assembly);

    public static string Get(string lang, string key) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(PortalLanguages.Get(lang).Culture)) ?? key;

    public static string Format(string lang, string key, params object[] args) =>
        string.Format(CultureInfo.GetCultureInfo(PortalLanguages.Get(lang).Culture), Get(lang, key), args);
}
