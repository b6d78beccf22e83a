using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Attache.Infrastructure;

public static class Localization
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsVietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";

    /// <summary>The staff UI's language as a code: "vi" or "en".</summary>
    public static string Language => IsVietnamese ? "vi" : "en";

    public static IServiceCollection AddAttacheLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [Vietnamese, English];
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Cookie (the language switch) first, then ?culture=, then the browser's preference.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new QueryStringRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>The language switch: remembers the choice in a cookie and goes back to the page.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{name}", (HttpContext http, string name, string? back) =>
        {
            var culture = name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(SafeRedirect.Local(back));
        }).ExcludeFromDescription();
        return app;
    }
}

/// <summary>The routes of the language switch, found by <see cref="EndpointDiscovery"/>.</summary>
public sealed class CultureEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app) => app.MapCultureEndpoint();
}
