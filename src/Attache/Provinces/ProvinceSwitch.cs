using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Attache.Provinces;

/// <summary>Lets a national user or the administrator work in one province in the UI (or in all of them). A state
/// change, so only a POST with the page's antiforgery token; only a province of this installation is remembered.</summary>
public sealed class ProvinceSwitch : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/province/{code}", async (HttpContext http, AttacheDb db, string code, [FromForm] string? back) =>
        {
            if (code.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Cookies.Delete(TenantMiddleware.ProvinceCookie);
            }
            else
            {
                var known = code.ToUpperInvariant();
                if (!await db.Provinces.AnyAsync(p => p.Code == known, http.RequestAborted))
                {
                    throw InputValidation.Error("code", $"'{code}' is not a province of this installation.");
                }

                http.Response.Cookies.Append(TenantMiddleware.ProvinceCookie, known, TenantMiddleware.ProvinceCookieOptions(http));
            }

            return Results.LocalRedirect(SafeRedirect.Local(back));
        }).RequireAuthorization(p => p.RequireRole(Roles.National)).WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        return app;
    }
}
