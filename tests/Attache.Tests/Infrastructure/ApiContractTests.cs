using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Infrastructure;

/// <summary>The contract every endpoint keeps, whoever adds it: described (summary, description), in the OpenAPI
/// document, guarded by the declared bearer scheme, with its path parameters and the <c>province</c> parameter the
/// tenancy middleware reads. The document is left in artifacts/openapi/v1.json, where CI lints it with Redocly.</summary>
public sealed class ApiContractTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_a_unique_id()
    {
        var missing = new List<string>();
        var ids = new HashSet<string>();
        foreach (var (method, path, operation) in Operations(await DocumentAsync()))
        {
            foreach (var field in new[] { "summary", "description" })
            {
                if (!operation.TryGetProperty(field, out var text) || string.IsNullOrWhiteSpace(text.GetString()))
                {
                    missing.Add($"{method.ToUpperInvariant()} {path}: no {field}");
                }
            }

            if (operation.TryGetProperty("operationId", out var id) && !ids.Add(id.GetString()!))
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: operationId {id} used twice");
            }
        }

        Assert.True(missing.Count == 0, "Describe these operations (.WithSummary/.WithDescription):\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Every_api_endpoint_is_in_the_document_with_its_path_parameters()
    {
        var doc = await DocumentAsync();
        var problems = new List<string>();
        foreach (var (method, path, endpoint) in ApiEndpoints())
        {
            if (!doc.GetProperty("paths").TryGetProperty(path, out var item) || !item.TryGetProperty(method, out _))
            {
                problems.Add($"{method.ToUpperInvariant()} {path}: not in the OpenAPI document");
            }
        }

        foreach (var (method, path, operation) in Operations(doc))
        {
            var declared = Parameters(operation).Where(p => p.GetProperty("in").GetString() == "path")
                .Select(p => p.GetProperty("name").GetString()).ToHashSet();
            var inTemplate = RoutePatternFactory.Parse(path).Parameters.Select(p => p.Name).ToHashSet();
            if (!inTemplate.SetEquals(declared!))
            {
                problems.Add($"{method.ToUpperInvariant()} {path}: path parameters [{string.Join(", ", declared)}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Signed_in_operations_declare_the_bearer_scheme_and_the_province()
    {
        var doc = await DocumentAsync();
        var bearer = doc.GetProperty("components").GetProperty("securitySchemes").EnumerateObject()
            .Single(s => s.Value.GetProperty("type").GetString() == "http" && s.Value.GetProperty("scheme").GetString() == "bearer");

        var problems = new List<string>();
        foreach (var (method, path, endpoint) in ApiEndpoints())
        {
            var signedIn = endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null
                && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            if (!doc.GetProperty("paths").TryGetProperty(path, out var item) || !item.TryGetProperty(method, out var operation))
            {
                continue; // reported by the test above
            }

            var requirements = operation.TryGetProperty("security", out var security) ? security.EnumerateArray().ToList() : [];
            if (signedIn && !requirements.Any(r => r.TryGetProperty(bearer.Name, out _)))
            {
                problems.Add($"{method.ToUpperInvariant()} {path}: signed in, but no {bearer.Name} security requirement");
            }

            if (!signedIn && requirements.Any(r => r.EnumerateObject().Any()))
            {
                problems.Add($"{method.ToUpperInvariant()} {path}: anonymous, but declares a security requirement");
            }

            var province = Parameters(operation).Any(p => p.GetProperty("in").GetString() == "query"
                && string.Equals(p.GetProperty("name").GetString(), "province", StringComparison.OrdinalIgnoreCase));
            if (signedIn && !province)
            {
                problems.Add($"{method.ToUpperInvariant()} {path}: the tenancy middleware reads ?province= but it is not declared");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /openapi/v1.json answered {(int)response.StatusCode}");
        Artifacts.Save("v1.json", bytes, "openapi");
        return JsonDocument.Parse(bytes).RootElement;
    }

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement doc) =>
        from path in doc.GetProperty("paths").EnumerateObject()
        from op in path.Value.EnumerateObject()
        where Methods.Contains(op.Name)
        select (op.Name, path.Name, op.Value);

    private static IEnumerable<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : [];

    /// <summary>Every route under /api the app serves, by method and OpenAPI path ("/api/x/{id}"), but the API
    /// reference's own pages (Scalar's, at /api/reference).</summary>
    private IEnumerable<(string Method, string Path, RouteEndpoint Endpoint)> ApiEndpoints() =>
        from endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let path = OpenApiPath(endpoint.RoutePattern)
        where path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/api/reference/", StringComparison.Ordinal)
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []
        select (method.ToLowerInvariant(), path, endpoint);

    private static string OpenApiPath(RoutePattern pattern) => "/" + string.Join("/", pattern.PathSegments.Select(s =>
        string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => "",
        }))));
}
