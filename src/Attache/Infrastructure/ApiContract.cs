using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Attache.Infrastructure;

/// <summary>The OpenAPI document at /openapi/v1.json: what every operation shares (the bearer scheme and the roles it
/// needs, the <c>province</c> parameter the tenancy middleware reads, the refusals every signed-in call may get) is
/// added here once; each route says itself what it does (<c>.WithSummary/.WithDescription</c>), and
/// <c>ApiContractTests</c> fails when one does not.</summary>
public static class ApiContract
{
    public const string BearerScheme = "Bearer";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Auth"] = "Sign-in: bearer tokens for API clients, refreshed without the password; the account's own details.",
        ["Users"] = "Accounts, managed by an administrator: who works in which province, in which role.",
        ["Provinces"] = "The provinces (tenants) of this installation, by ISO 3166-2 code.",
        ["Partners"] = "Foreign counterparts: governments, localities, organisations, companies, with their contacts.",
        ["Delegations"] = "Inbound and outbound delegations: lifecycle, members, itinerary, outcome reports.",
        ["Calendar"] = "Delegations, events and deadlines by date; the personal iCalendar feed.",
        ["Agreements"] = "International agreements (Law on International Agreements 2020): consultations, follow-up.",
        ["Aid"] = "ODA, concessional loans and NGO aid: projects, transactions, exchange rates.",
        ["IATI"] = "Aid projects exchanged as IATI 2.03 activity files.",
        ["Border gates"] = "Border-gate pairs, their legal history and yearly figures; the province's revenue.",
        ["Map"] = "The map's layers as GeoJSON.",
        ["Twinnings"] = "Twinned localities and what they did together.",
        ["Events"] = "Exchanges, seminars, press visits, ceremonies and border mechanisms, with their media.",
        ["Labour programmes"] = "Seasonal-worker programmes, their cohorts and workers (personal data).",
        ["Plans"] = "The yearly foreign-affairs plan and what was done against it.",
        ["Reports"] = "The period report of a province or of the nation: JSON, Word, Excel, PDF.",
        ["Audit"] = "The history of changes to a record.",
    };

    public static IServiceCollection AddAttacheOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddExactDecimals();
            o.AddPlausibleDates();
            o.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var authorize = metadata.OfType<IAuthorizeData>().ToList();
                if (authorize.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security = [];
                    return;
                }

                var policies = context.ApplicationServices.GetRequiredService<IAuthorizationPolicyProvider>();
                var roles = await RolesAsync(policies, authorize);
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = roles },
                ];
                AddProvinceParameter(operation);
                operation.Responses ??= [];
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in, or the token has expired." });
                operation.Responses.TryAdd("403", new OpenApiResponse
                {
                    Description = "The account's role may not do this, or it names a province the account does not work in.",
                });
            });
        });

    private static void Describe(OpenApiDocument document)
    {
        document.Info.Title = "Attaché API";
        document.Info.Description =
            "The records of a provincial Department of Foreign Affairs. Sign in with `POST /api/auth/login` and send "
            + "`Authorization: Bearer <accessToken>`. Each province sees only its own records; a national account names "
            + "one with `?province=VN-04`. Errors are RFC 9457 problem details naming the field. Enums travel as names, "
            + "money as decimal strings or integer VND, dates as ISO 8601.";

        // "/" is the host the document was read from (OpenAPI 3.1 §4.6): always right, where the address of the
        // request that asked for it may be an internal one behind a proxy.
        document.Servers = [new OpenApiServer { Url = "/" }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The access token of `POST /api/auth/login` (or `/api/auth/refresh`). The roles listed on an "
                + "operation are those allowed to call it. GET requests also accept the staff UI's sign-in cookie.",
        };

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description ??= description;
            }
        }
    }

    /// <summary>The tenancy middleware reads <c>?province=</c> on every signed-in request (see TenantMiddleware).</summary>
    private static void AddProvinceParameter(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        var declared = operation.Parameters.FirstOrDefault(p =>
            p.In == ParameterLocation.Query && string.Equals(p.Name, "province", StringComparison.OrdinalIgnoreCase));
        if (declared is not null)
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "province",
            In = ParameterLocation.Query,
            Required = false,
            Description = "ISO 3166-2 code of the province to work in, e.g. VN-04, or ALL. National accounts "
                + "(NationalViewer, Admin) see every province without it and must name one to write; a province account "
                + "may only name its own (403 otherwise). An unknown code is a 400.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^([Vv][Nn]-[0-9A-Za-z]{2}|[Aa][Ll][Ll])$" },
        });
    }

    /// <summary>The roles that satisfy every policy the endpoint requires; empty when any signed-in user may call it.</summary>
    private static async Task<List<string>> RolesAsync(IAuthorizationPolicyProvider policies, List<IAuthorizeData> authorize)
    {
        IEnumerable<string>? allowed = null;
        foreach (var data in authorize)
        {
            var policy = data.Policy is { } name ? await policies.GetPolicyAsync(name) : null;
            foreach (var requirement in policy?.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure
                         .RolesAuthorizationRequirement>() ?? [])
            {
                allowed = allowed is null ? requirement.AllowedRoles : allowed.Intersect(requirement.AllowedRoles);
            }
        }

        return [.. allowed ?? []];
    }
}
