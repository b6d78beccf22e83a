using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Agreements.AgreementBuild;

namespace Attache.Tests.Agreements;

public sealed class AgreementLifecycleTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private async Task<(HttpClient Officer, HttpClient Leader, int Id)> ProposedAsync()
    {
        var officer = await app.OfficerAsync();
        var leader = await app.LeaderAsync();
        var partner = await PartnerAsync(officer, "KR", "Lifecycle City " + Guid.NewGuid().ToString("N")[..6]);
        var id = (await CreateAsync(officer, Body([partner]))).GetProperty("id").GetInt32();
        return (officer, leader, id);
    }

    private async Task<string> StatusAsync(HttpClient client, int id) =>
        (await (await client.GetAsync($"/api/agreements/{id}")).JsonAsync()).GetProperty("status").GetString()!;

    [Fact]
    public async Task A_new_agreement_is_proposed_and_says_where_it_can_go()
    {
        var (officer, _, id) = await ProposedAsync();
        var dto = await (await officer.GetAsync($"/api/agreements/{id}")).JsonAsync();
        Assert.Equal("Proposed", dto.GetProperty("status").GetString());
        Assert.Equal(["Consulting", "Withdrawn"], dto.GetProperty("allowedTransitions").EnumerateArray()
            .Select(s => s.GetString()));
        var transitions = await (await officer.GetAsync($"/api/agreements/{id}/transitions")).JsonAsync();
        Assert.Equal("Proposed", transitions.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Walks_the_whole_legal_path_to_expired()
    {
        var (officer, leader, id) = await ProposedAsync();
        var consulting = await Ok(await MoveAsync(officer, id, "Consulting"));
        Assert.Equal(JsonValueKind.Null, consulting.GetProperty("endedOn").ValueKind);
        await Ok(await MoveAsync(leader, id, "Approved", Approval("2024-03-01")));
        var signed = await Ok(await MoveAsync(officer, id, "Signed",
            new
            {
                signedOn = "2024-03-15", signedPlace = "Mungyeong", provinceSignatory = "Chủ tịch UBND tỉnh",
                partnerSignatory = "Mayor"
            }));
        Assert.Equal("2024-03-15", signed.GetProperty("signedOn").GetString());
        Assert.Equal("512/QĐ-UBND", signed.GetProperty("approvalNumber").GetString());
        var inForce = await Ok(await MoveAsync(officer, id, "InForce",
            new { effectiveOn = "2024-04-01", expiresOn = "2026-03-31" }));
        Assert.Equal("InForce", inForce.GetProperty("status").GetString());
        Assert.False(inForce.GetProperty("openEnded").GetBoolean());
        var expired = await Ok(await MoveAsync(officer, id, "Expired"));
        Assert.Equal("Expired", expired.GetProperty("status").GetString());
        Assert.Equal("2026-03-31", expired.GetProperty("endedOn").GetString());
        Assert.Empty(expired.GetProperty("allowedTransitions").EnumerateArray());
    }

    [Fact]
    public async Task An_agreement_in_force_can_be_terminated_with_a_reason()
    {
        var (officer, leader, id) = await ProposedAsync();
        await Ok(await MoveAsync(officer, id, "Consulting"));
        await Ok(await MoveAsync(leader, id, "Approved", Approval()));
        await Ok(await MoveAsync(officer, id, "Signed", new { signedOn = "2024-03-15" }));
        await Ok(await MoveAsync(officer, id, "InForce", new { effectiveOn = "2024-03-15" }));
        var ended = await Ok(await MoveAsync(officer, id, "Terminated",
            new { endedOn = "2025-01-10", note = "Terminated by mutual consent." }));
        Assert.Equal("Terminated", ended.GetProperty("status").GetString());
        Assert.Equal("Terminated by mutual consent.", ended.GetProperty("endNote").GetString());
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Consulting")]
    [InlineData("Approved")]
    public async Task A_project_can_be_withdrawn_before_signing(string stage)
    {
        var (officer, leader, id) = await ProposedAsync();
        if (stage != "Proposed")
        {
            await Ok(await MoveAsync(officer, id, "Consulting"));
        }

        if (stage == "Approved")
        {
            await Ok(await MoveAsync(leader, id, "Approved", Approval()));
        }

        var withdrawn = await Ok(await MoveAsync(officer, id, "Withdrawn",
            new { endedOn = "2024-06-01", note = "The partner withdrew." }));
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Proposed", "Approved", "allowed transitions: Consulting, Withdrawn")]
    [InlineData("Proposed", "Signed", "allowed transitions: Consulting, Withdrawn")]
    [InlineData("Proposed", "InForce", "allowed transitions: Consulting, Withdrawn")]
    [InlineData("Proposed", "Expired", "allowed transitions: Consulting, Withdrawn")]
    [InlineData("Proposed", "Terminated", "allowed transitions: Consulting, Withdrawn")]
    [InlineData("Proposed", "Proposed", "allowed transitions: Consulting, Withdrawn")]
    [InlineData("Consulting", "Signed", "allowed transitions: Approved, Withdrawn")]
    [InlineData("Consulting", "Proposed", "allowed transitions: Approved, Withdrawn")]
    [InlineData("Consulting", "InForce", "allowed transitions: Approved, Withdrawn")]
    [InlineData("Approved", "InForce", "allowed transitions: Signed, Withdrawn")]
    [InlineData("Approved", "Consulting", "allowed transitions: Signed, Withdrawn")]
    [InlineData("Signed", "Withdrawn", "allowed transitions: InForce")]
    [InlineData("Signed", "Expired", "allowed transitions: InForce")]
    [InlineData("Signed", "Terminated", "allowed transitions: InForce")]
    [InlineData("InForce", "Withdrawn", "allowed transitions: Expired, Terminated")]
    [InlineData("InForce", "Signed", "allowed transitions: Expired, Terminated")]
    [InlineData("Expired", "InForce", "cannot change any more (allowed transitions: none)")]
    [InlineData("Terminated", "InForce", "cannot change any more (allowed transitions: none)")]
    [InlineData("Withdrawn", "Proposed", "cannot change any more (allowed transitions: none)")]
    public async Task An_illegal_transition_answers_409_naming_the_allowed_ones(string from, string to, string allowed)
    {
        var (officer, leader, id) = await ProposedAsync();
        string[] legal = ["Consulting", "Approved", "Signed", "InForce"];
        string[] path = from switch
        {
            "Proposed" => [],
            "Withdrawn" => ["Withdrawn"],
            "Expired" or "Terminated" => [.. legal, from],
            _ => legal[..(Array.IndexOf(legal, from) + 1)],
        };
        foreach (var step in path)
        {
            var client = step == "Approved" ? leader : officer;
            await Ok(await MoveAsync(client, id, step, new
            {
                approvalAuthority = "UBND tỉnh", approvalNumber = "1/QĐ", approvedOn = "2024-01-10",
                signedOn = "2024-02-01", effectiveOn = "2024-02-01", expiresOn = "2025-02-01",
            }));
        }

        Assert.Equal(from, await StatusAsync(officer, id));
        var response = await MoveAsync(leader, id, to,
            new
            {
                approvalAuthority = "UBND tỉnh", approvalNumber = "2/QĐ", approvedOn = "2024-01-10",
                signedOn = "2024-02-01", effectiveOn = "2024-02-01"
            });
        var problem = await response.JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(allowed, problem.GetProperty("detail").GetString());
        Assert.Equal(from, await StatusAsync(officer, id));
    }

    [Fact]
    public async Task Only_a_leader_approves()
    {
        var (officer, leader, id) = await ProposedAsync();
        await Ok(await MoveAsync(officer, id, "Consulting"));
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(officer, id, "Approved", Approval())).StatusCode);
        using var viewer = await app.ViewerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(viewer, id, "Approved", Approval())).StatusCode);
        Assert.Equal("Consulting", await StatusAsync(officer, id));

        var approved = await Ok(await MoveAsync(leader, id, "Approved", Approval()));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("2024-03-01", approved.GetProperty("approvedOn").GetString());
    }

    [Fact]
    public async Task Approval_needs_the_decision_authority_number_and_date()
    {
        var (officer, leader, id) = await ProposedAsync();
        await Ok(await MoveAsync(officer, id, "Consulting"));
        var fields = await (await MoveAsync(leader, id, "Approved")).ProblemFieldsAsync();
        Assert.Equal(["approvalAuthority", "approvalNumber", "approvedOn"], fields.Order());
        Assert.Equal("Consulting", await StatusAsync(officer, id));
    }

    [Fact]
    public async Task Signing_before_approval_is_refused_with_400()
    {
        var (officer, leader, id) = await ProposedAsync();
        await Ok(await MoveAsync(officer, id, "Consulting"));
        await Ok(await MoveAsync(leader, id, "Approved", Approval("2024-03-01")));
        Assert.Equal(["signedOn"], await (await MoveAsync(officer, id, "Signed", new { signedOn = "2024-02-28" }))
            .ProblemFieldsAsync());
        Assert.Equal(["signedOn"], await (await MoveAsync(officer, id, "Signed")).ProblemFieldsAsync());
        Assert.Equal("Approved", await StatusAsync(officer, id));
        await Ok(await MoveAsync(officer, id, "Signed", new { signedOn = "2024-03-01" }));
    }

    [Fact]
    public async Task Expiry_must_come_after_effect()
    {
        var (officer, leader, id) = await ProposedAsync();
        await Ok(await MoveAsync(officer, id, "Consulting"));
        await Ok(await MoveAsync(leader, id, "Approved", Approval("2024-03-01")));
        await Ok(await MoveAsync(officer, id, "Signed", new { signedOn = "2024-03-10" }));
        Assert.Equal(["expiresOn"], await (await MoveAsync(officer, id, "InForce",
            new { effectiveOn = "2024-04-01", expiresOn = "2024-04-01" })).ProblemFieldsAsync());
        Assert.Equal(["effectiveOn"], await (await MoveAsync(officer, id, "InForce",
            new { effectiveOn = "2024-03-09" })).ProblemFieldsAsync());
        Assert.Equal("Signed", await StatusAsync(officer, id));
    }

    [Fact]
    public async Task Editing_with_inconsistent_dates_is_refused_with_400()
    {
        using var officer = await app.OfficerAsync();
        var partner = await PartnerAsync(officer, "KR", "Dates City");
        var fields = await (await officer.PostJsonAsync("/api/agreements",
            Body([partner], signedOn: "2024-05-01", effectiveOn: "2024-06-01", expiresOn: "2024-05-31")))
            .ProblemFieldsAsync();
        Assert.Equal(["expiresOn"], fields);
        Assert.Equal(["effectiveOn"], await (await officer.PostJsonAsync("/api/agreements",
            Body([partner], signedOn: "2024-05-01", effectiveOn: "2024-04-01")))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_stale_transition_answers_409()
    {
        var (officer, _, id) = await ProposedAsync();
        await Ok(await MoveAsync(officer, id, "Consulting", new { version = 1 }));
        var stale = await MoveAsync(officer, id, "Withdrawn", new { version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Consulting", await StatusAsync(officer, id));
    }

    [Fact]
    public async Task Transitions_show_in_the_history()
    {
        var (officer, leader, id) = await ProposedAsync();
        await Ok(await MoveAsync(officer, id, "Consulting"));
        await Ok(await MoveAsync(leader, id, "Approved", Approval()));
        var history = await (await officer.GetAsync($"/api/audit?entity=agreement&id={id}")).JsonAsync();
        var approval = history.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("action").GetString() == "Updated");
        Assert.Equal("leader.laichau@attache.demo", approval.GetProperty("userName").GetString());
        Assert.Contains(approval.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("field").GetString() == "status"
            && c.GetProperty("from").GetString() == "Consulting" && c.GetProperty("to").GetString() == "Approved");
    }
}
