using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Attache.Bench;

/// <summary>A bounded load on a running Attaché (bench/load.sh starts one on loopback): for at most 60 seconds,
/// a few signed-in officers read the registers, the figures and the report at once. It fails on any 5xx or
/// transport error and prints the answers' spread; it measures, it does not assert a speed.</summary>
public static class LoadRun
{
    // The demo accounts' password (Accounts/AccountDemoData), printed by the demo start-up too.
    private const string DemoPassword = "Demo!2025";

    private static readonly string[] Reads =
    [
        "/api/partners?search=lao", "/api/delegations?pageSize=50", "/api/agreements", "/api/aid-projects",
        "/api/border-gates", "/api/twinnings", "/api/events", "/api/labour-programmes", "/api/plans",
        "/api/delegations/stats?from=2020-01-01&to=2025-12-31", "/api/calendar?from=2025-01-01&to=2025-03-31",
        "/api/reports/summary?from=2025-01-01&to=2025-12-31", "/api/map/features.geojson", "/health",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var url = Argument(args, "--url") ?? "http://127.0.0.1:5191";
        var seconds = Math.Clamp(int.Parse(Argument(args, "--seconds") ?? "60", CultureInfo.InvariantCulture), 1, 60);
        var workers = Math.Clamp(int.Parse(Argument(args, "--workers") ?? "8", CultureInfo.InvariantCulture), 1, 64);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var login = await http.PostAsJsonAsync("/api/auth/login",
            new { email = "officer.caobang@attache.demo", password = DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["accessToken"].ToString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var clock = Stopwatch.StartNew();
        var results = new List<(string Path, int Status, double Ms)>();
        var failures = 0;
        var tasks = Enumerable.Range(0, workers).Select(async worker =>
        {
            for (var i = worker; clock.Elapsed.TotalSeconds < seconds; i++)
            {
                var path = Reads[i % Reads.Length];
                var started = clock.Elapsed.TotalMilliseconds;
                int status;
                try
                {
                    using var response = await http.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                lock (results)
                {
                    results.Add((path, status, clock.Elapsed.TotalMilliseconds - started));
                    failures += status is 0 or >= 500 ? 1 : 0;
                }
            }
        });
        await Task.WhenAll(tasks);

        var times = results.Select(r => r.Ms).Order().ToList();
        double Percentile(double p) => times.Count == 0 ? 0 : times[(int)Math.Min(times.Count - 1, p * times.Count)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} requests in {seconds} s by {workers} workers ({results.Count / (double)seconds:F1}/s); " +
            $"p50 {Percentile(0.5):F0} ms, p95 {Percentile(0.95):F0} ms, p99 {Percentile(0.99):F0} ms"));
        foreach (var group in results.GroupBy(r => (r.Path, r.Status)).OrderBy(g => g.Key.Path))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Key.Status} {group.Key.Path}: {group.Count()}, p95 " +
                $"{group.Select(g => g.Ms).Order().ElementAt((int)(0.95 * (group.Count() - 1))):F0} ms"));
        }

        Console.WriteLine(failures == 0 ? "no 5xx, no transport error" : $"{failures} answers were 5xx or failed");
        return failures == 0 ? 0 : 1;
    }

    private static string? Argument(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
