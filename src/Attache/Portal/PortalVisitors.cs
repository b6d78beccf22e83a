using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Attache.Portal;

/// <summary>What the public may send (comments, enquiries): at most <see cref="PortalOptions.PostsPerHour"/> per
/// address and hour (429 beyond, the rate limiter policy <see cref="PostPolicy"/>), and the sender's address kept only
/// as a keyed hash (<see cref="ClientHash"/>), never in clear.</summary>
public static class PortalVisitors
{
    public const string PostPolicy = "portal-post";

    public static IServiceCollection AddPortalVisitors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section));
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(PostPolicy, http =>
        {
            var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>();
            return RateLimitPartition.GetFixedWindowLimiter(Address(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.PostsPerHour,
                Window = TimeSpan.FromHours(1),
            });
        }));
        return services;
    }

    /// <summary>A keyed SHA-256 of the sender's address (hex, 64 characters): the same address gives the same hash in
    /// one deployment, and the address cannot be read back from it.</summary>
    public static string ClientHash(HttpContext http)
    {
        var key = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>()
            .Value.AddressKey;
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(Address(http))));
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

public sealed class PortalOptions
{
    public const string Section = "Attache:Portal";

    /// <summary>Comments and enquiries one address may send per hour.</summary>
    public int PostsPerHour { get; set; } = 10;

    /// <summary>The key of the addresses' hashes; set a secret of your own in production.</summary>
    public string AddressKey { get; set; } = "attache-portal";
}
