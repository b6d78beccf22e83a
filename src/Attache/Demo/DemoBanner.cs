using Attache.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Attache.Demo;

/// <summary>Tells whoever started Attache with demo data where to sign in and with which accounts.</summary>
internal static class DemoBanner
{
    public static void PrintWhenStarted(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://localhost:5080";
        var admin = app.Services.GetRequiredService<IOptions<AdminOptions>>().Value;
        var lines = new List<string>
        {
            "",
            "  Attaché is running with the demo data of Lai Châu (VN-01) and Cao Bằng (VN-04).",
            $"  Sign in at {address}/login    API reference: {address}/api/reference",
            "",
        };
        if (!string.IsNullOrEmpty(admin.Email))
        {
            lines.Add($"    {admin.Email,-34} {admin.Password,-12} Admin (every province)");
        }

        lines.AddRange(AccountDemoData.Accounts().Select(a =>
            $"    {a.Email,-34} {AccountDemoData.Password,-12} {a.Role}{(a.Province is null ? " (all provinces)" : $" ({a.Province})")}"));
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    });
}
