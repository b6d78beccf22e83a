using System.Security.Claims;
using Attache.Accounts;
using Attache.Provinces;
using Microsoft.EntityFrameworkCore;

namespace Attache.Infrastructure;

/// <summary>Which provinces the current request may see. Starts seeing nothing; the tenancy middleware
/// (or a system task) widens it.</summary>
public sealed class Tenant
{
    public bool AllProvinces { get; private set; }
    public int? ProvinceId { get; private set; }
    public string? ProvinceCode { get; private set; }

    public void UseAll()
    {
        AllProvinces = true;
        ProvinceId = null;
        ProvinceCode = null;
    }

    public void Use(Province province) => Use(province.Id, province.Code);

    public void Use(int provinceId, string code)
    {
        AllProvinces = false;
        ProvinceId = provinceId;
        ProvinceCode = code;
    }

    /// <summary>Sees only one province until the result is disposed, then what it saw before. Narrowing a
    /// national view lets per-province figures reuse the features' own queries; it never widens a view.</summary>
    public IDisposable NarrowTo(int provinceId, string code)
    {
        if (!AllProvinces && ProvinceId != provinceId)
        {
            throw ProblemException.Forbidden($"Your account has no rights in {code}.");
        }

        var (all, id, savedCode) = (AllProvinces, ProvinceId, ProvinceCode);
        Use(provinceId, code);
        return new Restore(() => (AllProvinces, ProvinceId, ProvinceCode) = (all, id, savedCode));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>The province a new record goes to; a national user must name one.</summary>
    public int RequireProvince() => ProvinceId ?? throw ProblemException.Validation("province",
        "Name the province this record belongs to with ?province=<ISO 3166-2 code>, e.g. ?province=VN-04.");
}

/// <summary>Sets <see cref="Tenant"/> from the signed-in user and the optional <c>?province=</c> parameter.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public const string ProvinceCookie = "attache.province";

    /// <summary>The province cookie: not for scripts, not sent by other sites' forms, Secure behind TLS.</summary>
    public static CookieOptions ProvinceCookieOptions(HttpContext http) =>
        new() { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps };

    public async Task InvokeAsync(HttpContext context, Tenant tenant, AttacheDb db)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            string? requested = context.Request.Query["province"];
            var fromCookie = false;
            if (string.IsNullOrWhiteSpace(requested) && !context.Request.Path.StartsWithSegments("/api"))
            {
                // Pages remember the province a national user picked (see ProvinceSwitch); the API always says it.
                requested = context.Request.Cookies[ProvinceCookie];
                fromCookie = !string.IsNullOrWhiteSpace(requested);
            }

            requested = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim().ToUpperInvariant();
            var own = user.FindFirstValue(AttacheClaims.Province);
            var national = Roles.National.Any(user.IsInRole);

            if (national)
            {
                if (requested is null || requested == "ALL")
                {
                    tenant.UseAll();
                }
                else if (fromCookie)
                {
                    // A remembered province that no longer exists (or never did) must not lock the user out of
                    // every page: forget it and show all provinces.
                    var remembered = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == requested, context.RequestAborted);
                    if (remembered is null)
                    {
                        context.Response.Cookies.Delete(ProvinceCookie);
                        tenant.UseAll();
                    }
                    else
                    {
                        tenant.Use(remembered);
                    }
                }
                else
                {
                    tenant.Use(await FindAsync(db, requested, context.RequestAborted));
                }
            }
            else if (own is not null)
            {
                if (fromCookie && requested != own)
                {
                    // Left from a time the account was national: a province user works in its own province.
                    context.Response.Cookies.Delete(ProvinceCookie);
                }
                else if (requested is not null && requested != own)
                {
                    throw ProblemException.Forbidden($"Your account works in {own} and has no rights in {requested}.");
                }

                tenant.Use(await FindAsync(db, own, context.RequestAborted));
            }
        }

        await next(context);
    }

    private static async Task<Province> FindAsync(AttacheDb db, string code, CancellationToken ct) =>
        await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct)
        ?? throw ProblemException.Validation("province", $"'{code}' is not a province of this installation.");
}
