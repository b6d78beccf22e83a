using System.Net;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Reports;

public sealed class ReportPageTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task The_national_page_compares_the_provinces()
    {
        using var national = await app.NationalAsync();
        var response = await national.GetAsync(
            "/reports?province=all&from=2020-01-01&to=2025-12-31&compareFrom=2016-01-01&compareTo=2019-12-31");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("SO SÁNH GIỮA CÁC TỈNH", html);
        Assert.Contains("Lai Châu", html);
        Assert.Contains("Toàn quốc", html);
        Assert.Contains("/api/reports/summary.docx?province=all&amp;from=2020-01-01", html);
        Assert.Contains("<figure class=\"chart\">", html);
    }

    [Fact]
    public async Task Bad_dates_on_the_page_are_explained_not_an_error_page()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var response = await officer.GetAsync("/reports?from=2025-01-01&to=2020-12-31");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày bắt đầu kỳ báo cáo sau ngày kết thúc.", html);
        Assert.DoesNotContain("<article class=\"report\"", html);
    }

    [Fact]
    public async Task A_first_visit_shows_the_form_with_a_default_period()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var html = await (await officer.GetAsync("/reports")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"from\"", html);
        Assert.DoesNotContain("name=\"province\"", html); // a province user reports on their own province
        Assert.DoesNotContain("<article class=\"report\"", html);
    }
}
