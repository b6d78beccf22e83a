using Attache.Infrastructure;
using Attache.Portal.Site.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Portal.Site;

/// <summary>The province's public pages: who the province is (profile, released figures, border gates, the map),
/// the investors' pages and the contact form. GET pages are output-cached per site; the form posts without an
/// antiforgery token (the pages set no cookie), under the portal's rate limit, and redirects (Post/Redirect/Get).
/// A language the profile is not written in is a 404 (no page mixes languages).</summary>
public sealed class PortalSiteEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/p/{province}/{lang}").AllowAnonymous().ExcludeFromDescription();
        site.MapGet("/province", ProvinceAsync).CacheOutput(PortalCache.Policy);
        site.MapGet("/investors", InvestorsAsync).CacheOutput(PortalCache.Policy);
        site.MapGet("/investors/{id:int}", OpportunityAsync).CacheOutput(PortalCache.Policy);
        site.MapGet("/contact", ContactAsync).CacheOutput(PortalCache.Policy);
        site.MapGet("/contact/thanks", ThanksAsync).CacheOutput(PortalCache.Policy);
        site.MapPost("/contact", SendAsync).DisableAntiforgery().RequireRateLimiting(PortalVisitors.PostPolicy);
        return app;
    }

    private static async Task<IResult> ProvinceAsync(string province, string lang, PublicSiteService pages,
        FigureReleaseService figures, HttpRequest request, CancellationToken ct)
    {
        if (await pages.OpenAsync(province, lang, request, ct) is not { } page)
        {
            return TypedResults.NotFound();
        }

        return new RazorComponentResult<ProvincePage>(new Dictionary<string, object?>
        {
            [nameof(ProvincePage.Page)] = page,
            [nameof(ProvincePage.Figures)] = await figures.PublicAsync(ct),
            [nameof(ProvincePage.Gates)] = await pages.GatesAsync(lang, ct),
            [nameof(ProvincePage.Zones)] = await pages.ZonesAsync(lang, ct),
            [nameof(ProvincePage.Places)] = await pages.MapAsync(ct),
        });
    }

    private static async Task<IResult> InvestorsAsync(string province, string lang, string? sector,
        PublicSiteService pages, HttpRequest request, CancellationToken ct)
    {
        if (await pages.OpenAsync(province, lang, request, ct) is not { } page)
        {
            return TypedResults.NotFound();
        }

        InvestmentSector? chosen = Enum.TryParse<InvestmentSector>(sector, out var s) && !int.TryParse(sector, out _)
            ? s : null;
        var all = await pages.OpportunitiesAsync(lang, null, null, ct);
        return new RazorComponentResult<InvestorsPage>(new Dictionary<string, object?>
        {
            [nameof(InvestorsPage.Page)] = page,
            [nameof(InvestorsPage.Sectors)] = all.Select(o => o.Sector).Distinct().Order().ToList(),
            [nameof(InvestorsPage.Sector)] = chosen,
            [nameof(InvestorsPage.Opportunities)] = chosen is null ? all : all.Where(o => o.Sector == chosen).ToList(),
        });
    }

    private static async Task<IResult> OpportunityAsync(string province, string lang, int id,
        PublicSiteService pages, HttpRequest request, CancellationToken ct)
    {
        if (await pages.OpenAsync(province, lang, request, ct) is not { } page
            || await pages.OpportunitiesAsync(lang, null, id, ct) is not [var opportunity])
        {
            return TypedResults.NotFound();
        }

        return new RazorComponentResult<OpportunityPage>(new Dictionary<string, object?>
        {
            [nameof(OpportunityPage.Page)] = page,
            [nameof(OpportunityPage.Opportunity)] = opportunity,
        });
    }

    private static async Task<IResult> ContactAsync(string province, string lang, string? kind,
        PublicSiteService pages, HttpRequest request, CancellationToken ct) =>
        await pages.OpenAsync(province, lang, request, ct) is { } page
            ? Form(page, new ContactInput { Kind = kind }, new Dictionary<string, string>())
            : TypedResults.NotFound();

    private static async Task<IResult> ThanksAsync(string province, string lang, PublicSiteService pages,
        HttpRequest request, CancellationToken ct) =>
        await pages.OpenAsync(province, lang, request, ct) is { } page
            ? new RazorComponentResult<ContactThanksPage>(new Dictionary<string, object?>
            {
                [nameof(ContactThanksPage.Page)] = page,
            })
            : TypedResults.NotFound();

    /// <summary>Every error at once on the form again (400), or the enquiry stored and a redirect to the thanks
    /// page (303). A filled honeypot is thanked the same way and stored nowhere.</summary>
    private static async Task<IResult> SendAsync(string province, string lang, PublicSiteService pages,
        EnquiryService enquiries, HttpContext http, CancellationToken ct)
    {
        if (await pages.OpenAsync(province, lang, http.Request, ct) is not { } page)
        {
            return TypedResults.NotFound();
        }

        if (!http.Request.HasFormContentType)
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var input = ContactInput.From(await http.Request.ReadFormAsync(ct));
        if (input.IsRobot)
        {
            return SeeOther(page);
        }

        var errors = input.Errors(lang);
        if (errors.Count > 0)
        {
            return Form(page, input, errors);
        }

        await enquiries.SubmitAsync(input, page.Site, lang, PortalVisitors.ClientHash(http), ct);
        return SeeOther(page);
    }

    private static IResult SeeOther(SitePage page) => new SeeOtherResult(page.Path("/contact/thanks"));

    private static RazorComponentResult<ContactPage> Form(SitePage page, ContactInput input,
        IReadOnlyDictionary<string, string> errors) => new(new Dictionary<string, object?>
        {
            [nameof(ContactPage.Page)] = page,
            [nameof(ContactPage.Input)] = input,
            [nameof(ContactPage.Errors)] = errors,
        })
        { StatusCode = errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };

    /// <summary>303 See Other: the browser follows with a GET, so a reload never sends the form twice.</summary>
    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
