using System.Net;
using System.Text.Json;
using Attache.Audit;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Consular;

public sealed class CitizenCaseApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Identity = "038195001234";

    private static object Body(string summary, object? persons = null, string? familyContact = null,
        string status = "Open", string? closedOn = null, string? outcome = null, int? version = null) => new
        {
            kind = "Detained", country = "CN", openedOn = "2026-10-01", summary, mission = "Consulate General in Nanning",
            missionInformedOn = "2026-10-02", familyContact, status, closedOn, outcome, persons, version,
        };

    private static object[] Citizen(string name) =>
        [new { fullName = name, identityNumber = Identity, nationality = "VN", birthYear = 1998, gender = "Male",
            contact = "0912 000 111", note = "xã Tà Lùng" }];

    private static async Task<JsonElement> OpenAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/citizen-cases", body)).JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task A_case_is_opened_listed_with_its_filters_given_actions_changed_and_deleted()
    {
        using var consular = await app.ConsularAsync("VN-04");
        var created = await OpenAsync(consular, Body("Crud case: held at Pingxiang", Citizen("Nông Văn Crud"),
            "Mother, 0987 000 222"));
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Open", created.GetProperty("status").GetString());
        Assert.Equal(["Closed"], created.GetProperty("allowedStatuses").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Nông Văn Crud", created.GetProperty("persons")[0].GetProperty("fullName").GetString());
        Assert.Equal(Identity, created.GetProperty("persons")[0].GetProperty("identityNumber").GetString());
        Assert.Equal("Mother, 0987 000 222", created.GetProperty("familyContact").GetString());

        await (await consular.PostJsonAsync($"/api/citizen-cases/{id}/actions",
            new { on = "2026-10-03", text = "Consular visit requested" })).JsonAsync(HttpStatusCode.Created);
        var actions = await (await consular.GetAsync($"/api/citizen-cases/{id}/actions")).JsonAsync();
        Assert.Equal("Consular visit requested", actions.GetProperty("items")[0].GetProperty("text").GetString());

        foreach (var query in new[]
                 { "search=pingxiang", "kind=Detained&country=cn&search=crud", "status=Open&search=crud" })
        {
            var list = await (await consular.GetAsync($"/api/citizen-cases?{query}")).JsonAsync();
            Assert.Equal(1, list.GetProperty("total").GetInt32());
            Assert.Equal("Nông Văn Crud", list.GetProperty("items")[0].GetProperty("names").GetString());
            Assert.Equal(1, list.GetProperty("items")[0].GetProperty("actions").GetInt32());
        }

        foreach (var query in new[] { "search=nong van crud", "kind=Injured&search=crud", "country=KR&search=crud",
                     "status=Closed&search=crud" })
        {
            Assert.Equal(0, (await (await consular.GetAsync($"/api/citizen-cases?{query}")).JsonAsync())
                .GetProperty("total").GetInt32());
        }

        var changed = await (await consular.PutJsonAsync($"/api/citizen-cases/{id}",
            Body("Crud case: released", persons: null, familyContact: "Mother", version: 1))).JsonAsync();
        Assert.Equal("Crud case: released", changed.GetProperty("summary").GetString());
        Assert.Equal(1, changed.GetProperty("persons").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await consular.PutJsonAsync($"/api/citizen-cases/{id}",
            Body("Stale", version: 1))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await consular.DeleteAsync($"/api/citizen-cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await consular.GetAsync($"/api/citizen-cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_each_field()
    {
        using var consular = await app.ConsularAsync();
        var fields = await (await consular.PostJsonAsync("/api/citizen-cases", new { country = "Korea" }))
            .ProblemFieldsAsync();
        Assert.Equal(["country", "kind", "openedOn", "summary"], fields.Order());

        Assert.Equal(["mission"], await (await consular.PostJsonAsync("/api/citizen-cases", new
        {
            kind = "Stranded", country = "KR", openedOn = "2026-10-01", summary = "No mission",
            missionInformedOn = "2026-10-02",
        })).ProblemFieldsAsync());
        Assert.Equal(["closedOn", "outcome"], (await (await consular.PostJsonAsync("/api/citizen-cases",
            Body("Closing without date", status: "Closed"))).ProblemFieldsAsync()).Order());
        Assert.Equal(["closedOn"], await (await consular.PostJsonAsync("/api/citizen-cases",
            Body("Closing too early", status: "Closed", closedOn: "2026-09-30", outcome: "Back"))).ProblemFieldsAsync());
        Assert.Contains("persons[0].fullName", await (await consular.PostJsonAsync("/api/citizen-cases",
            Body("Nameless", new[] { new { fullName = "" } }))).ProblemFieldsAsync());
        Assert.Contains("kind", await (await consular.GetAsync("/api/citizen-cases?kind=Lost")).ProblemFieldsAsync());
        Assert.Contains("country", await (await consular.GetAsync("/api/citizen-cases?country=Korea"))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_closed_case_needs_a_date_and_an_outcome_and_stays_closed()
    {
        using var consular = await app.ConsularAsync();
        var id = (await OpenAsync(consular, Body("Lifecycle case"))).GetProperty("id").GetInt32();
        var closed = await (await consular.PutJsonAsync($"/api/citizen-cases/{id}", Body("Lifecycle case",
            status: "Closed", closedOn: "2026-10-20", outcome: "Returned home", version: 1))).JsonAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(19, closed.GetProperty("daysOpen").GetInt32());
        Assert.Empty(closed.GetProperty("allowedStatuses").EnumerateArray());

        var reopen = await (await consular.PutJsonAsync($"/api/citizen-cases/{id}",
            Body("Lifecycle case", status: "Open", version: 2))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("Closed", reopen.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_viewer_and_an_officer_see_no_identity_a_consular_officer_does_and_the_read_is_logged()
    {
        using var consular = await app.ConsularAsync();
        var id = (await OpenAsync(consular, Body("Visibility case", Citizen("Lò Văn Kín"), "Wife, 0977 123 456")))
            .GetProperty("id").GetInt32();

        using var officer = await app.OfficerAsync();
        using var viewer = await app.ViewerAsync();
        foreach (var reader in new[] { officer, viewer })
        {
            var text = await reader.GetStringAsync($"/api/citizen-cases/{id}");
            var list = await reader.GetStringAsync("/api/citizen-cases?search=visibility");
            foreach (var secret in new[] { "Lò Văn Kín", Identity, "0977 123 456", "0912 000 111" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
            }

            var dto = JsonDocument.Parse(text).RootElement;
            Assert.False(dto.GetProperty("identified").GetBoolean());
            Assert.Equal("VN", dto.GetProperty("persons")[0].GetProperty("nationality").GetString());
            Assert.Equal(1, JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("persons")
                .GetInt32());
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutJsonAsync($"/api/citizen-cases/{id}",
            Body("Visibility case", familyContact: "Someone", version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/citizen-cases",
            Body("Officer with persons", Citizen("Someone")))).StatusCode);

        var readsBefore = await ReadsAsync(id);
        var seen = await (await consular.GetAsync($"/api/citizen-cases/{id}")).JsonAsync();
        Assert.Equal("Lò Văn Kín", seen.GetProperty("persons")[0].GetProperty("fullName").GetString());
        Assert.Equal("Wife, 0977 123 456", seen.GetProperty("familyContact").GetString());
        Assert.True(await ReadsAsync(id) > readsBefore);
        var history = await (await consular.GetAsync($"/api/audit?entity=citizenCase&id={id}")).JsonAsync();
        Assert.Contains(history.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Read"
            && e.GetProperty("userName").GetString() is { Length: > 0 });
    }

    private Task<int> ReadsAsync(int id) => app.WithDbAsync(db => db.AuditEntries
        .CountAsync(e => e.Entity == "citizenCase" && e.EntityId == id && e.Action == AuditAction.Read));

    [Fact]
    public async Task The_identity_number_is_neither_in_the_database_in_clear_nor_in_the_audit_trail()
    {
        using var consular = await app.ConsularAsync();
        var id = (await OpenAsync(consular, Body("Encryption case", Citizen("Tao Văn Mật"))))
            .GetProperty("id").GetInt32();
        await (await consular.PutJsonAsync($"/api/citizen-cases/{id}", Body("Encryption case",
            new[] { new { fullName = "Tao Văn Mật", identityNumber = "079099888777" } }, version: 1))).JsonAsync();

        var stored = await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"IdentityNumberProtected\" FROM \"CasePerson\" WHERE \"CaseId\" = {id}";
            return (string?)await command.ExecuteScalarAsync();
        });
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain("079099888777", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Identity, stored, StringComparison.Ordinal);
        var shown = await (await consular.GetAsync($"/api/citizen-cases/{id}")).JsonAsync();
        Assert.Equal("079099888777", shown.GetProperty("persons")[0].GetProperty("identityNumber").GetString());

        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Entity == "citizenCase"
            && e.EntityId == id).Select(e => e.Changes).ToListAsync());
        Assert.NotEmpty(trail);
        Assert.All(trail, changes =>
        {
            Assert.DoesNotContain("079099888777", changes ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain(Identity, changes ?? "", StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Another_provinces_case_is_not_found()
    {
        using var laiChau = await app.ConsularAsync("VN-01");
        using var caoBang = await app.ConsularAsync("VN-04");
        var id = (await OpenAsync(laiChau, Body("Tenancy case"))).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/citizen-cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/citizen-cases/{id}/actions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PostJsonAsync($"/api/citizen-cases/{id}/actions",
            new { on = "2026-10-03", text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PutJsonAsync($"/api/citizen-cases/{id}",
            Body("Tenancy case", version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/citizen-cases/{id}")).StatusCode);
        Assert.Equal(0, (await (await caoBang.GetAsync("/api/citizen-cases?search=tenancy")).JsonAsync())
            .GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_worker_who_did_not_return_opens_a_case_in_one_step_a_returned_one_is_refused()
    {
        using var officer = await app.OfficerAsync();
        var partner = (await (await officer.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country = "KR", nameLatin = "Worker Case City" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var programme = (await (await officer.PostJsonAsync("/api/labour-programmes",
            new { name = "Worker case programme", partnerId = partner, sector = "Agriculture" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var cohort = (await (await officer.PostJsonAsync($"/api/labour-programmes/{programme}/cohorts",
            new { name = "2026", departureOn = "2026-03-01", plannedReturnOn = "2026-10-01" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        async Task<int> WorkerAsync(string name, string outcome, string? back) =>
            (await (await officer.PostJsonAsync($"/api/labour-programmes/{programme}/cohorts/{cohort}/workers", new
            {
                fullName = name, communeOfOrigin = "Phong Thổ", villageOfOrigin = "Huổi Bắc", gender = "Female",
                birthYear = 1994, outcome, returnedOn = back,
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var returned = await WorkerAsync("Lò Thị Về", "ReturnedOnTime", "2026-10-01");
        var missing = await WorkerAsync("Lò Thị Vắng", "DidNotReturn", null);
        using var consular = await app.ConsularAsync();

        var refused = await (await consular.PostAsync($"/api/citizen-cases/from-worker/{returned}", null))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("ReturnedOnTime", refused.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await officer.PostAsync($"/api/citizen-cases/from-worker/{missing}", null)).StatusCode);
        Assert.Contains("kind", await (await consular.PostAsync(
            $"/api/citizen-cases/from-worker/{missing}?kind=Detained", null)).ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound,
            (await consular.PostAsync("/api/citizen-cases/from-worker/999999", null)).StatusCode);

        var opened = await (await consular.PostAsync($"/api/citizen-cases/from-worker/{missing}", null))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Stranded", opened.GetProperty("kind").GetString());
        Assert.Equal("KR", opened.GetProperty("country").GetString());
        Assert.Equal(missing, opened.GetProperty("workerId").GetInt32());
        Assert.Equal(app.Today.ToString("yyyy-MM-dd"), opened.GetProperty("openedOn").GetString());
        Assert.Contains("Worker case programme", opened.GetProperty("summary").GetString());
        var person = opened.GetProperty("persons")[0];
        Assert.Equal("Lò Thị Vắng", person.GetProperty("fullName").GetString());
        Assert.Equal(1994, person.GetProperty("birthYear").GetInt32());
        Assert.Equal("Female", person.GetProperty("gender").GetString());
        Assert.Equal("Huổi Bắc, Phong Thổ", person.GetProperty("note").GetString());

        Assert.Equal(HttpStatusCode.Conflict,
            (await consular.PostAsync($"/api/citizen-cases/from-worker/{missing}", null)).StatusCode);
        using var caoBang = await app.ConsularAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.PostAsync($"/api/citizen-cases/from-worker/{missing}", null)).StatusCode);
    }
}
