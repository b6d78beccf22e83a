namespace Attache.Portal.Site;

/// <summary>The staff forms of the portal show a block per portal language, written or not.</summary>
public static class PortalForms
{
    /// <summary>The texts written, completed with an empty one for each other language, in the portal's order.</summary>
    public static List<T> EveryLanguage<T>(IReadOnlyList<T> written, Func<string, T> empty, Func<T, string?> lang) =>
        [.. PortalLanguages.All.Select(l => written.FirstOrDefault(t => lang(t) == l.Code) ?? empty(l.Code))];
}
