using System.Net.Http.Headers;
using System.Net.Http.Json;
using Attache.Accounts;
using Attache.Demo;
using Attache.Infrastructure;
using Attache.Provinces;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Attache.Tests.Infrastructure;

/// <summary>Attache on its own fresh database: SQLite by default, PostgreSQL when ATTACHE_TEST_POSTGRES holds a
/// server connection string (CI runs the suite once each way). Provinces VN-01 and VN-04 and the demo accounts
/// exist; the rest of the demo data only in <see cref="DemoFactory"/>.</summary>
public class AttacheFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@attache.test";
    public const string AdminPassword = "Admin!2025";
    public const string Password = AccountDemoData.Password;

    private readonly string name = "attache_t_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Dictionary<string, string> tokens = [];
    private readonly bool ownsDatabase = true;
    private string? sqliteFile;

    public AttacheFactory()
    {
        Clock = new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    }

    /// <summary>A second app instance on the database of <paramref name="first"/> (another host, its own services,
    /// DbContext pool and background services; the same clock): it neither seeds nor deletes the database.</summary>
    protected AttacheFactory(AttacheFactory first)
    {
        name = first.name;
        Clock = first.Clock;
        ownsDatabase = false;
    }

    protected virtual bool LoadDemoData => false;

    public static string? PostgresServer => Environment.GetEnvironmentVariable("ATTACHE_TEST_POSTGRES");

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    public string ConnectionString { get; private set; } = "";

    /// <summary>The instant every test runs at: 09:00 in Viet Nam on a fixed day, so that no test depends on the
    /// day or the hour the suite runs. Each reading moves it on by a millisecond, so that saves stay in
    /// order.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The app's clock (its <see cref="TimeProvider"/>); a test may move it with <c>Advance</c>.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Today in Viet Nam by the app's clock.</summary>
    public DateOnly Today => Clock.TodayInVietnam();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (OnPostgres)
        {
            ConnectionString = $"{PostgresServer};Database={name}";
            builder.UseSetting("Attache:Database:Provider", "Postgres");
        }
        else
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), name + ".db");
            ConnectionString = $"Data Source={sqliteFile}";
            builder.UseSetting("Attache:Database:Provider", "Sqlite");
        }

        builder.UseEnvironment("Testing");
        // Outside Development the build's static web assets (the scoped CSS bundle Attache.styles.css) are only in a
        // published wwwroot; the tests serve them from the build, as a published app would from its wwwroot.
        builder.UseStaticWebAssets();
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        builder.UseSetting("ConnectionStrings:Attache", ConnectionString);
        builder.UseSetting("Attache:DemoData", LoadDemoData ? "true" : "false");
        // Tests run the reminders of a given day themselves (ReminderRunner.RunDayAsync).
        builder.UseSetting("Attache:Reminders:Daily", "false");
        builder.UseSetting("Attache:Portal:Scheduler", "false");
        builder.UseSetting("Attache:Admin:Email", AdminEmail);
        builder.UseSetting("Attache:Admin:Password", AdminPassword);
        // The suite signs in far more often than people do; SignInLimitTests uses the real limits.
        builder.UseSetting("Attache:SignIn:AttemptsPerClientPerMinute", "1000000");
        builder.UseSetting("Attache:SignIn:AttemptsPerAccountPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Refusals the tests provoke on purpose (FK and concurrency conflicts) would otherwise fill the output.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", "Critical");
        // Every factory makes its own key ring; the warning that it is unencrypted would bury a failing test's output.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
    }

    public virtual async ValueTask InitializeAsync()
    {
        StartServer(); // migrations, roles, admin, demo data; on a real port when UseKestrel was called
        if (!LoadDemoData && ownsDatabase)
        {
            await WithDbAsync(async (db, services) =>
            {
                var demo = new DemoContext();
                await new ProvinceDemoData().SeedAsync(db, demo, default);
                await new AccountDemoData(services).SeedAsync(db, demo, default);
            });
        }
    }

    /// <summary>Runs work against the database as the system (all provinces), outside any request.</summary>
    public async Task WithDbAsync(Func<AttacheDb, IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        db.Tenant.UseAll();
        await work(db, scope.ServiceProvider);
    }

    public async Task<T> WithDbAsync<T>(Func<AttacheDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        db.Tenant.UseAll();
        return await work(db);
    }

    public Task<int> ProvinceIdAsync(string code) =>
        WithDbAsync(db => db.Provinces.Where(p => p.Code == code).Select(p => p.Id).FirstAsync());

    /// <summary>An API client signed in with a bearer token, as the given account.</summary>
    public async Task<HttpClient> ClientForAsync(string email, string? password = null)
    {
        if (!tokens.TryGetValue(email, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/auth/login",
                new { email, password = password ?? (email == AdminEmail ? AdminPassword : Password) });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
            token = body!.AccessToken;
            tokens[email] = token;
        }

        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> OfficerAsync(string province = "VN-01") =>
        ClientForAsync($"officer.{Slug(province)}@attache.demo");

    public Task<HttpClient> LeaderAsync(string province = "VN-01") =>
        ClientForAsync($"leader.{Slug(province)}@attache.demo");

    public Task<HttpClient> ViewerAsync(string province = "VN-01") =>
        ClientForAsync($"viewer.{Slug(province)}@attache.demo");

    public Task<HttpClient> ConsularAsync(string province = "VN-01") =>
        ClientForAsync($"consular.{Slug(province)}@attache.demo");

    public Task<HttpClient> NationalAsync() => ClientForAsync("national@attache.demo");

    public Task<HttpClient> AdminAsync() => ClientForAsync(AdminEmail);

    private static string Slug(string province) => province switch
    {
        "VN-01" => "laichau",
        "VN-04" => "caobang",
        _ => throw new ArgumentOutOfRangeException(nameof(province)),
    };

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (ownsDatabase)
            {
                await WithDbAsync(async (db, _) => await db.Database.EnsureDeletedAsync());
            }
        }
        catch (ObjectDisposedException)
        {
        }

        await base.DisposeAsync();
        if (sqliteFile is not null && ownsDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(sqliteFile);
        }

        GC.SuppressFinalize(this);
    }

    private sealed record TokenResponse(string AccessToken, string RefreshToken, long ExpiresIn);
}

/// <summary>Attache with the whole demo data set, shared by the tests that check the figures of FACTS.md.</summary>
public sealed class DemoFactory : AttacheFactory
{
    protected override bool LoadDemoData => true;
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoFactory>
{
    public const string Name = "demo";
}
