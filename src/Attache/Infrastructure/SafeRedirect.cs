namespace Attache.Infrastructure;

/// <summary>Where a "back" parameter may send the browser: a path of this site only. "//host" and "/\host" are
/// addresses of another site for browsers (and refused by <see cref="Results.LocalRedirect"/> with an exception),
/// so anything that is not plainly local goes home instead.</summary>
public static class SafeRedirect
{
    public static string Local(string? back, string fallback = "/") =>
        back is { Length: > 0 } && IsLocal(back) ? back : fallback;

    /// <summary>The rule of ASP.NET Core's <c>IUrlHelper.IsLocalUrl</c>: "/" followed by anything but "/" or "\",
    /// or "~/" likewise; no control characters (a browser drops tab and newline and could then read "//").</summary>
    public static bool IsLocal(string url)
    {
        if (url.Any(char.IsControl))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'));
    }
}
