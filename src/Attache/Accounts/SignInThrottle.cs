using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Attache.Accounts;

public sealed class SignInOptions
{
    public const string Section = "Attache:SignIn";

    /// <summary>Lifetime of a bearer access token; the security stamp is checked on every request anyway.</summary>
    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>Requests to /api/auth/* and sign-in posts to /login per client address and minute.</summary>
    [Range(1, 1_000_000)]
    public int AttemptsPerClientPerMinute { get; set; } = 30;

    /// <summary>Sign-in attempts per account (existing or not) and minute, from all clients together.</summary>
    [Range(1, 1_000_000)]
    public int AttemptsPerAccountPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords from one client for one account before that client waits <see cref="LockoutMinutes"/>.</summary>
    [Range(1, 1_000)]
    public int FailuresBeforeLockout { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;
}

/// <summary>Throttles sign-in per account and locks out a client (not the account) after repeated wrong passwords,
/// so that nobody can keep an account, the administrator's included, locked from elsewhere. Unknown and existing
/// accounts get the same answer after the same work (a password hash is checked either way).</summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly SignInOptions options;
    private readonly IMemoryCache failures;
    private readonly PartitionedRateLimiter<string> perAccount;
    private readonly string dummyHash;
    private readonly PasswordHasher<AppUser> hasher = new();

    public SignInThrottle(IOptions<SignInOptions> options, IMemoryCache failures)
    {
        this.options = options.Value;
        this.failures = failures;
        perAccount = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(account,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = this.options.AttemptsPerAccountPerMinute, Window = TimeSpan.FromMinutes(1) }));
        dummyHash = hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
    }

    public static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>False when the account has had too many attempts this minute or this client is locked out of it.</summary>
    public bool MayTry(string client, string? email)
    {
        var account = Normalize(email);
        using var lease = perAccount.AttemptAcquire(account);
        return lease.IsAcquired && !(failures.TryGetValue(Key(client, account), out int count) && count >= options.FailuresBeforeLockout);
    }

    /// <summary>Spends the time a password check takes, for an account that does not exist.</summary>
    public void CheckDummyPassword(string? password) =>
        hasher.VerifyHashedPassword(new AppUser(), dummyHash, password ?? string.Empty);

    public void Failed(string client, string? email)
    {
        var key = Key(client, Normalize(email));
        var count = failures.TryGetValue(key, out int before) ? before + 1 : 1;
        failures.Set(key, count, TimeSpan.FromMinutes(options.LockoutMinutes));
    }

    public void Succeeded(string client, string? email) => failures.Remove(Key(client, Normalize(email)));

    public void Dispose() => perAccount.Dispose();

    private static string Normalize(string? email) => (email ?? string.Empty).Trim().ToUpperInvariant();

    private static string Key(string client, string account) => $"sign-in-failures:{client}:{account}";
}
