using Microsoft.AspNetCore.Diagnostics;

namespace Attache.Infrastructure;

/// <summary>How a failed request is answered, once: an exception with an RFC 9457 problem
/// (<see cref="ProblemHandler"/>; a page's query value it cannot read, ?page=abc, is a 400 naming it); a status
/// without a body (an address with no page, a refusal) with a page inside the layout for a person
/// (Components/Pages/ErrorPage.razor) and with a problem for the API.</summary>
public static class ErrorPages
{
    public const string Path = "/error";

    /// <summary>A request a person reads as a page: not the API, and a GET or HEAD (a POST re-executed at the error
    /// page would be taken for a form without its token, so a failed form post keeps its problem answer).</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api")
        && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));

    public static WebApplication UseAttacheErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler();
        // A status without a body: the outer one answers a problem (the API, form posts), the inner one re-executes
        // at the error page (pages), switched off for what is not a page.
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute(Path + "/{0}");
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context.Request) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
        return app;
    }
}
