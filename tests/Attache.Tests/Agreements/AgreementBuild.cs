using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Agreements;

/// <summary>Builders for agreement test data, through the API as a user would make it.</summary>
internal static class AgreementBuild
{
    public static async Task<int> PartnerAsync(HttpClient officer, string country, string name)
    {
        var created = await (await officer.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country, nameLatin = name })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static object Body(int[] partnerIds, string[]? fields = null, string kind = "Agreement",
        string title = "Thỏa thuận hợp tác du lịch",
        string? signedOn = null, string? effectiveOn = null, string? expiresOn = null, int? version = null) => new
        {
            titleVi = title,
            titleEn = "Tourism cooperation agreement",
            titleNative = "관광 협력 협약",
            kind,
            provinceParty = "Ủy ban nhân dân tỉnh",
            partnerIds,
            fields = fields ?? ["tourism"],
            signedOn,
            effectiveOn,
            expiresOn,
            languages = new[] { "vi", "ko" },
            version,
        };

    public static async Task<JsonElement> CreateAsync(HttpClient officer, object body) =>
        await (await officer.PostJsonAsync("/api/agreements", body)).JsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string to, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["to"] = to };
        if (extra is not null)
        {
            foreach (var p in extra.GetType().GetProperties())
            {
                body[p.Name] = p.GetValue(extra);
            }
        }

        return client.PostJsonAsync($"/api/agreements/{id}/transitions", body);
    }

    public static object Approval(string approvedOn = "2024-03-01") =>
        new { approvalAuthority = "Ủy ban nhân dân tỉnh", approvalNumber = "512/QĐ-UBND", approvedOn };

    /// <summary>An agreement taken through consultation, approval and signing to in force.</summary>
    public static async Task<int> InForceAsync(HttpClient officer, HttpClient leader, int[] partnerIds,
        string[] fields, string kind,
        string signedOn, string? expiresOn = null, string title = "Thỏa thuận hợp tác")
    {
        var id = (await CreateAsync(officer, Body(partnerIds, fields, kind, title))).GetProperty("id").GetInt32();
        var signed = DateOnly.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture);
        await Ok(await MoveAsync(officer, id, "Consulting"));
        await Ok(await MoveAsync(leader, id, "Approved", Approval(signed.AddDays(-20).ToString("O"))));
        await Ok(await MoveAsync(officer, id, "Signed", new { signedOn, signedPlace = "Cao Bằng" }));
        await Ok(await MoveAsync(officer, id, "InForce", new { effectiveOn = signedOn, expiresOn }));
        return id;
    }

    public static async Task<JsonElement> Ok(HttpResponseMessage response) => await response.JsonAsync();
}
