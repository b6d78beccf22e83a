using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Delegations;

public sealed class DelegationApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static async Task<int> PartnerAsync(HttpClient client, string country, string name)
    {
        var created = await (await client.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country, nameLatin = name })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private DateOnly Today => app.Today;

    [Fact]
    public async Task An_officer_records_a_delegation_with_partners_and_their_countries()
    {
        using var officer = await app.OfficerAsync();
        var mungyeong = await PartnerAsync(officer, "KR", "Mungyeong City (delegation test)");
        var created = await (await officer.PostJsonAsync("/api/delegations",
            Delegation().Outbound().Titled("Đoàn công tác tỉnh Lai Châu thăm thành phố Mungyeong").To().With(mungyeong)
                .People(5).Body()))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal("Outbound", created.GetProperty("direction").GetString());
        Assert.Equal("Proposed", created.GetProperty("status").GetString());
        Assert.Equal("VN-01", created.GetProperty("province").GetString());
        Assert.Equal(["KR"], created.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Mungyeong City (delegation test)", created.GetProperty("partners")[0].GetProperty("nameLatin")
            .GetString());
        Assert.Equal(5, created.GetProperty("memberCount").GetInt32());
        Assert.Equal(0, created.GetProperty("foreignVisitorCount").GetInt32());
        Assert.Equal(250_000_000m, created.GetProperty("budgetPlanned").GetDecimal());
        Assert.False(created.GetProperty("keepsMemberList").GetBoolean());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("reportDue").ValueKind);
    }

    [Fact]
    public async Task Member_counts_come_from_the_list_once_it_is_kept()
    {
        using var officer = await app.OfficerAsync();
        var id = await Delegation().Inbound().From("CN").People(9, 9).CreateAsync(officer);
        Assert.Equal(9, (await officer.GetDelegationAsync(id)).GetProperty("foreignVisitorCount").GetInt32());

        var first = await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "Li Wei", title = "Phó Chủ tịch", organisation = "Châu Hồng Hà", nationality = "CN" }))
                .JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "Wang Fang", nationality = "cn" })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "Lò Văn Hùng", title = "Phiên dịch", nationality = "VN" })).JsonAsync(HttpStatusCode.Created);

        var withList = await officer.GetDelegationAsync(id);
        Assert.True(withList.GetProperty("keepsMemberList").GetBoolean());
        Assert.Equal(3, withList.GetProperty("memberCount").GetInt32());
        Assert.Equal(2, withList.GetProperty("foreignVisitorCount").GetInt32());
        var members = await (await officer.GetAsync($"/api/delegations/{id}/members")).JsonAsync();
        Assert.Equal(["Li Wei", "Wang Fang", "Lò Văn Hùng"], members.EnumerateArray()
            .Select(m => m.GetProperty("name").GetString()));

        Assert.Equal(HttpStatusCode.NoContent,
            (await officer.DeleteAsync($"/api/delegations/{id}/members/{first.GetProperty("id").GetInt32()}"))
                .StatusCode);
        var after = await officer.GetDelegationAsync(id);
        Assert.Equal(2, after.GetProperty("memberCount").GetInt32());
        Assert.Equal(1, after.GetProperty("foreignVisitorCount").GetInt32());

        Assert.Equal(["nationality"], await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "X", nationality = "XX" })).ProblemFieldsAsync());
        Assert.Equal(["foreignVisitorCount"], await (await officer.PostJsonAsync("/api/delegations",
            Delegation().People(3, 4).Body())).ProblemFieldsAsync());
    }

    [Fact]
    public async Task The_itinerary_lists_items_in_time_order()
    {
        using var officer = await app.OfficerAsync();
        var id = await Delegation().Inbound().From("LA").On(new(2030, 6, 1), new(2030, 6, 3)).CreateAsync(officer);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary",
            new
            {
                date = "2030-06-02", startTime = "14:00", place = "Tam Đường", activity = "Thăm đồi chè",
                counterpart = "UBND xã"
            })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary",
            new
            {
                date = "2030-06-01", startTime = "08:30", endTime = "11:00", place = "Trụ sở UBND tỉnh",
                activity = "Hội đàm"
            })).JsonAsync(HttpStatusCode.Created);
        var items = await (await officer.GetAsync($"/api/delegations/{id}/itinerary")).JsonAsync();
        Assert.Equal(["Hội đàm", "Thăm đồi chè"], items.EnumerateArray()
            .Select(i => i.GetProperty("activity").GetString()));
        Assert.Equal("08:30:00", items[0].GetProperty("startTime").GetString());
    }

    [Fact]
    public async Task Outbound_delegations_back_longer_than_15_days_without_report_are_overdue()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        async Task<int> CompletedAsync(string direction, int daysSinceReturn, bool report)
        {
            var back = Today.AddDays(-daysSinceReturn);
            var builder = Delegation().Titled($"Overdue check {direction} {daysSinceReturn}")
                .On(back.AddDays(-4), back);
            var id = await (direction == "Outbound" ? builder.Outbound() : builder.Inbound()).CreateAsync(officer);
            await (await leader.MoveAsync(id, DelegationSteps.Approval)).JsonAsync();
            await (await officer.MoveAsync(id, "UnderWay")).JsonAsync();
            await (await officer.MoveAsync(id, "Completed")).JsonAsync();
            if (report)
            {
                await (await officer.MoveAsync(id, "Reported")).JsonAsync();
            }

            return id;
        }

        var overdue = await CompletedAsync("Outbound", 20, report: false);
        var dueToday = await CompletedAsync("Outbound", 15, report: false);
        var reported = await CompletedAsync("Outbound", 40, report: true);
        var inbound = await CompletedAsync("Inbound", 40, report: false);

        var list = await (await officer.GetAsync("/api/delegations/overdue-reports?pageSize=200")).JsonAsync();
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(overdue, ids);
        Assert.DoesNotContain(dueToday, ids);
        Assert.DoesNotContain(reported, ids);
        Assert.DoesNotContain(inbound, ids);
        var row = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == overdue);
        Assert.Equal(5, row.GetProperty("daysOverdue").GetInt32());
        Assert.Equal(Today.AddDays(-5).ToString("yyyy-MM-dd"), row.GetProperty("dueOn").GetString());

        using var caoBang = await app.OfficerAsync("VN-04");
        var other = await (await caoBang.GetAsync("/api/delegations/overdue-reports")).JsonAsync();
        Assert.DoesNotContain(other.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetInt32() == overdue);
    }

    [Fact]
    public async Task Lists_filter_by_direction_status_country_partner_dates_and_text()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var guangxi = await PartnerAsync(officer, "CN", "Guangxi (list test)");
        var a = await Delegation().Inbound().Titled("Listcheck Đoàn Quảng Tây").With(guangxi)
            .On(new(2029, 1, 5), new(2029, 1, 6)).CreateAsync(officer);
        var b = await Delegation().Outbound().Titled("Listcheck Đoàn ra Lào").To("LA")
            .On(new(2029, 2, 5), new(2029, 2, 8)).CreateAsync(officer);
        var c = await Delegation().Inbound().Titled("Listcheck Đoàn Nhật Bản").From("JP")
            .On(new(2029, 3, 5), new(2029, 3, 6)).CreateAsync(officer);
        using var leader = await app.LeaderAsync("VN-04");
        await (await leader.MoveAsync(c, DelegationSteps.Approval)).JsonAsync();

        async Task<List<int>> Ids(string filter)
        {
            var search = filter.StartsWith("search=") ? "" : "search=listcheck&";
            var page = await (await officer.GetAsync($"/api/delegations?{search}{filter}")).JsonAsync();
            return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        }

        Assert.Equal([c, b, a], await Ids(""));
        Assert.Equal([a, b, c], await Ids("sort=start"));
        Assert.Equal([c, a], await Ids("direction=Inbound"));
        Assert.Equal([c], await Ids("status=Approved"));
        Assert.Equal([b], await Ids("country=la"));
        Assert.Equal([a], await Ids($"partnerId={guangxi}"));
        Assert.Equal([b], await Ids("from=2029-02-01&to=2029-02-28"));
        Assert.Equal([c, b, a], await Ids("search=listcheck doan"));
        Assert.Equal([a], await Ids("search=quang tay"));

        Assert.Contains("direction", await (await officer.GetAsync("/api/delegations?direction=Sideways"))
            .ProblemFieldsAsync());
        Assert.Contains("from", await (await officer.GetAsync("/api/delegations?from=yesterday")).ProblemFieldsAsync());
        Assert.Contains("sort", await (await officer.GetAsync("/api/delegations?sort=shoe")).ProblemFieldsAsync());
        Assert.Contains("to", await (await officer.GetAsync("/api/delegations?from=2029-02-01&to=2029-01-01"))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_each_field()
    {
        using var officer = await app.OfficerAsync();
        using var caoBang = await app.OfficerAsync("VN-04");
        var foreignPartner = await PartnerAsync(caoBang, "CN", "Another province's partner");
        var fields = await (await officer.PostJsonAsync("/api/delegations", new
        {
            direction = "Inbound", title = "", level = "Department", countries = new[] { "XX" },
            plannedStart = "2030-01-01",
            memberCount = -1, budgetPlanned = -5m,
        })).ProblemFieldsAsync();
        Assert.Contains("title", fields);
        Assert.Contains("countries", fields);
        Assert.Contains("plannedEnd", fields);
        Assert.Contains("memberCount", fields);
        Assert.Contains("budgetPlanned", fields);
        Assert.Contains("direction", await (await officer.PostJsonAsync("/api/delegations",
            new { direction = "Sideways" })).ProblemFieldsAsync());
        Assert.Contains("plannedStart", await (await officer.PostJsonAsync("/api/delegations",
            new { plannedStart = "soon" })).ProblemFieldsAsync());
        Assert.Equal(["partnerIds"], await (await officer.PostJsonAsync("/api/delegations", Delegation()
            .With(foreignPartner).Body())).ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_stale_update_answers_409()
    {
        using var officer = await app.OfficerAsync();
        var id = await Delegation().Titled("Stale check").CreateAsync(officer);
        var updated = await (await officer.PutJsonAsync($"/api/delegations/{id}", Delegation()
            .Titled("Stale check, renamed").Body(version: 1))).JsonAsync();
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PutJsonAsync($"/api/delegations/{id}", Delegation()
            .Titled("Lost").Body(version: 1))).StatusCode);
        Assert.Equal(["version"], await (await officer.PutJsonAsync($"/api/delegations/{id}", Delegation().Body()))
            .ProblemFieldsAsync());
        Assert.Equal("Stale check, renamed", (await officer.GetDelegationAsync(id)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Another_provinces_delegation_is_not_found_anywhere()
    {
        using var laiChau = await app.OfficerAsync("VN-01");
        using var caoBang = await app.OfficerAsync("VN-04");
        using var caoBangLeader = await app.LeaderAsync("VN-04");
        var id = await Delegation().Inbound().Titled("Tenancy check").CreateAsync(laiChau);

        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/delegations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PutJsonAsync($"/api/delegations/{id}", Delegation()
            .Body(version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBangLeader.MoveAsync(id, DelegationSteps.Approval)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/delegations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/delegations/{id}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "X", nationality = "CN" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/delegations/{id}/itinerary")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/delegations/{id}/documents")).StatusCode);
        Assert.Equal(0, (await (await caoBang.GetAsync("/api/delegations?search=tenancy check")).JsonAsync())
            .GetProperty("total").GetInt32());
        Assert.Equal("Proposed", (await laiChau.GetDelegationAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_approval_decision_is_attached_as_a_document()
    {
        using var officer = await app.OfficerAsync();
        var id = await Delegation().Outbound().CreateAsync(officer);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4 quyết định"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "quyet-dinh-1234.pdf");
        form.Add(new StringContent("ApprovalDecision"), "kind");
        var created = await (await officer.PostAsync($"/api/delegations/{id}/documents", form))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("ApprovalDecision", created.GetProperty("kind").GetString());
        var list = await (await officer.GetAsync($"/api/delegations/{id}/documents")).JsonAsync();
        Assert.Equal("quyet-dinh-1234.pdf", list[0].GetProperty("fileName").GetString());
    }
}
