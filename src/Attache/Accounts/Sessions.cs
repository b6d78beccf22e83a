using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Accounts;

/// <summary>Sign-in sessions: short access tokens whose account is checked on every request, refresh tokens that
/// work once, a sign-out that ends them, and throttled sign-in (see <see cref="SignInThrottle"/>).</summary>
public static class Sessions
{
    public const string SignInPolicy = "sign-in";
    private const string UsedRefreshTokens = "Attache.UsedRefreshToken";

    public static IServiceCollection AddAttacheSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<SignInOptions>>((bearer, signIn) =>
            bearer.BearerTokenExpiration = TimeSpan.FromMinutes(signIn.Value.AccessTokenMinutes));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!IsSignIn(http.Request))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var permits = http.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.AttemptsPerClientPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(SignInThrottle.Client(http),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
            });
        });
        return services;
    }

    private static bool IsSignIn(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/auth")
        || (HttpMethods.IsPost(request.Method) && request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase));

    /// <summary>Drops the sign-in of a request whose account changed since (role, province, password, sign-out: each
    /// renews the security stamp), so a token or cookie never outlives the rights it carried.</summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var signIn = http.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            if (await signIn.ValidateSecurityStampAsync(http.User) is null)
            {
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(http);
    });

    /// <summary>Around Identity's /login and /refresh: the throttle, one answer for every refusal, single-use refresh
    /// tokens.</summary>
    public static TBuilder AddSessionRules<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is { } login)
            {
                return await SignInAsync(http, login, () => next(context));
            }

            if (context.Arguments.OfType<RefreshRequest>().FirstOrDefault() is { } refresh
                && !await ConsumeAsync(http, refresh.RefreshToken, http.RequestAborted))
            {
                return TypedResults.Problem("The refresh token has been used or revoked; sign in again.",
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            return await next(context);
        });

    private static async Task<object?> SignInAsync(HttpContext http, LoginRequest login, Func<ValueTask<object?>> next)
    {
        var throttle = http.RequestServices.GetRequiredService<SignInThrottle>();
        var client = SignInThrottle.Client(http);
        if (!throttle.MayTry(client, login.Email))
        {
            return TypedResults.Problem("Too many sign-in attempts; wait a few minutes.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        var users = http.RequestServices.GetRequiredService<UserManager<AppUser>>();
        object? result;
        if (await users.FindByEmailAsync(login.Email ?? string.Empty) is null)
        {
            throttle.CheckDummyPassword(login.Password);
            result = null;
        }
        else
        {
            result = await next();
        }

        // Identity answers a success with an empty result, the tokens or cookie being written by the sign-in itself.
        var outcome = result is INestedHttpResult nested ? nested.Result : result;
        if (outcome is not null and not IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            throttle.Succeeded(client, login.Email);
            return result;
        }

        // Unknown account, wrong password, locked or not allowed: one answer, which tells nothing about the account.
        throttle.Failed(client, login.Email);
        return TypedResults.Problem("Wrong e-mail or password.", statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Marks the refresh token used; false when it was used before. A refresh token used twice was copied:
    /// every session of its account ends.</summary>
    private static async Task<bool> ConsumeAsync(HttpContext http, string? token, CancellationToken ct)
    {
        var bearer = http.RequestServices.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var ticket = string.IsNullOrEmpty(token) ? null : bearer.RefreshTokenProtector.Unprotect(token);
        var userId = ticket?.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (ticket is null || userId is null)
        {
            return true; // Identity refuses it with 401
        }

        var db = http.RequestServices.GetRequiredService<AttacheDb>();
        var now = db.Clock.GetUtcNow();
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token!)));
        var used = db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == UsedRefreshTokens);
        if (await used.AnyAsync(t => t.Name == name, ct))
        {
            var users = http.RequestServices.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByIdAsync(userId) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            return false;
        }

        // Tokens past their expiry need no record: they are refused anyway.
        foreach (var expired in await used.ToListAsync(ct))
        {
            if (DateTimeOffset.TryParse(expired.Value, CultureInfo.InvariantCulture, out var until) && until < now)
            {
                db.UserTokens.Remove(expired);
            }
        }

        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = userId,
            LoginProvider = UsedRefreshTokens,
            Name = name,
            Value = (ticket.Properties.ExpiresUtc ?? now.AddDays(30)).ToString("O", CultureInfo.InvariantCulture),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // the same token, used at the same moment by another request
        }
    }

    /// <summary>POST /api/auth/logout: ends every session of the account (tokens and cookies) at once.</summary>
    public static RouteHandlerBuilder MapSignOut(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/logout", async (HttpContext http, UserManager<AppUser> users) =>
        {
            if (await users.GetUserAsync(http.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            return TypedResults.NoContent();
        }).RequireAuthorization()
        .WithName("Logout").WithSummary("Sign out everywhere")
        .WithDescription("Ends every session of the signed-in account: its access and refresh tokens and its staff-UI "
            + "sign-ins stop working at once.");
}
