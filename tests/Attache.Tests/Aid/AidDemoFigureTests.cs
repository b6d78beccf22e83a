using Attache.Aid.Iati;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Aid;

/// <summary>The aid figures of FACTS.md, computed from the demo records by the stats endpoint.</summary>
[Collection(DemoCollection.Name)]
public sealed class AidDemoFigureTests(DemoFactory app)
{
    private static readonly string[] OdaKinds = ["OdaGrant", "OdaLoan", "PreferentialLoan"];

    [Fact]
    public async Task Cao_Bang_2020_2025_has_nine_oda_projects_seven_completed_and_41_donors_giving_52_million_usd()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var stats = await (await officer.GetAsync("/api/aid-projects/stats?from=2020-01-01&to=2025-12-31")).JsonAsync();
        var kinds = stats.GetProperty("byKind").EnumerateArray().ToList();
        var oda = kinds.Where(k => OdaKinds.Contains(k.GetProperty("kind").GetString())).ToList();
        Assert.Equal(9, oda.Sum(k => k.GetProperty("projects").GetInt32()));
        Assert.Equal(1_576_566_000_000m, oda.Sum(k => k.Decimal("committedVnd")!.Value));
        Assert.Equal(7, oda.Sum(k => k.GetProperty("completed").GetInt32()));
        Assert.Equal(1_451_355_000_000m, oda.Sum(k => k.Decimal("completedCommittedVnd")!.Value));

        var aid = kinds.Single(k => k.GetProperty("kind").GetString() == "NonRefundableAid");
        Assert.Equal(41, aid.GetProperty("donors").GetInt32());
        var committed = Assert.Single(aid.GetProperty("committed").EnumerateArray());
        Assert.Equal("USD", committed.GetProperty("currency").GetString());
        Assert.Equal(52_000_000m, committed.GetProperty("amount").GetDecimal());
        Assert.NotNull(aid.Decimal("committedVnd"));
        Assert.Empty(stats.GetProperty("missingRates").EnumerateArray());

        string[] themes = ["16010", "12220", "11220", "43040", "22040"];
        var sectors = stats.GetProperty("bySector").EnumerateArray().Select(s => s.GetProperty("code").GetString())
            .ToList();
        Assert.All(themes, code => Assert.Contains(code, sectors));
    }

    [Fact]
    public async Task Lai_Chau_2021_2025_received_226_billion_vnd_of_non_refundable_aid_in_five_currencies()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var stats = await (await officer.GetAsync("/api/aid-projects/stats?from=2021-01-01&to=2025-12-31")).JsonAsync();
        var aid = stats.GetProperty("byKind").EnumerateArray()
            .Single(k => k.GetProperty("kind").GetString() == "NonRefundableAid");
        Assert.Equal(226_000_000_000m, aid.Decimal("committedVnd"));
        Assert.Equal(["EUR", "JPY", "KRW", "USD", "VND"], aid.GetProperty("committed").EnumerateArray()
            .Select(m => m.GetProperty("currency").GetString()));
        Assert.Empty(stats.GetProperty("missingRates").EnumerateArray());
        string[] themes = ["12220", "11220", "14031", "31120", "41010"];
        var sectors = stats.GetProperty("bySector").EnumerateArray().Select(s => s.GetProperty("code").GetString())
            .ToList();
        Assert.All(themes, code => Assert.Contains(code, sectors));
        Assert.Contains(stats.GetProperty("byDonor").EnumerateArray(), d => d.GetProperty("name")
            .GetString()!.StartsWith("Embassy of Japan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_projects_use_real_sector_codes_communes_of_their_province_and_export_valid_iati()
    {
        foreach (var (province, communes) in new[] { ("VN-04",
            new[] { "Trùng Khánh", "Hà Quảng", "Bảo Lạc", "Quảng Hòa" }),
            ("VN-01", new[] { "Phong Thổ", "Sìn Hồ", "Tam Đường", "Than Uyên" }) })
        {
            using var officer = await app.OfficerAsync(province);
            foreach (var commune in communes)
            {
                var page = await (await officer.GetAsync($"/api/aid-projects?commune={Uri.EscapeDataString(commune)}"))
                    .JsonAsync();
                Assert.True(page.GetProperty("total").GetInt32() > 0, $"{province}: no project in {commune}");
            }

            var first = (await (await officer.GetAsync("/api/aid-projects?pageSize=200")).JsonAsync())
                .GetProperty("items");
            foreach (var row in first.EnumerateArray().Take(20))
            {
                var project = await (await officer.GetAsync($"/api/aid-projects/{row.GetProperty("id").GetInt32()}"))
                    .JsonAsync();
                var sectors = project.GetProperty("sectors").EnumerateArray().ToList();
                Assert.Equal(100m, sectors.Sum(s => s.GetProperty("percentage").GetDecimal()));
                Assert.All(sectors, s => Assert.True(IatiCodeLists.IsSector(s.GetProperty("code").GetString()),
                    s.ToString()));
            }

            var xml = await (await officer.GetAsync("/api/iati/activities.xml")).Content
            .ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Empty(IatiFiles.SchemaErrors(xml));
        }
    }

    [Fact]
    public void The_enums_carry_the_codes_and_names_of_the_official_code_lists()
    {
        foreach (var status in Enum.GetValues<Attache.Aid.ActivityStatus>())
        {
            Assert.StartsWith(status.ToString()[..4], IatiCodeLists.Name(IatiCodeLists.ActivityStatus, ((int)status)
                .ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var type in Enum.GetValues<Attache.Aid.TransactionType>())
        {
            Assert.Equal(type.ToString(), IatiCodeLists.Name(IatiCodeLists.TransactionType, ((int)type)
                .ToString(System.Globalization.CultureInfo.InvariantCulture))!.Replace(" ", "",
                StringComparison.Ordinal), ignoreCase: true);
        }

        foreach (var role in Enum.GetValues<Attache.Aid.ParticipantRole>())
        {
            Assert.Equal(role.ToString(), IatiCodeLists.Name(IatiCodeLists.OrganisationRole, ((int)role)
                .ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
