using System.Net;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Hardening;

/// <summary>Issue 10, point 10: an address with no page is a 404 page inside the layout with a way back, a query
/// value a page cannot read a 400 naming it (not yet a page of its own), while the API keeps answering problems.
/// </summary>
public sealed class ErrorPageTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static async Task<(HttpStatusCode Status, string Type, string Body)> GetAsync(HttpClient client, string url,
        string language = "vi-VN")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/delegations?page=abc", "page")]
    [InlineData("/holidays?year=abc", "Year")]
    public async Task A_query_value_a_page_cannot_read_is_a_400_naming_it_never_a_500(string url, string field)
    {
        using var admin = await app.AdminAsync();
        var (status, type, body) = await GetAsync(admin, url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains($"'abc' is not a valid value for {field}.", body);
    }

    [Fact]
    public async Task An_address_with_no_page_is_a_404_inside_the_layout_with_a_way_back()
    {
        using var officer = await app.OfficerAsync();
        var (status, type, body) = await GetAsync(officer, "/no-such-page/at-all");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", type);
        Assert.Contains("Không có trang nào ở địa chỉ này", body);
        Assert.Contains("href=\"/\"", body);
        Assert.Contains("class=\"mainnav\"", body);

        var english = await GetAsync(officer, "/no-such-page", "en-GB");
        Assert.Equal(HttpStatusCode.NotFound, english.Status);
        Assert.Contains("No page at this address", english.Body);
    }

    [Fact]
    public async Task The_api_keeps_answering_problems()
    {
        using var officer = await app.OfficerAsync();
        using var missing = await officer.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var wrongType = await officer.GetAsync("/api/partners?kind=Nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("application/problem+json", wrongType.Content.Headers.ContentType?.MediaType);
        Assert.Contains("kind", await wrongType.Content.ReadAsStringAsync());
    }
}
