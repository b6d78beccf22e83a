using System.Net;
using System.Text;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17: who may call each operation of the API, declared here once (endpoint × policy) and checked
/// three ways: the app's endpoints carry exactly these policies (a new endpoint without an entry fails), each role is
/// let in or refused as the policies say, and a province's records are invisible to another province's users.</summary>
[Collection(DemoCollection.Name)]
public sealed class AuthorisationMatrixTests(DemoFactory app)
{
    /// <summary>The roles each policy lets in, written independently of the app's own table.</summary>
    private static readonly Dictionary<string, string[]> PolicyRoles = new()
    {
        ["Read"] = ["Officer", "Leader", "Viewer", "NationalViewer", "Admin"],
        ["Edit"] = ["Officer", "Leader", "Admin"],
        ["Approve"] = ["Leader", "Admin"],
        ["Admin"] = ["Admin"],
        ["National"] = ["NationalViewer", "Admin"],
        ["SeeNames"] = ["Officer", "Leader"],
        ["SeePersons"] = ["Leader"],
        ["Write"] = ["Editor", "Leader"],
        ["Enquiries"] = ["Officer", "Editor", "Leader"],
        ["SignedIn"] = ["Officer", "Leader", "Viewer", "NationalViewer", "Admin"],
        ["Anonymous"] = [],
    };

    [Fact]
    public void Every_operation_is_in_the_matrix_with_the_policies_it_requires()
    {
        var actual = Operations();
        var missing = actual.Where(o => !AuthorisationMatrix.Table.ContainsKey(o.Key)).ToList();
        var gone = AuthorisationMatrix.Table.Keys.Where(k => !actual.ContainsKey(k)).ToList();
        var changed = actual.Where(o => AuthorisationMatrix.Table.TryGetValue(o.Key, out var p) && p != o.Value).ToList();
        var report = new StringBuilder();
        foreach (var (key, policies) in missing.Concat(changed))
        {
            report.AppendLine($"        [\"{key}\"] = \"{policies}\",");
        }

        foreach (var key in gone)
        {
            report.AppendLine($"        no such operation any more: {key}");
        }

        Assert.True(report.Length == 0, "Declare each operation's policies in AuthorisationMatrix.Table:\n" + report);
    }

    [Fact]
    public async Task Each_role_is_let_in_or_refused_as_the_matrix_says()
    {
        using var anonymous = app.CreateClient();
        var clients = new Dictionary<string, HttpClient>
        {
            ["Viewer"] = await app.ViewerAsync(),
            ["Officer"] = await app.OfficerAsync(),
            ["Leader"] = await app.LeaderAsync(),
            ["NationalViewer"] = await app.NationalAsync(),
        };
        var wrong = new List<string>();
        foreach (var (key, policies) in AuthorisationMatrix.Table)
        {
            var (method, route) = Split(key);
            var names = policies.Split('+');
            if (names.Contains("Anonymous"))
            {
                continue;
            }

            var path = Sample(route);
            var answer = await SendAsync(anonymous, method, path);
            if (answer != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{key} anonymous: {(int)answer}, not 401");
            }

            foreach (var (role, client) in clients)
            {
                var allowed = names.All(n => PolicyRoles[n].Contains(role));
                // A refused call is refused before anything runs; an allowed one is only tried when it is a read.
                if (!allowed || method == "GET")
                {
                    answer = await SendAsync(client, method, path);
                    if (allowed == (answer is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
                    {
                        wrong.Add($"{key} as {role}: {(int)answer}, expected {(allowed ? "not 401/403" : "403")}");
                    }
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task Another_provinces_records_are_404_to_read_change_or_delete()
    {
        using var owner = await app.OfficerAsync("VN-04");
        using var stranger = await app.OfficerAsync("VN-01");
        var checkedRegisters = 0;
        var wrong = new List<string>();
        var registers = AuthorisationMatrix.Table.Keys.Select(Split)
            .Where(o => o.Method == "GET" && o.Route.EndsWith("/{id:int}", StringComparison.Ordinal)
                && o.Route.Count(c => c == '{') == 1)
            .Select(o => o.Route[..^"/{id:int}".Length])
            .Where(list => AuthorisationMatrix.Table.ContainsKey($"GET {list}"));
        foreach (var list in registers)
        {
            var page = await owner.GetAsync(list);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var json = await page.JsonAsync();
            if (json.ValueKind != System.Text.Json.JsonValueKind.Object || !json.TryGetProperty("items", out var items)
                || items.GetArrayLength() == 0)
            {
                continue;
            }

            var id = items[0].GetProperty("id").GetInt32();
            var record = $"{list}/{id}";
            var own = await owner.GetAsync(record);
            var body = await own.Content.ReadAsStringAsync();
            checkedRegisters++;
            Expect(wrong, $"GET {record} by its province", HttpStatusCode.OK, own.StatusCode);
            Expect(wrong, $"GET {record} by another", HttpStatusCode.NotFound, (await stranger.GetAsync(record)).StatusCode);
            if (AuthorisationMatrix.Table.ContainsKey($"PUT {list}/{{id:int}}"))
            {
                // The record as read back is sent as the change; where it is valid input (its province may save it),
                // another province must not learn that it exists.
                using var foreign = new StringContent(body, Encoding.UTF8, "application/json");
                var refused = (await stranger.PutAsync(record, foreign)).StatusCode;
                using var same = new StringContent(body, Encoding.UTF8, "application/json");
                if ((await owner.PutAsync(record, same)).StatusCode == HttpStatusCode.OK)
                {
                    Expect(wrong, $"PUT {record} by another", HttpStatusCode.NotFound, refused);
                }
            }

            // (A deletion officers may not make, an Admin-only one say, is refused before the record is looked up.)
            if (AuthorisationMatrix.Table.TryGetValue($"DELETE {list}/{{id:int}}", out var deletion)
                && deletion.Split('+').All(p => PolicyRoles[p].Contains("Officer")))
            {
                Expect(wrong, $"DELETE {record} by another", HttpStatusCode.NotFound,
                    (await stranger.DeleteAsync(record)).StatusCode);
            }

            Expect(wrong, $"GET {record} afterwards", HttpStatusCode.OK, (await owner.GetAsync(record)).StatusCode);
        }

        Assert.True(checkedRegisters >= 8, $"only {checkedRegisters} registers had a record to check");
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static void Expect(List<string> wrong, string what, HttpStatusCode expected, HttpStatusCode actual)
    {
        if (expected != actual)
        {
            wrong.Add($"{what}: {(int)actual}, expected {(int)expected}");
        }
    }

    private Dictionary<string, string> Operations()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var operations = new Dictionary<string, string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
            if (!route.StartsWith("/api/", StringComparison.Ordinal) || methods is null)
            {
                continue;
            }

            var policies = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? "Anonymous"
                : endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>() is { Count: > 0 } authorize
                    ? string.Join('+', authorize.Select(a => a.Policy ?? "SignedIn").Distinct().Order())
                    : "Anonymous";
            foreach (var method in methods)
            {
                operations[$"{method} {route.TrimEnd('/')}"] = policies;
            }
        }

        return operations;
    }

    private static (string Method, string Route) Split(string key) =>
        (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

    /// <summary>The route with its parameters filled: ids of no record, words for the rest.</summary>
    private static string Sample(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{([^}:]+)(:[^}]+)?\}",
            m => m.Groups[2].Value.StartsWith(":int", StringComparison.Ordinal) ? "999999" : "sample");

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.UnsupportedMediaType)
        {
            return response.StatusCode;
        }

        // An upload route is chosen by its content type before anyone is asked who they are.
        using var upload = new HttpRequestMessage(new HttpMethod(method), path) { Content = new MultipartFormDataContent() };
        using var retried = await client.SendAsync(upload);
        return retried.StatusCode;
    }
}
