using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Accounts;

public sealed class AdminOptions
{
    public const string Section = "Attache:Admin";

    [EmailAddress]
    public string? Email { get; set; }

    public string? Password { get; set; }
}

public static class AccountSetup
{
    /// <summary>API calls use bearer tokens (or the UI's cookie); pages use the cookie and redirect to sign-in.</summary>
    private const string SmartScheme = "Attache";

    public static IServiceCollection AddAttacheAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, null, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : !ctx.Request.Path.StartsWithSegments("/api") ? IdentityConstants.ApplicationScheme
                    // The UI's cookie may read the API (downloads, feeds), never write through it: no cross-site forgery.
                    : HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method) ? ApiCookieScheme
                    : IdentityConstants.BearerScheme)
            .AddPolicyScheme(ApiCookieScheme, null, o =>
            {
                // An API call without a token may still carry the UI's cookie; without either it gets 401, not a redirect.
                o.ForwardAuthenticate = IdentityConstants.ApplicationScheme;
                o.ForwardChallenge = IdentityConstants.BearerScheme;
                o.ForwardForbid = IdentityConstants.BearerScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = "attache.auth";
            o.SlidingExpiration = true;
        });

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.AllowedForNewUsers = true;
                // Wrong passwords lock out the client that typed them, not the account (SignInThrottle): otherwise
                // anyone could keep the administrator locked out. An administrator's lock still holds.
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<AttacheUserManager>()
            .AddEntityFrameworkStores<AttacheDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AttacheClaimsFactory>()
            .AddApiEndpoints();

        Policies.Add(services.AddAuthorizationBuilder());
        services.AddAttacheSessions(configuration);
        return services;
    }

    private const string ApiCookieScheme = "AttacheApiCookie";

    public static IEndpointRouteBuilder MapAttacheAccounts(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").AddEndpointFilter(new NonNullableBodyFilter());
        var identity = auth.MapIdentityApi<AppUser>();
        identity.AddSessionRules();
        auth.MapSignOut();
        identity.Add(endpoint =>
        {
            // Accounts are made by an administrator, not by whoever finds the endpoint.
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: var raw } && raw?.EndsWith("/register", StringComparison.Ordinal) == true)
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(Policies.Admin));
            }

            IdentityApiDocs.Describe(endpoint);
        });

        app.MapPost("/account/logout", async (HttpContext http, SignInManager<AppUser> signIn) =>
        {
            // Only the page's own form signs out: another site cannot end the session (or probe it) by a post.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                throw ProblemException.Validation("__RequestVerificationToken",
                    "The form has expired; reload the page and try again.");
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

        return app;
    }

    /// <summary>Makes sure the roles exist and the configured first administrator can sign in.</summary>
    public static async Task EnsureRolesAndAdminAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var admin = services.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrWhiteSpace(admin.Password))
        {
            return;
        }

        await EnsureUserAsync(services, admin.Email, admin.Password, "Administrator", Roles.Admin, provinceId: null);
    }

    public static async Task<AppUser> EnsureUserAsync(IServiceProvider services, string email, string password,
        string displayName, string role, int? provinceId)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                ProvinceId = provinceId,
            };
            Check(await users.CreateAsync(user, password), email);
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role), email);
        }

        return user;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up the account {email}: " +
                string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Puts the user's province code into the sign-in (cookie and bearer token alike).</summary>
internal sealed class AttacheClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options, AttacheDb db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ProvinceId is { } provinceId)
        {
            var code = await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.Code).FirstAsync();
            identity.AddClaim(new Claim(AttacheClaims.Province, code));
        }

        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            identity.AddClaim(new Claim("name", user.DisplayName));
        }

        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue("name") ?? user.Identity?.Name ?? string.Empty;
}

/// <summary>The routes of sign-in, tokens, sessions and the account pages' posts, found by <see cref="EndpointDiscovery"/>.</summary>
public sealed class AccountEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app) => app.MapAttacheAccounts();
}
