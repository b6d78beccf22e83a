using System.Net;
using System.Text.Json;
using Attache.Audit;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Reception;

/// <summary>The gifts register: its rules (all named at once), tenancy, audit, the photo through the shared documents,
/// and the yearly register's totals against gifts made here.</summary>
public sealed class GiftApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Gifts = "/api/gifts";

    private static object Gift(string direction, string item, object? value, string date, int? delegationId = null,
        string? handling = null, int? version = null) => new
        {
            direction, item, value, counterparty = "Kim Jae-won, Thị trưởng", occasion = "Hội đàm", date,
            delegationId, handling, version,
        };

    [Fact]
    public async Task A_gift_received_is_recorded_with_its_handling_checked_in_full_audited_and_photographed()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var delegation = await DelegationBuilder.Delegation().From("KR").CreateAsync(officer);
        var created = await (await officer.PostJsonAsync(Gifts,
            Gift("Received", "Bộ ấm chén gốm Mungyeong", "2400000", "2026-03-10", delegation, "Kept")))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(JsonValueKind.String, created.GetProperty("value").ValueKind);
        Assert.Equal("2400000", created.GetProperty("value").GetString());
        Assert.Equal("Kept", created.GetProperty("handling").GetString());
        Assert.Equal(delegation, created.GetProperty("delegationId").GetInt32());

        // Every bad field at once: a value that is not whole đồng, a handling on a gift given, missing texts.
        var fields = await (await officer.PostJsonAsync(Gifts, new
        {
            direction = "Given", item = "", value = "1500000.5", handling = "Kept", counterparty = "",
        })).ProblemFieldsAsync();
        Assert.Equal(["counterparty", "date", "handling", "item", "value"], fields.Order());
        Assert.Equal(["value"], await (await officer.PostJsonAsync(Gifts,
            Gift("Given", "Tranh thổ cẩm", -1, "2026-03-10"))).ProblemFieldsAsync());
        Assert.Equal(["handling"], await (await officer.PostJsonAsync(Gifts,
            Gift("Received", "Khăn lụa", 0, "2026-03-10"))).ProblemFieldsAsync());
        Assert.Equal(["delegationId"], await (await officer.PostJsonAsync(Gifts,
            Gift("Given", "Tranh thổ cẩm", 0, "2026-03-10", 999_999))).ProblemFieldsAsync());

        var list = await (await officer.GetAsync($"{Gifts}?search=gom mungyeong&year=2026&direction=Received"
            + $"&handling=Kept&delegationId={delegation}")).JsonAsync();
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(0, (await (await officer.GetAsync($"{Gifts}?search=gom mungyeong&year=2025")).JsonAsync())
            .GetProperty("total").GetInt32());

        // Another province sees nothing of it.
        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"{Gifts}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"{Gifts}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"{Gifts}/{id}/documents")).StatusCode);

        // The photo through the shared documents component.
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]), "file", "am-chen.png");
        form.Add(new StringContent("Photo"), "kind");
        var photo = await (await officer.PostAsync($"{Gifts}/{id}/documents", form)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("image/png", photo.GetProperty("contentType").GetString());
        var page = await (await officer.GetAsync($"/gifts/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("am-chen.png", page);

        var updated = await (await officer.PutJsonAsync($"{Gifts}/{id}", Gift("Received", "Bộ ấm chén gốm Mungyeong",
            2_400_000, "2026-03-10", delegation, "HandedOver", created.GetProperty("version").GetInt32())))
            .JsonAsync();
        Assert.Equal("HandedOver", updated.GetProperty("handling").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PutJsonAsync($"{Gifts}/{id}", Gift("Received", "X",
            1, "2026-03-10", null, "Kept", created.GetProperty("version").GetInt32()))).StatusCode);
        var history = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "gift" && a.EntityId == id)
            .Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.Created, history);
        Assert.Contains(AuditAction.Updated, history);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"{Gifts}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{Gifts}/{id}")).StatusCode);
        Assert.Contains(AuditAction.Deleted, await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Entity == "gift" && a.EntityId == id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task The_yearly_register_totals_the_gifts_given_and_received_by_handling()
    {
        // Cao Bằng's year 2031 holds only the gifts made here.
        using var officer = await app.OfficerAsync("VN-04");
        (string Direction, decimal? Value, string? Handling, string Date)[] gifts =
        [
            ("Given", 1_500_000m, null, "2031-02-01"),
            ("Given", 900_000m, null, "2031-05-12"),
            ("Given", null, null, "2031-06-01"),
            ("Received", 3_500_000m, "HandedOver", "2031-05-12"),
            ("Received", 700_000m, "Declared", "2031-08-20"),
            ("Received", 2_000_000m, "Declared", "2031-09-03"),
            ("Received", 1_000_000m, "Kept", "2030-12-31"),
        ];
        foreach (var g in gifts)
        {
            await (await officer.PostJsonAsync(Gifts, Gift(g.Direction, "Quà " + g.Date, g.Value, g.Date, null,
                g.Handling))).JsonAsync(HttpStatusCode.Created);
        }

        var register = await (await officer.GetAsync($"{Gifts}/register?year=2031")).JsonAsync();
        Assert.Equal("VN-04", register.GetProperty("province").GetString());
        Assert.Equal(3, register.GetProperty("given").GetProperty("count").GetInt32());
        Assert.Equal("2400000", register.GetProperty("given").GetProperty("value").GetString());
        Assert.Equal(1, register.GetProperty("given").GetProperty("withoutValue").GetInt32());
        Assert.Equal(3, register.GetProperty("received").GetProperty("count").GetInt32());
        Assert.Equal("6200000", register.GetProperty("received").GetProperty("value").GetString());
        var byHandling = register.GetProperty("receivedByHandling").EnumerateArray()
            .ToDictionary(h => h.GetProperty("handling").GetString()!, h => h.GetProperty("total"));
        Assert.Equal(2, byHandling["Declared"].GetProperty("count").GetInt32());
        Assert.Equal("2700000", byHandling["Declared"].GetProperty("value").GetString());
        Assert.Equal("3500000", byHandling["HandedOver"].GetProperty("value").GetString());
        Assert.Equal(0, byHandling["Kept"].GetProperty("count").GetInt32());
        Assert.Equal(6, register.GetProperty("gifts").GetArrayLength());
        Assert.Equal("2031-02-01", register.GetProperty("gifts")[0].GetProperty("date").GetString());

        // Lai Châu's register of the same year does not see them.
        using var laiChau = await app.OfficerAsync("VN-01");
        Assert.Equal(0, (await (await laiChau.GetAsync($"{Gifts}/register?year=2031")).JsonAsync())
            .GetProperty("received").GetProperty("count").GetInt32());

        var docx = await officer.GetAsync($"{Gifts}/register.docx?year=2031&lang=vi");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Sổ quà tặng năm 2031", text);
            Assert.Contains("Quà tặng đã nhận: 3 quà tặng, 6.200.000 đồng", text);
            Assert.Contains("Đã bàn giao: 1 quà tặng, 3.500.000 đồng", text);
            Assert.DoesNotContain("Received", text);
        }

        var english = await officer.GetAsync($"{Gifts}/register.docx?year=2031&lang=en");
        using (var word = WordprocessingDocument.Open(new MemoryStream(await english.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Gifts received: 3 gifts, 6,200,000 VND", text);
            Assert.Contains("Declared: 2 gifts, 2,700,000 VND", text);
        }

        Assert.Equal(["lang"], await (await officer.GetAsync($"{Gifts}/register.docx?year=2031&lang=fr"))
            .ProblemFieldsAsync());
        Assert.Equal(["year"], await (await officer.GetAsync($"{Gifts}/register?year=1800")).ProblemFieldsAsync());
    }
}
