using System.Net;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17, point 11: a sub-record (here a plan item) carries its version like every record, so of many
/// writers who read the same version and save at once, exactly one wins and the others are told (409).</summary>
public sealed class ParallelWriterTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task Of_twelve_writers_of_one_plan_item_exactly_one_wins()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var plan = await (await officer.PostJsonAsync("/api/plans", new { year = 2033, title = "Kế hoạch 2033" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetInt32();
        var item = (await (await officer.PostJsonAsync($"/api/plans/{id}/items",
                new { category = "Delegation", quarter = 1, title = "Đoàn vào", target = 1 }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("items")[0];
        var itemId = item.GetProperty("id").GetInt32();
        var version = item.GetProperty("version").GetInt32();

        var writers = Enumerable.Range(1, 12).Select(async n =>
        {
            using var client = await app.OfficerAsync("VN-04");
            return (await client.PutJsonAsync($"/api/plans/{id}/items/{itemId}",
                new { category = "Delegation", quarter = 2, title = $"Người viết {n}", target = n, version }))
                .StatusCode;
        });
        var answers = await Task.WhenAll(writers);

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(11, answers.Count(a => a == HttpStatusCode.Conflict));
        var saved = (await (await officer.GetAsync($"/api/plans/{id}")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
    }
}
