using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Delegations;

/// <summary>Test data for delegations, built like the form fills them:
/// Build.Delegation().Outbound().To("KR")….</summary>
public sealed class DelegationBuilder
{
    private string direction = "Inbound";
    private string title = "Đoàn công tác thử nghiệm";
    private string level = "Department";
    private DateOnly start = new(2030, 3, 10);
    private DateOnly end = new(2030, 3, 13);
    private DateOnly? actualStart;
    private DateOnly? actualEnd;
    private string[] countries = ["CN"];
    private int[] partnerIds = [];
    private int? members = 6;
    private int? foreign;

    public static DelegationBuilder Delegation() => new();

    public DelegationBuilder Inbound() { direction = "Inbound"; return this; }

    public DelegationBuilder Outbound() { direction = "Outbound"; return this; }

    public DelegationBuilder Titled(string text) { title = text; return this; }

    public DelegationBuilder From(params string[] codes) { countries = codes; return this; }

    public DelegationBuilder To(params string[] codes) { countries = codes; return this; }

    public DelegationBuilder With(params int[] partners) { partnerIds = partners; return this; }

    public DelegationBuilder On(DateOnly first, DateOnly last) { start = first; end = last; return this; }

    public DelegationBuilder Actually(DateOnly? first,
        DateOnly? last)
    { actualStart = first; actualEnd = last; return this; }

    public DelegationBuilder People(int memberCount,
        int? foreignVisitors = null)
    { members = memberCount; foreign = foreignVisitors; return this; }

    public object Body(int? version = null) => new
    {
        direction,
        title,
        purpose = "Trao đổi hợp tác",
        level,
        headName = "Nguyễn Văn An",
        headTitle = "Phó Giám đốc",
        headOrganisation = "Sở Ngoại vụ",
        partnerIds,
        countries,
        plannedStart = start,
        plannedEnd = end,
        actualStart,
        actualEnd,
        places = "Thành phố Lai Châu",
        memberCount = members,
        foreignVisitorCount = foreign,
        budgetPlanned = direction == "Outbound" ? 250_000_000m : (decimal?)null,
        version,
    };

    public async Task<int> CreateAsync(HttpClient client)
    {
        var created = await (await client.PostJsonAsync("/api/delegations", Body())).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    /// <summary>Creates the delegation and takes it through approval to Completed, so that it counts as having taken
    /// place; <paramref name="leader"/> must be allowed to approve.</summary>
    public async Task<int> CreateHeldAsync(HttpClient leader, string until = "Completed")
    {
        var id = await CreateAsync(leader);
        await leader.HoldAsync(id, until);
        return id;
    }
}

public static class DelegationSteps
{
    public static object Approval => new
    {
        to = "Approved",
        decisionNumber = "1234/QĐ-UBND",
        decisionDate = "2025-02-20",
        approvingAuthority = "Ủy ban nhân dân tỉnh",
    };

    /// <summary>A cancellation: it needs a reason.</summary>
    public static object Cancellation => new { to = "Cancelled", reason = "Đối tác đề nghị hoãn chuyến thăm" };

    /// <summary>Approves the delegation and moves it on to <paramref name="until"/>: it has then taken place.</summary>
    public static async Task HoldAsync(this HttpClient leader, int id, string until = "Completed")
    {
        var steps = new[] { "Approved", "UnderWay", "Completed", "Reported" };
        foreach (var step in steps[..(Array.IndexOf(steps, until) + 1)])
        {
            var moved = await leader.MoveAsync(id, step == "Approved" ? Approval : new { to = step });
            Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        }
    }

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, int id, object body) =>
        client.PostJsonAsync($"/api/delegations/{id}/transitions", body);

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, int id, string to) =>
        client.PostJsonAsync($"/api/delegations/{id}/transitions", new { to });

    public static async Task<JsonElement> GetDelegationAsync(this HttpClient client, int id) =>
        await (await client.GetAsync($"/api/delegations/{id}")).JsonAsync();
}
