using Attache.Accounts;
using Attache.Infrastructure;

namespace Attache.Provinces;

/// <summary>Lets a national user or the administrator work in one province in the UI (or in all of them).</summary>
public static class ProvinceSwitch
{
    public static IEndpointRouteBuilder MapProvinceSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/province/{code}", (HttpContext http, string code, string? back) =>
        {
            if (code.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Cookies.Delete(TenantMiddleware.ProvinceCookie);
            }
            else
            {
                http.Response.Cookies.Append(TenantMiddleware.ProvinceCookie, code.ToUpperInvariant(),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            }

            return Results.LocalRedirect(back is { Length: > 0 } && back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/");
        }).RequireAuthorization(p => p.RequireRole(Roles.National)).ExcludeFromDescription();
        return app;
    }
}
