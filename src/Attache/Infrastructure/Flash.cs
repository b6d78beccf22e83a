namespace Attache.Infrastructure;

/// <summary>What a page says after a save, an approval or a removal, once, on the page the officer is sent to: a
/// short-lived cookie (so it survives the redirect and any instance answers the next request) taken off the request
/// by <see cref="FlashMiddleware"/> and shown by Components/FlashMessage.razor.</summary>
public sealed class Flash(IHttpContextAccessor http)
{
    public const string Cookie = "attache.flash";
    internal const string ItemKey = "attache.flash";
    private const int Longest = 300;

    /// <summary>Says <paramref name="message"/> (already in the reader's language) on the next page.</summary>
    public void Say(string message)
    {
        if (http.HttpContext is not { } context || context.Response.HasStarted)
        {
            return;
        }

        var text = message.Length > Longest ? message[..Longest] : message;
        context.Response.Cookies.Append(Cookie, Uri.EscapeDataString(text), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromMinutes(2),
            IsEssential = true,
        });
    }

    /// <summary>The message this request carries, if any.</summary>
    public string? Message => http.HttpContext?.Items[ItemKey] as string;
}

/// <summary>Takes the flash cookie off a page request: the message is shown by this page and by no later one.
/// </summary>
public sealed class FlashMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (ErrorPages.IsPageRequest(context.Request)
            && context.Request.Cookies.TryGetValue(Flash.Cookie, out var value))
        {
            context.Items[Flash.ItemKey] = Uri.UnescapeDataString(value);
            context.Response.Cookies.Delete(Flash.Cookie, new CookieOptions { Path = "/" });
        }

        return next(context);
    }
}
