using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Delegations;

public sealed class DelegationOptionsTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Theory]
    [InlineData("0")]
    [InlineData("400")]
    public void A_report_deadline_out_of_range_stops_the_app_at_start(string days)
    {
        using var misconfigured = app.WithWebHostBuilder(b => b.UseSetting("Attache:Delegations:ReportDueDays", days));
        var error = Assert.Throws<OptionsValidationException>(() => misconfigured.CreateClient());
        Assert.Contains("ReportDueDays", error.Message);
    }

    [Fact]
    public async Task The_report_deadline_follows_the_setting()
    {
        using var thirtyDays = app.WithWebHostBuilder(b => b.UseSetting("Attache:Delegations:ReportDueDays", "30"));
        using var client = thirtyDays.CreateClient();
        async Task<HttpClient> As(string email)
        {
            var login = await (await client.PostAsJsonAsync("/api/auth/login",
                new { email, password = AttacheFactory.Password })).JsonAsync();
            var signedIn = thirtyDays.CreateClient();
            signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                login.GetProperty("accessToken").GetString());
            return signedIn;
        }

        using var officer = await As("officer.laichau@attache.demo");
        using var leader = await As("leader.laichau@attache.demo");
        var back = app.Today.AddDays(-20);
        var id = await Delegation().Outbound().Titled("Thirty days check").On(back.AddDays(-3), back)
            .CreateAsync(officer);
        await (await leader.MoveAsync(id, DelegationSteps.Approval)).JsonAsync();
        await (await officer.MoveAsync(id, "UnderWay")).JsonAsync();
        var completed = await (await officer.MoveAsync(id, "Completed")).JsonAsync();

        Assert.Equal(back.AddDays(30).ToString("yyyy-MM-dd"), completed.GetProperty("reportDue").GetString());
        var overdue = await (await officer.GetAsync("/api/delegations/overdue-reports")).JsonAsync();
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/delegations/{id}")).StatusCode);
    }
}
