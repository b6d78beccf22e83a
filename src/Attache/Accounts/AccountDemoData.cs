using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Accounts;

/// <summary>Demo sign-ins: an officer, a leader, a viewer, a consular officer and a portal editor per province, and a national viewer.</summary>
internal sealed class AccountDemoData(IServiceProvider services) : IDemoData
{
    public const string Password = "Demo!2025";

    public int Order => 10;

    public static IEnumerable<(string Email, string Name, string Role, string? Province)> Accounts()
    {
        foreach (var (code, slug, name) in new[] { ("VN-01", "laichau", "Lai Châu"), ("VN-04", "caobang", "Cao Bằng") })
        {
            yield return ($"officer.{slug}@attache.demo", $"Chuyên viên {name}", Roles.Officer, code);
            yield return ($"leader.{slug}@attache.demo", $"Lãnh đạo Sở Ngoại vụ {name}", Roles.Leader, code);
            yield return ($"viewer.{slug}@attache.demo", $"Xem {name}", Roles.Viewer, code);
            yield return ($"consular.{slug}@attache.demo", $"Chuyên viên lãnh sự {name}", Roles.ConsularOfficer, code);
            yield return ($"editor.{slug}@attache.demo", $"Biên tập viên {name}", Roles.Editor, code);
        }

        yield return ("national@attache.demo", "Bộ Ngoại giao", Roles.NationalViewer, null);
    }

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        foreach (var (email, name, role, province) in Accounts())
        {
            await AccountSetup.EnsureUserAsync(services, email, Password, name, role,
                province is null ? null : demo.Provinces[province].Id);
        }
    }
}
