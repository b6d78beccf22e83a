using System.Net;
using System.Text.Json;
using Attache.Audit;
using Attache.Consular;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.PersonalData;

/// <summary>Issue 12 point 8: a consular officer finds a person in every table of persons of the province, exports what
/// is stored about them, records their request and carries out an erasure; nobody else may.</summary>
public sealed class PersonalDataApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task A_consular_officer_finds_a_person_by_folded_name_or_identity_number_in_the_province_only()
    {
        var seed = await PersonalDataSeed.CreateAsync(app, "Hùng", "038091001234");
        using var consular = await app.ConsularAsync();

        var byName = await (await consular.GetAsync("/api/personal-data/persons?name=nguyen van HUNG")).JsonAsync();
        var refs = Refs(byName);
        Assert.Equal(2, refs.Count(r => r.StartsWith("casePerson/", StringComparison.Ordinal)));
        var cases = byName.EnumerateArray().Where(m => m.GetProperty("table").GetString() == "casePerson")
            .Select(m => m.GetProperty("recordId").GetInt32()).Order().ToList();
        Assert.Equal(new[] { seed.OldCaseId, seed.RecentCaseId }.Order(), cases);
        Assert.All(byName.EnumerateArray().Where(m => m.GetProperty("table").GetString() == "casePerson"),
            m => Assert.Equal(seed.Number, m.GetProperty("person").GetProperty("identityNumber").GetString()));

        var byNumber = await (await consular.GetAsync("/api/personal-data/persons?identityNumber=038 091 001 234"))
            .JsonAsync();
        Assert.Equal(2, byNumber.GetArrayLength());

        var family = await (await consular.GetAsync("/api/personal-data/persons?name=lo thi hung")).JsonAsync();
        Assert.Equal(new[] { "familyContact/" + seed.OldCaseId, "familyContact/" + seed.RecentCaseId }.Order(),
            Refs(family).Order());

        // The Cao Bằng case names the same man with the same number: Lai Châu never sees it, Cao Bằng does.
        using var caoBang = await app.ConsularAsync("VN-04");
        var there = await (await caoBang.GetAsync("/api/personal-data/persons?identityNumber=038091001234"))
            .JsonAsync();
        Assert.Equal([seed.OtherProvinceCaseId], there.EnumerateArray().Select(m => m.GetProperty("recordId").GetInt32()));

        // Each record whose persons were shown has its read in the audit trail.
        var reads = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Read && a.Entity == "citizenCase" && a.EntityId == seed.OldCaseId)
            .CountAsync());
        Assert.True(reads >= 2, $"{reads} reads logged");

        var tooShort = await consular.GetAsync("/api/personal-data/persons?name=n");
        Assert.Equal(["name"], await tooShort.ProblemFieldsAsync());
    }

    [Fact]
    public async Task The_export_holds_every_record_naming_the_person_with_the_identity_number_in_clear()
    {
        var seed = await PersonalDataSeed.CreateAsync(app, "Dũng", "038092005678");
        using var consular = await app.ConsularAsync();

        var response = await consular.GetAsync($"/api/personal-data/export?identityNumber={seed.Number}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var records = export.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(new[] { seed.OldCaseId, seed.RecentCaseId }.Order(),
            records.Select(r => r.GetProperty("recordId").GetInt32()).Order());
        Assert.All(records, r =>
        {
            Assert.Equal("citizenCase", r.GetProperty("entity").GetString());
            Assert.Equal(seed.Name, r.GetProperty("person").GetProperty("fullName").GetString());
            Assert.Equal(seed.Number, r.GetProperty("person").GetProperty("identityNumber").GetString());
            Assert.Equal("KR", r.GetProperty("record").GetProperty("country").GetString());
            Assert.Contains("Dũng", r.GetProperty("record").GetProperty("familyContact").GetString());
            Assert.False(r.GetProperty("record").TryGetProperty("searchText", out _));
        });

        // The printable page shows the same in Vietnamese.
        var page = await (await consular.GetAsync($"/personal-data/export?name={Uri.EscapeDataString(seed.Name)}"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Dữ liệu lưu trữ về một người", page);
        Assert.Contains(seed.Number, page);
    }

    [Fact]
    public async Task An_erasure_is_recorded_and_anonymises_the_persons_and_the_counts_stay()
    {
        var seed = await PersonalDataSeed.CreateAsync(app, "Thắng", "038093009012");
        using var consular = await app.ConsularAsync();
        var found = await (await consular.GetAsync($"/api/personal-data/persons?name={seed.Name}")).JsonAsync();
        var family = await (await consular.GetAsync("/api/personal-data/persons?name=Lò Thị Thắng")).JsonAsync();
        var persons = Refs(found).Concat(Refs(family)).ToList();
        Assert.Equal(4, persons.Count);
        var before = await CountsAsync();

        var request = await (await consular.PostJsonAsync("/api/personal-data/requests", new
        {
            kind = "Erasure", requestedBy = "Ông Nguyễn Văn Thắng, CCCD xuất trình tại bộ phận một cửa",
            receivedOn = app.Today.AddDays(-2), persons, notes = "Yêu cầu bằng văn bản",
        })).JsonAsync(HttpStatusCode.Created);
        var id = request.GetProperty("id").GetInt32();
        Assert.Equal(JsonValueKind.Null, request.GetProperty("handledOn").ValueKind);

        var done = await (await consular.PostAsync($"/api/personal-data/requests/{id}/carry-out", null)).JsonAsync();
        Assert.Equal(app.Today.ToString("O"), done.GetProperty("handledOn").GetString());
        Assert.Equal("consular.laichau@attache.demo", done.GetProperty("handledBy").GetString());
        Assert.Equal(4, done.GetProperty("personsAnonymised").GetInt32());

        var again = await consular.PostAsync($"/api/personal-data/requests/{id}/carry-out", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var listed = await (await consular.GetAsync("/api/personal-data/requests")).JsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id
            && r.GetProperty("kind").GetString() == "Erasure");

        Assert.Equal(before, await CountsAsync());
        var cases = await app.WithDbAsync(db => db.Set<CitizenCase>().Include(c => c.Persons)
            .Where(c => c.Id == seed.OldCaseId || c.Id == seed.RecentCaseId).ToListAsync());
        Assert.All(cases, c =>
        {
            Assert.Null(c.FamilyContact);
            var person = Assert.Single(c.Persons);
            Assert.Equal(PersonRecord.AnonymisedName, person.FullName);
            Assert.Null(person.IdentityNumberProtected);
            Assert.Null(person.BirthYear);
            Assert.Null(person.Contact);
            Assert.Equal(app.Today, person.AnonymisedOn);
            Assert.Equal("VN", person.Nationality);
        });
        var theirs = await app.WithDbAsync(db => db.Set<CasePerson>().SingleAsync(p => p.CaseId == seed.OtherProvinceCaseId));
        Assert.Equal(seed.Name, theirs.FullName);

        // The trail records the erasure without the old values.
        var trail = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Entity == "casePerson" && a.Action == AuditAction.Updated).Select(a => a.Changes).ToListAsync());
        Assert.NotEmpty(trail);
        Assert.All(trail, changes =>
        {
            Assert.DoesNotContain("Thắng", changes);
            Assert.DoesNotContain(seed.Number, changes);
            Assert.DoesNotContain("0912", changes);
        });
        var left = await (await consular.GetAsync($"/api/personal-data/persons?name={seed.Name}")).JsonAsync();
        Assert.Equal(0, left.GetArrayLength());
    }

    [Fact]
    public async Task A_request_names_existing_persons_of_the_province()
    {
        var seed = await PersonalDataSeed.CreateAsync(app, "Quân", "038094003456");
        using var consular = await app.ConsularAsync("VN-04");
        var lai = await app.WithDbAsync(db => db.Set<CasePerson>().Where(p => p.CaseId == seed.OldCaseId)
            .Select(p => p.Id).SingleAsync());
        var refused = await consular.PostJsonAsync("/api/personal-data/requests", new
        {
            kind = "Erasure", requestedBy = "Ông Quân", receivedOn = app.Today, persons = new[] { $"casePerson/{lai}" },
        });
        Assert.Equal(["persons[0]"], await refused.ProblemFieldsAsync());
        var empty = await consular.PostJsonAsync("/api/personal-data/requests",
            new { kind = "Erasure", requestedBy = "Ông Quân", receivedOn = app.Today, persons = Array.Empty<string>() });
        Assert.Equal(["persons"], await empty.ProblemFieldsAsync());
    }

    [Fact]
    public async Task Officers_and_viewers_get_403_and_the_retention_is_for_the_administrator()
    {
        var seed = await PersonalDataSeed.CreateAsync(app, "Phúc", "038095007890");
        var request = await (await (await app.ConsularAsync()).PostJsonAsync("/api/personal-data/requests",
            new { kind = "Access", requestedBy = "Ông Phúc", receivedOn = app.Today, persons = Array.Empty<string>() }))
            .JsonAsync(HttpStatusCode.Created);
        var id = request.GetProperty("id").GetInt32();
        foreach (var client in new[] { await app.OfficerAsync(), await app.ViewerAsync() })
        {
            using (client)
            {
                Assert.Equal(HttpStatusCode.Forbidden,
                    (await client.GetAsync($"/api/personal-data/persons?name={seed.Name}")).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden,
                    (await client.GetAsync($"/api/personal-data/export?name={seed.Name}")).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/personal-data/requests")).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync("/api/personal-data/requests",
                    new { kind = "Access", requestedBy = "x", receivedOn = app.Today })).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden,
                    (await client.PostAsync($"/api/personal-data/requests/{id}/carry-out", null)).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/personal-data/retention")).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden,
                    (await client.PutJsonAsync("/api/personal-data/retention", new { years = 5 })).StatusCode);
            }
        }

        using var consular = await app.ConsularAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await consular.GetAsync("/api/personal-data/retention")).StatusCode);
        var page = await (await consular.GetAsync("/personal-data?name=phuc")).Content.ReadAsStringAsync();
        Assert.Contains(seed.Name, page);
        // Cao Bằng's consular officer does not learn that Lai Châu's request exists.
        using var caoBang = await app.ConsularAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.PostAsync($"/api/personal-data/requests/{id}/carry-out", null)).StatusCode);
    }

    [Fact]
    public async Task Identity_numbers_are_never_in_clear_in_the_database_nor_in_the_audit_trail()
    {
        var seed = await PersonalDataSeed.CreateAsync(app, "Khánh", "079096004567");
        var raw = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"IdentityNumberProtected\" AS \"Value\" FROM \"CasePerson\" "
                + "WHERE \"IdentityNumberProtected\" IS NOT NULL").ToListAsync());
        var visits = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"IdentityNumberProtected\" AS \"Value\" FROM \"VisitPerson\" "
                + "WHERE \"IdentityNumberProtected\" IS NOT NULL").ToListAsync());
        Assert.True(raw.Count >= 3 && visits.Count >= 1);
        Assert.All(raw.Concat(visits), stored => Assert.DoesNotContain(seed.Number, stored));
        // Each encryption of the same number differs: equal numbers cannot be told apart by reading the column.
        Assert.Equal(raw.Count, raw.Distinct().Count());

        // Shown and exported to a consular officer, the number is still absent from every audit entry.
        using var consular = await app.ConsularAsync();
        await (await consular.GetAsync($"/api/personal-data/export?identityNumber={seed.Number}")).Content
            .ReadAsStringAsync();
        var audit = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Changes).ToListAsync());
        Assert.Contains(audit, a => a.Contains("identityNumberProtected", StringComparison.Ordinal));
        Assert.All(audit, changes =>
        {
            Assert.DoesNotContain(seed.Number, changes);
            Assert.DoesNotContain("TK" + seed.Number, changes);
        });
    }

    private static List<string> Refs(JsonElement matches) =>
        [.. matches.EnumerateArray().Select(m => m.GetProperty("ref").GetString()!)];

    private Task<(int Cases, int Persons, int Visits, int VisitPersons)> CountsAsync() =>
        PersonalDataSeed.CountsAsync(app);
}
