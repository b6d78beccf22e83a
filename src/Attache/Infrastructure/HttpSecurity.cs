using Attache.Borders;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;

namespace Attache.Infrastructure;

/// <summary>How Attaché faces the network (section <c>Attache:Http</c>; see the README).</summary>
public sealed class HttpSecurityOptions
{
    public const string Section = "Attache:Http";

    /// <summary>Behind a reverse proxy on the same machine that ends TLS: trust its X-Forwarded-Proto and -For, so that
    /// the app knows a request came over https (and marks its cookies Secure).</summary>
    public bool BehindProxy { get; set; }

    /// <summary>Mark every cookie Secure even when the request looks like plain http (a site reached only over https).</summary>
    public bool SecureCookies { get; set; }

    /// <summary>Whether anyone may read the OpenAPI document and /api/reference; unset: public except in Production,
    /// where only signed-in users may.</summary>
    public bool? PublicApiDescription { get; set; }
}

public static class HttpSecurity
{
    /// <summary>Every page, answer and file: scripts and styles only from the app's own files, no framing, no plugins.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>The policy of <see cref="ContentSecurityPolicy"/>, with the online map tiles' host among the image
    /// sources when <c>Attache:Map:TileUrl</c> is set, and only then.</summary>
    public static string ContentSecurityPolicyFor(MapOptions map) => map.TileSource is { } tiles
        ? ContentSecurityPolicy.Replace("img-src 'self' data:;", $"img-src 'self' data: {tiles};",
            StringComparison.Ordinal)
        : ContentSecurityPolicy;

    /// <summary>The API reference (Scalar) is a script application configured inline; it gets what it needs and no more.</summary>
    public const string ReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
        + "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; img-src 'self' data: https:; "
        + "font-src 'self' data: https://fonts.gstatic.com https://cdn.jsdelivr.net; connect-src 'self'; frame-ancestors 'none'; "
        + "base-uri 'self'; object-src 'none'";

    public const string ReferencePath = "/api/reference";

    /// <summary>The item a page sets (<c>&lt;NotFoundStatus /&gt;</c>) when its record is missing or another province's.</summary>
    public const string NotFoundMark = "attache.not-found";

    public static IServiceCollection AddAttacheHttpSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(HttpSecurityOptions.Section).Get<HttpSecurityOptions>() ?? new();
        services.Configure<HttpSecurityOptions>(configuration.GetSection(HttpSecurityOptions.Section));
        services.Configure<CookiePolicyOptions>(o =>
            o.Secure = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return services;
    }

    /// <summary>First in the pipeline: the headers are added when the answer starts, whatever produced it (endpoint,
    /// static file, error handler, status page).</summary>
    public static IApplicationBuilder UseAttacheHttpSecurity(this WebApplication app)
    {
        var options = app.Configuration.GetSection(HttpSecurityOptions.Section).Get<HttpSecurityOptions>() ?? new();
        if (options.BehindProxy)
        {
            app.UseForwardedHeaders();
        }

        var policy = ContentSecurityPolicyFor(app.Services.GetRequiredService<IOptions<MapOptions>>().Value);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Items.ContainsKey(NotFoundMark))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                }

                var headers = context.Response.Headers;
                var path = context.Request.Path;
                headers.ContentSecurityPolicy = path.StartsWithSegments(ReferencePath) ? ReferencePolicy : policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                if (HoldsPersonalData(context))
                {
                    // Names, passports, contacts: neither the browser nor a proxy keeps a copy.
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>What a signed-in user is answered, and the personal calendar feed: everything but the static files.</summary>
    private static bool HoldsPersonalData(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null
        && (context.User.Identity?.IsAuthenticated == true
            || context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/calendar"));

    /// <summary>Whether the OpenAPI document and the API reference are open to anonymous callers.</summary>
    public static bool PublicApiDescription(this WebApplication app) =>
        app.Configuration.GetSection(HttpSecurityOptions.Section).Get<HttpSecurityOptions>()?.PublicApiDescription
        ?? !app.Environment.IsProduction();
}
