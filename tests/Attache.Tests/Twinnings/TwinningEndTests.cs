using System.Globalization;
using System.Net;
using System.Text.Json;
using Attache.Infrastructure;
using Attache.Reports;
using Attache.Tests.Infrastructure;
using Attache.Twinnings;

namespace Attache.Tests.Twinnings;

/// <summary>Issue 9 point 3: a pair is active at a period's end when signed by then and not ended by then, by its
/// end date (endedOn); a Dormant or Ended pair without one is not counted and is warned about.</summary>
public sealed class TwinningEndTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Province = "VN-04";

    private static async Task<int> PartnerAsync(HttpClient client, string name)
    {
        var created = await (await client.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country = "CN", nameLatin = name }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private static async Task<(int Stats, int Summary, int Undated)> ActiveAsync(HttpClient viewer, int year)
    {
        var period = $"from={year}-01-01&to={year}-12-31";
        var stats = await (await viewer.GetAsync($"/api/twinnings/stats?{period}")).JsonAsync();
        Assert.Equal($"{year}-12-31", stats.GetProperty("activeOn").GetString());
        var summary = await (await viewer.GetAsync($"/api/reports/summary?{period}")).JsonAsync();
        return (stats.GetProperty("active").GetInt32(),
            summary.GetProperty("twinnings").GetProperty("active").GetInt32(),
            stats.GetProperty("notActiveUndated").GetInt32());
    }

    [Fact]
    public async Task A_pair_ended_in_2020_was_active_at_the_end_of_2015_and_not_at_the_end_of_2020()
    {
        using var officer = await app.OfficerAsync(Province);
        using var viewer = await app.ViewerAsync(Province);
        var partner = await PartnerAsync(officer, "Ended Later County");
        var before2015 = await ActiveAsync(viewer, 2015);
        var before2020 = await ActiveAsync(viewer, 2020);

        var created = await (await officer.PostJsonAsync("/api/twinnings", new
        {
            localityName = "Xã Kết Thúc 2020", localityKind = "Commune", partnerId = partner, signedOn = "2010-04-01",
            status = "Ended", endedOn = "2020-06-30",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("2020-06-30", created.GetProperty("endedOn").GetString());

        var after2015 = await ActiveAsync(viewer, 2015);
        var after2020 = await ActiveAsync(viewer, 2020);
        Assert.Equal(before2015.Stats + 1, after2015.Stats);
        Assert.Equal(before2015.Summary + 1, after2015.Summary);
        Assert.Equal(before2020.Stats, after2020.Stats);
        Assert.Equal(before2020.Summary, after2020.Summary);
        // Dated, so never among the undated ones.
        Assert.Equal(before2015.Undated, after2015.Undated);
        Assert.Equal(before2020.Undated, after2020.Undated);
    }

    [Fact]
    public async Task An_ended_pair_without_an_end_date_is_not_counted_and_is_warned_about()
    {
        using var viewer = await app.ViewerAsync(Province);
        var before = await ActiveAsync(viewer, 2015);
        var province = await app.ProvinceIdAsync(Province);
        await app.WithDbAsync(async (db, _) =>
        {
            var partner = new Attache.Partners.Partner
            {
                ProvinceId = province, Kind = Attache.Partners.PartnerKind.ForeignLocality, Country = "CN",
                NameLatin = "Undated County",
            };
            db.Add(partner);
            await db.SaveChangesAsync();
            // A record from before the register kept end dates.
            var pair = new Twinning
            {
                ProvinceId = province, LocalityName = "Xã Không Rõ", PartnerId = partner.Id,
                SignedOn = new(2011, 1, 1)
            };
            pair.ChangeStatus(TwinningStatus.Ended, new(2024, 1, 1));
            pair.EndedOn = null;
            db.Add(pair);
            await db.SaveChangesAsync();
        });

        var after = await ActiveAsync(viewer, 2015);
        Assert.Equal(before.Stats, after.Stats);
        Assert.Equal(before.Summary, after.Summary);
        Assert.Equal(before.Undated + 1, after.Undated);
        var summary = await (await viewer.GetAsync("/api/reports/summary?from=2015-01-01&to=2015-12-31")).JsonAsync();
        var warning = ReportQueries.TwinningsNotCounted(after.Undated);
        Assert.Contains(warning, summary.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains("without an end date", warning, StringComparison.Ordinal);
        Assert.StartsWith($"{after.Undated} quan hệ kết nghĩa", ReportText.Warning(warning, true),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_end_before_the_signing_is_a_400_naming_the_field()
    {
        using var officer = await app.OfficerAsync(Province);
        var partner = await PartnerAsync(officer, "Backwards County");
        var response = await officer.PostJsonAsync("/api/twinnings", new
        {
            localityName = "Xã Ngược", localityKind = "Commune", partnerId = partner, signedOn = "2015-05-01",
            status = "Ended",
            endedOn = "2015-04-30",
        });
        Assert.Equal(["endedOn"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task Moving_to_ended_dates_the_end_today_and_back_to_active_clears_it()
    {
        using var officer = await app.OfficerAsync(Province);
        var partner = await PartnerAsync(officer, "Moving County");
        var today = await app.WithDbAsync(db => Task.FromResult(db.Clock.TodayInVietnam()));
        object Body(string status, int version, string? endedOn = null) => new
        {
            localityName = "Xã Chuyển", localityKind = "Commune", partnerId = partner, signedOn = "2012-02-02", status,
            endedOn, version,
        };
        var id = (await (await officer.PostJsonAsync("/api/twinnings", Body("Active", 0)))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var dormant = await (await officer.PutJsonAsync($"/api/twinnings/{id}", Body("Dormant", 1))).JsonAsync();
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dormant.GetProperty("endedOn").GetString());
        var active = await (await officer.PutJsonAsync($"/api/twinnings/{id}", Body("Active", 2, "2020-01-01")))
            .JsonAsync();
        Assert.Equal(JsonValueKind.Null, active.GetProperty("endedOn").ValueKind);
        var ended = await (await officer.PutJsonAsync($"/api/twinnings/{id}", Body("Ended", 3))).JsonAsync();
        Assert.Equal("Ended", ended.GetProperty("status").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ended.GetProperty("endedOn").GetString());
    }
}
