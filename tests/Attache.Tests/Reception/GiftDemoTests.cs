using Attache.Tests.Infrastructure;

namespace Attache.Tests.Reception;

[Collection(DemoCollection.Name)]
public sealed class GiftDemoTests(DemoFactory app)
{
    [Theory]
    [InlineData("VN-01")]
    [InlineData("VN-04")]
    public async Task Each_province_has_its_norms_and_the_gifts_of_its_Korean_Chinese_and_Lao_delegations(
        string province)
    {
        using var leader = await app.LeaderAsync(province);
        var norms = await (await leader.GetAsync("/api/spending-norms?on=2025-06-01&pageSize=50")).JsonAsync();
        Assert.Equal(12, norms.GetProperty("total").GetInt32());
        Assert.All(norms.GetProperty("items").EnumerateArray(),
            n => Assert.Contains("QĐ-UBND", n.GetProperty("decision").GetString()));

        var register = await (await leader.GetAsync("/api/gifts/register?year=2025")).JsonAsync();
        var received = register.GetProperty("received").GetProperty("count").GetInt32();
        Assert.True(received >= 2, $"{received} gifts received");
        Assert.Equal(received, register.GetProperty("given").GetProperty("count").GetInt32());
        Assert.All(register.GetProperty("gifts").EnumerateArray(), g => Assert.NotEqual(System.Text.Json.JsonValueKind.Null,
            g.GetProperty("delegationId").ValueKind));

        // Every delegation with gifts has its reception costs, within the norms or approved, and its budget is theirs.
        foreach (var id in register.GetProperty("gifts").EnumerateArray().Select(g => g.GetProperty("delegationId")
            .GetInt32()).Distinct())
        {
            var sheet = await (await leader.GetAsync($"/api/delegations/{id}/reception/costs")).JsonAsync();
            Assert.Equal(3, sheet.GetProperty("lines").GetArrayLength());
            Assert.Equal(0, sheet.GetProperty("awaitingApproval").GetInt32());
            Assert.Equal(sheet.GetProperty("plannedTotal").GetString(), sheet.GetProperty("budgetPlanned").GetString());
        }
    }

    [Fact]
    public async Task The_Korean_banquet_in_Lai_Chau_exceeded_its_norm_with_the_leader_s_approval()
    {
        using var leader = await app.LeaderAsync("VN-01");
        var gifts = await (await leader.GetAsync("/api/gifts?year=2025&search=mungyeong")).JsonAsync();
        var delegation = gifts.GetProperty("items")[0].GetProperty("delegationId").GetInt32();
        var sheet = await (await leader.GetAsync($"/api/delegations/{delegation}/reception/costs")).JsonAsync();
        var over = Assert.Single(sheet.GetProperty("lines").EnumerateArray(), l => l.GetProperty("exceedsNorm")
            .GetBoolean());
        Assert.Equal("PerBanquetHead", over.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(over.GetProperty("approvalReason").GetString()));
        Assert.Equal("Lãnh đạo Sở Ngoại vụ Lai Châu", over.GetProperty("approvedBy").GetString());
    }
}
