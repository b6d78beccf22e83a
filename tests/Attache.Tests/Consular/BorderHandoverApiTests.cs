using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Consular;

public sealed class BorderHandoverApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static async Task<int> GateAsync(HttpClient officer, string name) =>
        (await (await officer.PostJsonAsync("/api/border-gates", new
        {
            name, country = "CN", type = "International", counterpartLatin = name + " counterpart",
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<JsonElement> RecordAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/border-handovers", body)).JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Handovers_are_recorded_changed_counted_per_gate_and_deleted()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var taLung = await GateAsync(officer, "Tà Lùng");
        var traLinh = await GateAsync(officer, "Trà Lĩnh");
        var first = await RecordAsync(officer, new
        {
            borderGateId = taLung, receivedOn = "2026-01-16", personCount = 12, handedOverBy = "Shuikou border police",
        });
        var id = first.GetProperty("id").GetInt32();
        Assert.Equal("Tà Lùng", first.GetProperty("gate").GetString());
        await RecordAsync(officer, new { borderGateId = taLung, receivedOn = "2026-03-27", personCount = 7 });
        await RecordAsync(officer, new { borderGateId = traLinh, receivedOn = "2026-04-10", personCount = 5 });
        await RecordAsync(officer, new { borderGateId = taLung, receivedOn = "2025-12-30", personCount = 40 });

        var perGate = await (await officer.GetAsync("/api/border-handovers/per-gate?from=2026-01-01&to=2026-12-31"))
            .JsonAsync();
        // The other tests of the class record at gates of their own in the same period: only these two are compared.
        Assert.Equal(new[] { ("Tà Lùng", 2, 19), ("Trà Lĩnh", 1, 5) }, perGate.EnumerateArray()
            .Select(g => (g.GetProperty("gate").GetString()!, g.GetProperty("handovers").GetInt32(),
                g.GetProperty("persons").GetInt32()))
            .Where(g => g.Item1 is "Tà Lùng" or "Trà Lĩnh"));
        var list = await (await officer.GetAsync(
            $"/api/border-handovers?borderGateId={taLung}&from=2026-01-01&to=2026-12-31")).JsonAsync();
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("2026-03-27", list.GetProperty("items")[0].GetProperty("receivedOn").GetString());

        var changed = await (await officer.PutJsonAsync($"/api/border-handovers/{id}", new
        {
            borderGateId = traLinh, receivedOn = "2026-01-16", personCount = 13, version = 1,
        })).JsonAsync();
        Assert.Equal(13, changed.GetProperty("personCount").GetInt32());
        Assert.Equal("Trà Lĩnh", changed.GetProperty("gate").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/border-handovers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/border-handovers/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_number_of_persons_is_at_least_the_persons_named_and_only_consular_officers_name_them()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var gate = await GateAsync(officer, "Count gate");
        using var consular = await app.ConsularAsync("VN-04");
        object Body(int count, params string[] names) => new
        {
            borderGateId = gate, receivedOn = "2026-05-05", personCount = count,
            persons = names.Select(n => new { fullName = n, nationality = "VN" }).ToArray(),
        };

        Assert.Equal(["personCount"], await (await consular.PostJsonAsync("/api/border-handovers",
            Body(1, "Nông Văn A", "Nông Văn B"))).ProblemFieldsAsync());
        Assert.Equal(["personCount"], await (await consular.PostJsonAsync("/api/border-handovers",
            Body(0))).ProblemFieldsAsync());
        var saved = await RecordAsync(consular, Body(2, "Nông Văn A", "Nông Văn B"));
        Assert.Equal(2, saved.GetProperty("persons").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/border-handovers",
            Body(3, "Nông Văn C"))).StatusCode);

        var seen = await officer.GetStringAsync($"/api/border-handovers/{saved.GetProperty("id").GetInt32()}");
        Assert.DoesNotContain("Nông Văn A", seen, StringComparison.Ordinal);
        var names = await (await consular.GetAsync($"/api/border-handovers?borderGateId={gate}")).JsonAsync();
        Assert.Equal("Nông Văn A, Nông Văn B", names.GetProperty("items")[0].GetProperty("names").GetString());
    }

    [Fact]
    public async Task A_gate_of_another_province_is_refused_and_its_handovers_are_not_found()
    {
        using var caoBang = await app.OfficerAsync("VN-04");
        using var laiChau = await app.OfficerAsync("VN-01");
        var gate = await GateAsync(caoBang, "Tenancy gate");
        var id = (await RecordAsync(caoBang, new { borderGateId = gate, receivedOn = "2026-02-02", personCount = 3 }))
            .GetProperty("id").GetInt32();

        Assert.Equal(["borderGateId"], await (await laiChau.PostJsonAsync("/api/border-handovers",
            new { borderGateId = gate, receivedOn = "2026-02-02", personCount = 3 })).ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"/api/border-handovers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.DeleteAsync($"/api/border-handovers/{id}")).StatusCode);
        Assert.Equal(0, (await (await laiChau.GetAsync($"/api/border-handovers?borderGateId={gate}")).JsonAsync())
            .GetProperty("total").GetInt32());
    }
}
