using System.Net;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17, point 12: a plan item counts only records of its own province that exist, and a page for a
/// missing record or another province's answers HTTP 404.</summary>
public sealed class RecordAccessTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task A_plan_item_links_only_an_existing_record_of_its_province()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var other = await app.OfficerAsync("VN-01");
        var plan = await (await officer.PostJsonAsync("/api/plans", new { year = 2034, title = "Kế hoạch 2034" })).JsonAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetInt32();
        var item = (await (await officer.PostJsonAsync($"/api/plans/{id}/items", new { category = "Delegation", quarter = 1, title = "Đoàn vào", target = 1 }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("items")[0].GetProperty("id").GetInt32();
        var foreign = await Delegation().Titled("Đoàn của Lai Châu").CreateAsync(other);
        var own = await Delegation().Titled("Đoàn của Cao Bằng").CreateAsync(officer);

        var links = $"/api/plans/{id}/items/{item}/links";
        Assert.Equal(["entityId"], await (await officer.PostJsonAsync(links, new { entity = "delegation", entityId = foreign })).ProblemFieldsAsync());
        Assert.Equal(["entityId"], await (await officer.PostJsonAsync(links, new { entity = "delegation", entityId = 999_999 })).ProblemFieldsAsync());
        Assert.Equal(["entity"], await (await officer.PostJsonAsync(links, new { entity = "spaceship", entityId = own })).ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync(links, new { entity = "delegation", entityId = own })).StatusCode);

        var progress = (await (await officer.GetAsync($"/api/plans/{id}/progress")).JsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("category").GetString() == "Delegation");
        Assert.Equal(1, progress.GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task Pages_of_a_missing_or_foreign_record_answer_404_and_their_own_records_200()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var other = await app.OfficerAsync("VN-01");
        var foreign = await Delegation().Titled("Đoàn riêng của Lai Châu").CreateAsync(other);
        var own = await Delegation().Titled("Đoàn riêng của Cao Bằng").CreateAsync(officer);

        foreach (var path in new[] { $"/delegations/{foreign}", $"/delegations/{foreign}/edit", $"/delegations/{foreign}/delete",
            "/delegations/999999", "/partners/999999", "/agreements/999999", "/aid/999999", "/border-gates/999999", "/events/999999",
            "/labour/999999", "/twinnings/999999", "/plans/999999", "/aid/999999/transactions/new" })
        {
            var response = await officer.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.True(html.Contains("<h1>", StringComparison.Ordinal), $"{path}: {html[..Math.Min(300, html.Length)]}");
        }

        var page = await officer.GetAsync($"/delegations/{own}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Đoàn riêng của Cao Bằng", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/delegations/{own}/edit")).StatusCode);
    }
}
