using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Aid;

/// <summary>Builders for aid test data over the API.</summary>
internal static class AidBuild
{
    public static async Task<int> PartnerAsync(HttpClient client, string name, string kind = "Ngo",
        string country = "GB")
    {
        var created = await (await client.PostJsonAsync("/api/partners", new { kind, country, nameLatin = name }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static object Project(string identifier, int? donorId = null, string kind = "NonRefundableAid",
        string status = "Implementation", string commune = "Phong Thổ", string sector = "14031",
        string start = "2023-01-01", string? end = null, int? version = null) => new
        {
            identifier,
            titleVi = $"Nước sạch cho xã {commune} ({identifier})",
            titleEn = $"Clean water for {commune} ({identifier})",
            kind,
            status,
            plannedStart = start,
            actualStart = start,
            plannedEnd = end,
            decisionNumber = "123/QĐ-UBND",
            decisionDate = start,
            decisionAuthority = "Ủy ban nhân dân tỉnh",
            defaultCurrency = "USD",
            participants = donorId is null ? Array.Empty<object>() : [new { partnerId = donorId, role = "Funding",
                organisationRef = "GB-CHC-202918", organisationType = "21" }],
            sectors = new[] { new { code = sector, percentage = 100m } },
            locations = new[] { new { commune, latitude = 22.53, longitude = 103.35 } },
            budgets = new[] { new { periodStart = start, periodEnd = "2029-12-31", value = 100000m,
                currency = "USD" } },
            version,
        };

    public static async Task<int> ProjectAsync(HttpClient client, object body)
    {
        var created = await (await client.PostJsonAsync("/api/aid-projects", body)).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static async Task RateAsync(HttpClient client, string currency, string date, decimal rate) =>
        await (await client.PostJsonAsync("/api/exchange-rates", new { currency, date, rate }))
            .JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> TransactionAsync(HttpClient client, int projectId, string type, string date,
        decimal value, string currency, int? providerId = null) =>
        await (await client.PostJsonAsync($"/api/aid-projects/{projectId}/transactions",
            new { type, date, value, currency, providerPartnerId = providerId })).JsonAsync(HttpStatusCode.Created);

    public static decimal? Decimal(this JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDecimal();
}
