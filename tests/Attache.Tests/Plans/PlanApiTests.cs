using System.Net;
using Attache.Tests.Agreements;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Plans;

public sealed class PlanApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task Planned_against_done_counts_the_linked_records_by_category()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var plan = await (await officer.PostJsonAsync("/api/plans",
            new { year = 2031, title = "Kế hoạch đối ngoại 2031" })).JsonAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetInt32();

        async Task<int> Item(string category, int quarter, int target)
        {
            var p = await (await officer.PostJsonAsync($"/api/plans/{id}/items",
                new { category, quarter, title = $"{category} Q{quarter}", target }))
                .JsonAsync(HttpStatusCode.Created);
            return p.GetProperty("items").EnumerateArray().Last().GetProperty("id").GetInt32();
        }

        var delegations = await Item("Delegation", 1, 3);
        var agreement = await Item("Agreement", 2, 1);
        var moreDelegations = await Item("Delegation", 3, 1);
        await Item("Promotion", 4, 2);

        // Links point at records of the province (a link to a missing or foreign record is refused: see PlanLinkTests).
        var done = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            done.Add(await DelegationBuilder.Delegation().Titled($"Đoàn kế hoạch {i}").CreateAsync(officer));
        }

        var signed = (await AgreementBuild.CreateAsync(officer,
            AgreementBuild.Body([await AgreementBuild.PartnerAsync(officer, "CN", "Bách Sắc")])))
            .GetProperty("id").GetInt32();
        foreach (var n in done.Take(2))
        {
            Assert.Equal(HttpStatusCode.Created,
                (await officer.PostJsonAsync($"/api/plans/{id}/items/{delegations}/links",
                new { entity = "delegation", entityId = n })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync($"/api/plans/{id}/items/{agreement}/links",
            new { entity = "agreement", entityId = signed })).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await officer.PostJsonAsync($"/api/plans/{id}/items/{moreDelegations}/links",
            new { entity = "delegation", entityId = done[2] })).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await officer.PostJsonAsync($"/api/plans/{id}/items/{moreDelegations}/links",
            new { entity = "delegation", entityId = done[3] })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await
            officer.PostJsonAsync($"/api/plans/{id}/items/{agreement}/links",
            new { entity = "agreement", entityId = signed })).StatusCode);

        var progress = (await (await officer.GetAsync($"/api/plans/{id}/progress")).JsonAsync()).EnumerateArray()
            .ToDictionary(p => p.GetProperty("category").GetString()!);
        // Delegations: items of target 3 (2 linked) and 1 (2 linked, capped at 1) → 2 items, 1 done; planned 4, done 3.
        Assert.Equal(2, progress["Delegation"].GetProperty("plannedItems").GetInt32());
        Assert.Equal(1, progress["Delegation"].GetProperty("doneItems").GetInt32());
        Assert.Equal(4, progress["Delegation"].GetProperty("planned").GetInt32());
        Assert.Equal(3, progress["Delegation"].GetProperty("done").GetInt32());
        Assert.Equal(1, progress["Agreement"].GetProperty("done").GetInt32());
        Assert.Equal(0, progress["Promotion"].GetProperty("done").GetInt32());
        Assert.Equal(2, progress["Promotion"].GetProperty("planned").GetInt32());

        var link = (await (await officer.GetAsync($"/api/plans/{id}")).JsonAsync()).GetProperty("items")
            .EnumerateArray()
            .Single(i => i.GetProperty("id").GetInt32() == agreement).GetProperty("links")[0].GetProperty("id")
                .GetInt32();
        // The address names the item: a link of the agreement item is not found under the delegation item.
        Assert.Equal(HttpStatusCode.NotFound, (await
            officer.DeleteAsync($"/api/plans/{id}/items/{delegations}/links/{link}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await
            officer.DeleteAsync($"/api/plans/{id}/items/{agreement}/links/{link}")).StatusCode);
    }

    [Fact]
    public async Task A_province_has_one_plan_a_year_and_others_cannot_see_it()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var plan = await (await officer.PostJsonAsync("/api/plans", new { year = 2032, title = "Plan 2032" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Contains("year", await (await officer.PostJsonAsync("/api/plans", new { year = 2032, title = "Again" }))
            .ProblemFieldsAsync());
        Assert.Contains("quarter",
            await (await officer.PostJsonAsync($"/api/plans/{plan.GetProperty("id").GetInt32()}/items",
            new { category = "Event", quarter = 5, title = "x" })).ProblemFieldsAsync());

        using var other = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/plans/{plan.GetProperty("id").GetInt32()}"))
            .StatusCode);
        var created = await (await other.PostJsonAsync("/api/plans", new { year = 2032, title = "Cao Bằng 2032" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("VN-04", created.GetProperty("province").GetString());

        using var viewer = await app.ViewerAsync("VN-01");
        Assert.Equal(HttpStatusCode.Forbidden, (await
            viewer.PostJsonAsync("/api/plans", new { year = 2033, title = "x" })).StatusCode);
    }
}
