using Attache.Tests.Infrastructure;

namespace Attache.Tests.Labour;

[Collection(DemoCollection.Name)]
public sealed class LabourDemoTests(DemoFactory app)
{
    [Fact]
    public async Task The_Mungyeong_programme_pays_25_to_40_million_and_has_three_cohorts()
    {
        using var viewer = await app.ViewerAsync("VN-01");
        var list = await (await viewer.GetAsync("/api/labour-programmes?search=Mungyeong")).JsonAsync();
        var row = list.GetProperty("items")[0];
        Assert.Equal((25_000_000m, 40_000_000m), (row.GetProperty("payMinVnd").GetDecimal(),
            row.GetProperty("payMaxVnd").GetDecimal()));
        var programme = await (await viewer.GetAsync($"/api/labour-programmes/{row.GetProperty("id").GetInt32()}"))
            .JsonAsync();
        Assert.Equal("Mungyeong aloe vera farm", programme.GetProperty("employers")[0].GetProperty("name").GetString());
        Assert.Equal(["2023-04-03", "2024-03-18", "2025-05-12"],
            programme.GetProperty("cohorts").EnumerateArray().Select(c => c.GetProperty("departureOn").GetString()));
    }

    [Fact]
    public async Task Dong_Van_Toan_and_his_wife_came_back_from_the_2023_cohort_after_7_months()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var list = await (await officer.GetAsync("/api/labour-programmes?search=Mungyeong")).JsonAsync();
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt32();
        var cohort = (await (await officer.GetAsync($"/api/labour-programmes/{id}/cohorts?pageSize=1")).JsonAsync())
            .GetProperty("items")[0];
        var workers = await (await officer.GetAsync($"/api/labour-programmes/{id}/cohorts/{cohort.GetProperty("id")
            .GetInt32()}/workers?search=Huổi")).JsonAsync();
        var toan = workers.GetProperty("items").EnumerateArray()
            .Single(w => w.GetProperty("fullName").GetString() == "Đồng Văn Toàn");
        Assert.Equal("Phong Thổ", toan.GetProperty("communeOfOrigin").GetString());
        Assert.Equal(37_000_000m, toan.GetProperty("monthlyPayVnd").GetDecimal());
        var months = (DateOnly.Parse(toan.GetProperty("returnedOn").GetString()!).ToDateTime(TimeOnly.MinValue)
            - DateOnly.Parse(toan.GetProperty("departedOn").GetString()!)
                .ToDateTime(TimeOnly.MinValue)).TotalDays / 30.4;
        Assert.Equal(7, Math.Round(months));
        Assert.Contains(workers.GetProperty("items").EnumerateArray(), w => w.GetProperty("gender")
            .GetString() == "Female"
            && w.GetProperty("villageOfOrigin").GetString() == "Huổi Bắc");
    }
}
