using System.Net;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Agreements;

public sealed class AgreementFieldTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task The_fields_of_the_issue_exist_from_the_start_in_both_languages()
    {
        using var viewer = await app.ViewerAsync();
        var fields = (await (await viewer.GetAsync("/api/agreement-fields")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["high-tech-agriculture", "tourism", "education", "labour-employment", "trade", "health",
            "culture",
            "border-management", "environment", "investment", "other"],
                fields.Take(11).Select(f => f.GetProperty("code").GetString()));
        var tourism = fields.Single(f => f.GetProperty("code").GetString() == "tourism");
        Assert.Equal("Du lịch", tourism.GetProperty("nameVi").GetString());
        Assert.Equal("Tourism", tourism.GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task Only_the_administrator_extends_the_list()
    {
        var field = new
        {
            code = "digital-transformation", nameVi = "Chuyển đổi số",
            nameEn = "Digital transformation"
        };
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        using var national = await app.NationalAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/agreement-fields", field))
            .StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostJsonAsync("/api/agreement-fields", field)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await national.PostJsonAsync("/api/agreement-fields", field))
            .StatusCode);

        using var admin = await app.AdminAsync();
        var created = await (await admin.PostJsonAsync("/api/agreement-fields", field))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/agreement-fields", field)).StatusCode);
        Assert.Equal(["code"], await (await admin.PostJsonAsync("/api/agreement-fields",
            new { code = "Not A Code", nameVi = "x", nameEn = "x" })).ProblemFieldsAsync());
        var renamed = await (await admin.PutJsonAsync($"/api/agreement-fields/{created.GetProperty("id").GetInt32()}",
            new
            {
                code = "digital-transformation", nameVi = "Chuyển đổi số, đổi mới sáng tạo",
                nameEn = "Digital transformation and innovation", version = created.GetProperty("version").GetInt32(),
            })).JsonAsync();
        Assert.Equal("Digital transformation and innovation", renamed.GetProperty("nameEn").GetString());

        // Every province may use the new field at once.
        var partner = await AgreementBuild.PartnerAsync(officer, "JP", "Field city");
        var agreement = await AgreementBuild.CreateAsync(officer,
            AgreementBuild.Body([partner], ["digital-transformation"]));
        Assert.Equal("Chuyển đổi số, đổi mới sáng tạo",
            agreement.GetProperty("fields")[0].GetProperty("nameVi").GetString());
        var list = (await (await officer.GetAsync("/api/agreement-fields")).JsonAsync()).EnumerateArray();
        Assert.Equal("digital-transformation", list.Last().GetProperty("code").GetString());
    }
}
