using System.Net;
using System.Text.Json;
using Attache.Reception;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Reception;

/// <summary>Spending norms (set by the administrator only, never two on the same day for a kind and level) and the
/// reception's cost lines checked against them: a line above its norm is flagged, holds the delegation back from
/// approval until a leader approves it with a reason, and the lines set the delegation's budget.</summary>
public sealed class CostLineApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Norms = "/api/spending-norms";

    private static string Costs(int delegation) => $"/api/delegations/{delegation}/reception/costs";

    private static object Norm(string kind, string level, object amount, string from, string? to = null,
        int? version = null) =>
        new { kind, level, amount, decision = "Quyết định số 15/2024/QĐ-UBND", validFrom = from, validTo = to, version };

    private static object Line(string kind, string description, int units, int days, object unitAmount,
        object? spent = null, int? version = null) =>
        new { kind, level = "ViceMinisterial", description, units, days, unitAmount, spent, version };

    [Fact]
    public async Task Norms_are_set_by_the_administrator_only_and_never_overlap_for_a_kind_and_level()
    {
        using var admin = await app.AdminAsync();
        var first = await (await admin.PostJsonAsync($"{Norms}?province=VN-04",
            Norm("PerGift", "Director", "1000000", "2040-01-01", "2040-12-31"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("1000000", first.GetProperty("amount").GetString());

        var overlap = await admin.PostJsonAsync($"{Norms}?province=VN-04",
            Norm("PerGift", "Director", 1_200_000, "2040-06-01"));
        Assert.Equal(["validFrom"], await overlap.ProblemFieldsAsync());
        // The next year is free; another level is free.
        await (await admin.PostJsonAsync($"{Norms}?province=VN-04", Norm("PerGift", "Director", 1_200_000,
            "2041-01-01"))).JsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"{Norms}?province=VN-04", Norm("PerGift", "Other", 500_000,
            "2040-06-01"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["amount", "validTo"], (await (await admin.PostJsonAsync($"{Norms}?province=VN-04",
            Norm("PerGift", "Ministerial", "10.5", "2040-06-01", "2040-01-01"))).ProblemFieldsAsync()).Order());

        using var officer = await app.OfficerAsync("VN-04");
        using var leader = await app.LeaderAsync("VN-04");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync(Norms,
            Norm("PerGift", "ViceMinisterial", 1, "2040-01-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.DeleteAsync($"{Norms}/{first.GetProperty("id")
            .GetInt32()}")).StatusCode);
        var read = await (await officer.GetAsync($"{Norms}?kind=PerGift&level=Director&on=2040-03-01")).JsonAsync();
        Assert.Equal(1, read.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.OfficerAsync("VN-01"))
            .GetAsync($"{Norms}/{first.GetProperty("id").GetInt32()}")).StatusCode);
    }

    [Fact]
    public async Task A_line_above_its_norm_holds_the_delegation_back_until_a_leader_approves_it_with_a_reason()
    {
        using var admin = await app.AdminAsync();
        await (await admin.PostJsonAsync($"{Norms}?province=VN-01", Norm("PerGuestPerDay", "ViceMinisterial",
            1_800_000, "2050-01-01", "2050-12-31"))).JsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"{Norms}?province=VN-01", Norm("PerBanquetHead", "ViceMinisterial",
            1_000_000, "2050-01-01", "2050-12-31"))).JsonAsync(HttpStatusCode.Created);

        using var officer = await app.OfficerAsync("VN-01");
        using var leader = await app.LeaderAsync("VN-01");
        var delegation = await DelegationBuilder.Delegation().From("KR")
            .On(new DateOnly(2050, 4, 6), new DateOnly(2050, 4, 9)).CreateAsync(officer);
        Assert.False(await app.WithDbAsync(db => db.Set<ReceptionPlan>().IgnoreQueryFilters()
            .AnyAsync(p => p.DelegationId == delegation)));

        var sheet = await (await officer.PostJsonAsync(Costs(delegation),
            Line("PerGuestPerDay", "Lưu trú", 8, 3, "1800000", "40000000"))).JsonAsync(HttpStatusCode.Created);
        Assert.False(sheet.GetProperty("lines")[0].GetProperty("exceedsNorm").GetBoolean());
        Assert.True(await app.WithDbAsync(db => db.Set<ReceptionPlan>().IgnoreQueryFilters()
            .AnyAsync(p => p.DelegationId == delegation)));

        sheet = await (await officer.PostJsonAsync(Costs(delegation),
            Line("PerBanquetHead", "Tiệc chiêu đãi", 14, 1, 1_300_000))).JsonAsync(HttpStatusCode.Created);
        var banquet = sheet.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kind").GetString()
            == "PerBanquetHead");
        var lineId = banquet.GetProperty("id").GetInt32();
        Assert.True(banquet.GetProperty("exceedsNorm").GetBoolean());
        Assert.True(banquet.GetProperty("needsApproval").GetBoolean());
        Assert.Equal("1000000", banquet.GetProperty("normAmount").GetString());
        Assert.Equal(1, sheet.GetProperty("awaitingApproval").GetInt32());

        // The budget is the lines': 8 × 3 × 1,800,000 + 14 × 1,300,000; spent only what the lines spent.
        Assert.Equal("61400000", sheet.GetProperty("plannedTotal").GetString());
        var d = await leader.GetDelegationAsync(delegation);
        Assert.Equal(61_400_000m, d.GetProperty("budgetPlanned").GetDecimal());
        Assert.Equal(40_000_000m, d.GetProperty("budgetSpent").GetDecimal());

        // The delegation's own form cannot change a budget its lines set.
        var edit = DelegationBuilder.Delegation().From("KR").On(new DateOnly(2050, 4, 6), new DateOnly(2050, 4, 9))
            .Body(d.GetProperty("version").GetInt32());
        await (await officer.PutJsonAsync($"/api/delegations/{delegation}", edit)).JsonAsync();
        Assert.Equal(61_400_000m, (await leader.GetDelegationAsync(delegation)).GetProperty("budgetPlanned")
            .GetDecimal());

        var refused = await leader.MoveAsync(delegation, DelegationSteps.Approval);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Tiệc chiêu đãi", (await refused.JsonAsync(HttpStatusCode.Conflict)).GetProperty("detail")
            .GetString());
        Assert.Equal("Proposed", (await leader.GetDelegationAsync(delegation)).GetProperty("status").GetString());

        var approve = $"{Costs(delegation)}/{lineId}/approve";
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync(approve,
            new { reason = "Đoàn đông hơn dự kiến" })).StatusCode);
        var noReason = await leader.PostJsonAsync(approve, new { reason = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.True((await noReason.JsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors")
            .TryGetProperty("reason", out _));

        sheet = await (await leader.PostJsonAsync(approve, new { reason = "Đoàn đông hơn dự kiến" })).JsonAsync();
        banquet = sheet.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetInt32() == lineId);
        Assert.False(banquet.GetProperty("needsApproval").GetBoolean());
        Assert.Equal("Đoàn đông hơn dự kiến", banquet.GetProperty("approvalReason").GetString());

        // A new amount still above the norm needs a new approval; within the norm, none.
        sheet = await (await officer.PutJsonAsync($"{Costs(delegation)}/{lineId}", Line("PerBanquetHead",
            "Tiệc chiêu đãi", 14, 1, 1_400_000, version: banquet.GetProperty("version").GetInt32()))).JsonAsync();
        banquet = sheet.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetInt32() == lineId);
        Assert.True(banquet.GetProperty("needsApproval").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await leader.MoveAsync(delegation, DelegationSteps.Approval))
            .StatusCode);
        await (await leader.PostJsonAsync(approve, new { reason = "Đoàn đông hơn dự kiến, giá mới" })).JsonAsync();

        var moved = await leader.MoveAsync(delegation, DelegationSteps.Approval);
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());

        // Removing the lines leaves the budget to the form again.
        foreach (var line in (await (await officer.GetAsync(Costs(delegation))).JsonAsync()).GetProperty("lines")
            .EnumerateArray())
        {
            Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync(
                $"{Costs(delegation)}/{line.GetProperty("id").GetInt32()}")).StatusCode);
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await leader.GetDelegationAsync(delegation))
            .GetProperty("budgetPlanned").ValueKind);

        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync(Costs(delegation))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PostJsonAsync(Costs(delegation),
            Line("PerGift", "Quà", 1, 1, 1))).StatusCode);
    }

    [Fact]
    public async Task Cost_lines_are_checked_again_when_the_delegations_dates_or_its_plan_change()
    {
        using var admin = await app.AdminAsync();
        foreach (var norm in new[]
                 {
                     Norm("PerGuestPerDay", "ViceMinisterial", 1_000_000, "2052-01-01", "2052-06-30"),
                     Norm("PerGuestPerDay", "ViceMinisterial", 1_500_000, "2052-07-01", "2052-12-31"),
                     Norm("PerBanquetHead", "ViceMinisterial", 1_000_000, "2052-01-01", "2052-12-31"),
                 })
        {
            await (await admin.PostJsonAsync($"{Norms}?province=VN-01", norm)).JsonAsync(HttpStatusCode.Created);
        }

        using var officer = await app.OfficerAsync("VN-01");
        using var leader = await app.LeaderAsync("VN-01");
        var start = new DateOnly(2052, 4, 6);
        var delegation = await DelegationBuilder.Delegation().From("KR").On(start, start.AddDays(2))
            .CreateAsync(officer);
        await (await officer.PostJsonAsync(Costs(delegation), Line("PerGuestPerDay", "Lưu trú", 8, 3, 1_100_000)))
            .JsonAsync(HttpStatusCode.Created);
        var sheet = await (await officer.PostJsonAsync(Costs(delegation),
            Line("PerBanquetHead", "Tiệc chiêu đãi", 14, 1, 1_200_000))).JsonAsync(HttpStatusCode.Created);
        foreach (var line in sheet.GetProperty("lines").EnumerateArray())
        {
            await (await leader.PostJsonAsync($"{Costs(delegation)}/{line.GetProperty("id").GetInt32()}/approve",
                new { reason = "Khách cấp Phó Bộ trưởng" })).JsonAsync();
        }

        static JsonElement Of(JsonElement sheet, string kind) => sheet.GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("kind").GetString() == kind);
        async Task<JsonElement> RescheduleAsync(DateOnly from, DateOnly to)
        {
            var version = (await officer.GetDelegationAsync(delegation)).GetProperty("version").GetInt32();
            await (await officer.PutJsonAsync($"/api/delegations/{delegation}",
                DelegationBuilder.Delegation().From("KR").On(from, to).Body(version))).JsonAsync();
            return await (await officer.GetAsync(Costs(delegation))).JsonAsync();
        }

        // The stay grows from 3 to 4 days: the lodging over the whole stay counts 4 days, 800,000 more above the
        // norm than the leader approved, and waits for a new approval; the banquet's approval holds.
        sheet = await RescheduleAsync(start, start.AddDays(3));
        var lodging = Of(sheet, "PerGuestPerDay");
        Assert.Equal(4, lodging.GetProperty("days").GetInt32());
        Assert.Equal("35200000", lodging.GetProperty("total").GetString());
        Assert.True(lodging.GetProperty("needsApproval").GetBoolean());
        Assert.Null(lodging.GetProperty("approvalReason").GetString());
        Assert.False(Of(sheet, "PerBanquetHead").GetProperty("needsApproval").GetBoolean());
        Assert.Equal("52000000", sheet.GetProperty("plannedTotal").GetString());
        Assert.Equal(52_000_000m, (await leader.GetDelegationAsync(delegation)).GetProperty("budgetPlanned")
            .GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await leader.MoveAsync(delegation, DelegationSteps.Approval))
            .StatusCode);

        // Moved to July, under the newer norm: the lodging is within it.
        sheet = await RescheduleAsync(new DateOnly(2052, 7, 6), new DateOnly(2052, 7, 9));
        lodging = Of(sheet, "PerGuestPerDay");
        Assert.False(lodging.GetProperty("exceedsNorm").GetBoolean());
        Assert.Equal("1500000", lodging.GetProperty("normAmount").GetString());
        Assert.Equal(0, sheet.GetProperty("awaitingApproval").GetInt32());

        // A gift line entered before its norm existed is checked when the reception plan is next saved.
        sheet = await (await officer.PostJsonAsync(Costs(delegation), Line("PerGift", "Quà lưu niệm", 2, 1,
            3_000_000))).JsonAsync(HttpStatusCode.Created);
        Assert.False(Of(sheet, "PerGift").GetProperty("exceedsNorm").GetBoolean());
        await (await admin.PostJsonAsync($"{Norms}?province=VN-01",
            Norm("PerGift", "ViceMinisterial", 2_000_000, "2052-01-01", "2052-12-31"))).JsonAsync(HttpStatusCode.Created);
        var plan = await (await officer.GetAsync($"/api/delegations/{delegation}/reception")).JsonAsync();
        await (await officer.PutJsonAsync($"/api/delegations/{delegation}/reception", new
        {
            version = plan.GetProperty("version").GetInt32(),
            talkingPoints = "Quà tặng theo định mức",
        })).JsonAsync();
        sheet = await (await officer.GetAsync(Costs(delegation))).JsonAsync();
        Assert.True(Of(sheet, "PerGift").GetProperty("needsApproval").GetBoolean());
        Assert.Equal("2000000", Of(sheet, "PerGift").GetProperty("normAmount").GetString());
    }

    [Fact]
    public async Task A_cost_line_is_checked_in_full()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var delegation = await DelegationBuilder.Delegation().From("LA").CreateAsync(officer);
        Assert.Equal(["description", "kind", "spent", "unitAmount", "units"], (await (await officer.PostJsonAsync(
            Costs(delegation), new { level = "Other", units = 0, unitAmount = "12.5", spent = -1 }))
            .ProblemFieldsAsync()).Order());
    }
}
