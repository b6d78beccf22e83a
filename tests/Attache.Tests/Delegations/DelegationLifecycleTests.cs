using System.Net;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Delegations;

public sealed class DelegationLifecycleTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static readonly string[] Statuses = ["Proposed", "Approved", "UnderWay", "Completed", "Reported",
        "Cancelled"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Proposed"] = ["Approved", "Cancelled"],
        ["Approved"] = ["UnderWay", "Cancelled"],
        ["UnderWay"] = ["Completed", "Cancelled"],
        ["Completed"] = ["Reported"],
        ["Reported"] = [],
        ["Cancelled"] = [],
    };

    /// <summary>A delegation brought to the given status along the legal path.</summary>
    private async Task<int> InStatusAsync(string status)
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var id = await Delegation().Outbound().To("KR").On(new(2025, 3, 10), new(2025, 3, 14)).CreateAsync(officer);
        string[] path = status switch
        {
            "Proposed" => [],
            "Approved" => ["Approved"],
            "UnderWay" => ["Approved", "UnderWay"],
            "Completed" => ["Approved", "UnderWay", "Completed"],
            "Reported" => ["Approved", "UnderWay", "Completed", "Reported"],
            "Cancelled" => ["Cancelled"],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path)
        {
            var response = step switch
            {
                "Approved" => await leader.MoveAsync(id, DelegationSteps.Approval),
                "Cancelled" => await officer.MoveAsync(id, DelegationSteps.Cancellation),
                _ => await officer.MoveAsync(id, step),
            };
            Assert.Equal(step, (await response.JsonAsync()).GetProperty("status").GetString());
        }

        return id;
    }

    [Fact]
    public async Task A_delegation_goes_from_proposal_to_report_recording_each_step()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var id = await Delegation().Outbound().To("KR").On(new(2030, 5, 4), new(2030, 5, 9)).CreateAsync(officer);
        var proposed = await officer.GetDelegationAsync(id);
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());
        Assert.Equal(["Approved", "Cancelled"], proposed.GetProperty("allowedTransitions").EnumerateArray()
            .Select(s => s.GetString()));

        var approved = await (await leader.MoveAsync(id, DelegationSteps.Approval)).JsonAsync();
        Assert.Equal("1234/QĐ-UBND", approved.GetProperty("decisionNumber").GetString());
        Assert.Equal("2025-02-20", approved.GetProperty("decisionDate").GetString());
        Assert.Equal("Ủy ban nhân dân tỉnh", approved.GetProperty("approvingAuthority").GetString());

        var underWay = await (await officer.MoveAsync(id, new { to = "UnderWay", actualStart = "2030-05-05" }))
            .JsonAsync();
        Assert.Equal("2030-05-05", underWay.GetProperty("startsOn").GetString());

        var completed = await (await officer.MoveAsync(id, new { to = "Completed", actualEnd = "2030-05-10" }))
            .JsonAsync();
        Assert.Equal("2030-05-10", completed.GetProperty("actualEnd").GetString());
        Assert.Equal("2030-05-25", completed.GetProperty("reportDue").GetString());

        var reported = await (await officer.MoveAsync(id, new
        {
            to = "Reported", reportedOn = "2030-05-20",
            outcome = "Ký biên bản ghi nhớ về lao động thời vụ."
        })).JsonAsync();
        Assert.Equal("Reported", reported.GetProperty("status").GetString());
        Assert.Equal("2030-05-20", reported.GetProperty("reportedOn").GetString());
        Assert.Equal(0, reported.GetProperty("allowedTransitions").GetArrayLength());

        var history = await (await officer.GetAsync($"/api/audit?entity=delegation&id={id}&pageSize=50")).JsonAsync();
        Assert.Contains(history.GetProperty("items").EnumerateArray(), i => i.GetProperty("changes").EnumerateArray()
            .Any(c => c.GetProperty("field").GetString() == "status" && c.GetProperty("to").GetString() == "Approved"));
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Approved")]
    [InlineData("UnderWay")]
    public async Task A_delegation_may_be_cancelled_before_it_is_completed(string status)
    {
        var id = await InStatusAsync(status);
        using var officer = await app.OfficerAsync();
        var cancelled = await (await officer.MoveAsync(id, new { to = "Cancelled", reason = "Đối tác đề nghị hoãn" }))
            .JsonAsync();
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal("Đối tác đề nghị hoãn", cancelled.GetProperty("cancellationReason").GetString());
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Approved")]
    [InlineData("UnderWay")]
    [InlineData("Completed")]
    [InlineData("Reported")]
    [InlineData("Cancelled")]
    public async Task Every_illegal_transition_answers_409_naming_the_allowed_ones(string status)
    {
        var id = await InStatusAsync(status);
        using var leader = await app.LeaderAsync();
        foreach (var target in Statuses.Except(Allowed[status]))
        {
            var response = target == "Approved" ? await leader.MoveAsync(id, DelegationSteps.Approval)
                : await leader.MoveAsync(id, target);
            var problem = await response.JsonAsync(HttpStatusCode.Conflict);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains($"is {status}", detail);
            foreach (var allowed in Allowed[status])
            {
                Assert.Contains(allowed, detail);
            }

            if (Allowed[status].Length == 0)
            {
                Assert.Contains("allowed transitions: none", detail);
            }
        }

        Assert.Equal(status, (await leader.GetDelegationAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_a_leader_approves_and_the_decision_must_be_recorded()
    {
        var id = await InStatusAsync("Proposed");
        using var officer = await app.OfficerAsync();
        using var viewer = await app.ViewerAsync();
        using var leader = await app.LeaderAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.MoveAsync(id, DelegationSteps.Approval)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.MoveAsync(id, DelegationSteps.Approval)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.MoveAsync(id, "Cancelled")).StatusCode);

        Assert.Equal(["decisionNumber"], await (await leader.MoveAsync(id, new
        {
            to = "Approved",
            decisionDate = "2030-02-20", approvingAuthority = "UBND tỉnh"
        })).ProblemFieldsAsync());
        Assert.Equal(["decisionDate"], await (await leader.MoveAsync(id, new
        {
            to = "Approved",
            decisionNumber = "12/QĐ", approvingAuthority = "UBND tỉnh"
        })).ProblemFieldsAsync());
        Assert.Equal(["approvingAuthority"], await (await leader.MoveAsync(id, new
        {
            to = "Approved",
            decisionNumber = "12/QĐ", decisionDate = "2030-02-20"
        })).ProblemFieldsAsync());
        Assert.Equal(["to"], await (await leader.MoveAsync(id, new { decisionNumber = "12/QĐ" })).ProblemFieldsAsync());
        Assert.Contains("to", await (await leader.MoveAsync(id, new { to = "Teleported" })).ProblemFieldsAsync());
        Assert.Equal("Proposed", (await officer.GetDelegationAsync(id)).GetProperty("status").GetString());

        Assert.Equal("Approved", (await (await leader.MoveAsync(id, DelegationSteps.Approval)).JsonAsync())
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_transition_from_a_stale_version_answers_409()
    {
        var id = await InStatusAsync("Proposed");
        using var leader = await app.LeaderAsync();
        var response = await leader.MoveAsync(id, new { to = "Cancelled", version = 7 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Cancelled", (await (await leader.MoveAsync(id, new { to = "Cancelled", reason = "Hoãn", version = 1 }))
            .JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Dates_must_be_consistent()
    {
        using var officer = await app.OfficerAsync();
        Assert.Equal(["plannedEnd"], await (await officer.PostJsonAsync("/api/delegations",
            Delegation().On(new(2030, 3, 10), new(2030, 3, 9)).Body())).ProblemFieldsAsync());
        Assert.Equal(["actualEnd"], await (await officer.PostJsonAsync("/api/delegations",
            Delegation().Actually(new(2030, 3, 12), new(2030, 3, 11)).Body())).ProblemFieldsAsync());
        Assert.Equal(["actualEnd"], await (await officer.PostJsonAsync("/api/delegations",
            Delegation().Actually(null, new(2030, 3, 11)).Body())).ProblemFieldsAsync());

        var id = await InStatusAsync("UnderWay");
        Assert.Equal(["actualEnd"], await (await officer.MoveAsync(id, new
        {
            to = "Completed",
            actualEnd = "2025-03-01"
        })).ProblemFieldsAsync());
        await (await officer.MoveAsync(id, new { to = "Completed", actualEnd = "2025-03-14" })).JsonAsync();
        Assert.Equal(["reportedOn"], await (await officer.MoveAsync(id, new
        {
            to = "Reported",
            reportedOn = "2025-03-13"
        })).ProblemFieldsAsync());
        Assert.Equal(["date"], await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary",
            new { date = "2025-03-20", place = "Seoul", activity = "Làm việc" })).ProblemFieldsAsync());
        Assert.Equal(["endTime"], await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary",
            new
            {
                date = "2025-03-11", startTime = "14:00", endTime = "09:00", place = "Seoul",
                activity = "Làm việc"
            })).ProblemFieldsAsync());
        Assert.Equal("Completed", (await officer.GetDelegationAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_delegation_that_took_place_cannot_be_deleted()
    {
        using var officer = await app.OfficerAsync();
        var done = await InStatusAsync("Completed");
        Assert.Equal(HttpStatusCode.Conflict, (await officer.DeleteAsync($"/api/delegations/{done}")).StatusCode);
        var proposed = await InStatusAsync("Proposed");
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/delegations/{proposed}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/delegations/{proposed}")).StatusCode);
    }
}
