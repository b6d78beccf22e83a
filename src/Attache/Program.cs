using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Attache;
using Attache.Accounts;
using Attache.Agreements;
using Attache.Aid;
using Attache.Audit;
using Attache.Borders;
using Attache.Calendar;
using Attache.Components;
using Attache.Delegations;
using Attache.Demo;
using Attache.Documents;
using Attache.Events;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Notifications;
using Attache.Partners;
using Attache.Plans;
using Attache.Portal;
using Attache.Portal.Editorial;
using Attache.Provinces;
using Attache.Reports;
using Attache.Reports.Signing;
using Attache.Twinnings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAttacheDatabase(builder.Configuration);
builder.Services.AddAttacheAccounts(builder.Configuration);
builder.Services.AddFeatureServices();
builder.Services.AddDataProtection().PersistKeysToDbContext<AttacheDb>().SetApplicationName("Attache");
builder.Services.AddAttacheLocalization();
builder.Services.AddAttacheDocuments(builder.Configuration);
builder.Services.AddAttacheDelegations(builder.Configuration);
builder.Services.AddAttacheMap();
builder.Services.AddHostedService<AgreementFieldSeeder>();
builder.Services.AddHostedService<Attache.PersonalData.RetentionJob>();
builder.Services.AddAttacheReminders(builder.Configuration);
builder.Services.AddArticleScheduler(builder.Configuration);
builder.Services.AddAttacheAid(builder.Configuration);
builder.Services.AddAttacheNotifications(builder.Configuration);
builder.Services.AddScoped<SignedReportService>();
builder.Services.AddScoped<Flash>();

builder.Services.AddAttacheTelemetry(builder.Configuration);
builder.Services.AddAttacheHttpSecurity(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    o.SerializerOptions.Converters.Add(new ExactDecimal());
});
builder.Services.AddAttacheOpenApi();
builder.Services.AddHealthChecks().AddDbContextCheck<AttacheDb>("database");
// Vietnamese, Chinese and Korean text go out as characters, not as &#x..; escapes: pages stay small on slow links.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddRazorComponents();
builder.Services.AddOutputCache(PortalCache.Add);
builder.Services.AddPortalVisitors(builder.Configuration);
builder.Services.AddCascadingAuthenticationState();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Attache.Startup");
    var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
    await db.Database.MigrateAsync();
    db.Tenant.UseAll();
    await AccountSetup.EnsureRolesAndAdminAsync(scope.ServiceProvider);
    if (app.Configuration.GetValue("Attache:DemoData", false))
    {
        await DemoDataLoader.LoadAsync(scope.ServiceProvider, log);
        if (!app.Environment.IsEnvironment("Testing"))
        {
            DemoBanner.PrintWhenStarted(app);
        }
    }
}

app.UseAttacheHttpSecurity();
app.UseAttacheErrorPages();
app.UseMiddleware<QueryDateCheck>();
app.UseMiddleware<FlashMiddleware>();
app.UseRequestLocalization();
app.UseRateLimiter();
app.UseAuthentication();
app.UseSessionCheck();
app.UseMiddleware<TenantMiddleware>();
app.UseAuthorization();
app.UseAntiforgery();
app.UseOutputCache();

var openApi = app.MapOpenApi();
var reference = app.MapScalarApiReference(HttpSecurity.ReferencePath);
if (!app.PublicApiDescription())
{
    openApi.RequireAuthorization();
    reference.RequireAuthorization();
}

// The build's assets, fingerprinted, cached for good and pre-compressed (gzip, Brotli) for slow connections.
app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapAttacheEndpoints();
app.MapRazorComponents<App>();

app.Run();

public partial class Program;
