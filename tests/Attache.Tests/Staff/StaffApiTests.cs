using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Staff;

public sealed class StaffApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/staff", body)).JsonAsync(HttpStatusCode.Created);

    private static int Id(JsonElement e) => e.GetProperty("id").GetInt32();

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var fields = await (await officer.PostJsonAsync("/api/staff", new
        {
            fullName = "",
            email = "not an email",
            userId = "no-such-account",
            isInterpreter = true,
            languages = new object[]
            {
                new { language = "ko", scale = "Hsk", level = "5" },
                new { language = "zh", level = "10" },
                new { language = "kor", level = "B2" },
                new { language = "en", scale = "Cefr", level = "B7" },
                new { id = 999_999, language = "ja", level = "N2" },
            },
            trainings = new object[]
            {
                new { course = "", startsOn = "2026-03-01" },
                new { course = "Protocol", startsOn = "2026-03-05", endsOn = "2026-03-01" },
            },
        })).ProblemFieldsAsync();

        Assert.Equal(new[]
        {
            "email", "fullName", "languages[0].scale", "languages[1].level", "languages[2].language",
            "languages[3].level", "languages[4].id", "trainings[0].course",
            "trainings[1].endsOn", "userId",
        }, fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_interpreter_needs_a_foreign_language_and_a_language_is_listed_once()
    {
        // The rules across fields come once every field is well formed (data annotations first).
        using var officer = await app.OfficerAsync("VN-04");
        Assert.Equal(["languages", "languages[1].language"], (await (await officer.PostJsonAsync("/api/staff", new
        {
            fullName = "Không ngoại ngữ", isInterpreter = true,
            languages = new[] { new { language = "vi", level = "C2" }, new { language = "VI", level = "C1" } },
        })).ProblemFieldsAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Languages_and_trainings_are_kept_by_id_changed_added_and_removed_under_the_members_version()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var created = await CreateAsync(officer, new
        {
            fullName = "Lương Văn Dịch", position = "Chuyên viên", isInterpreter = true,
            languages = new object[]
            {
                new { language = "KO", level = "4" },
                new { language = "en", scale = "Cefr", level = "b2" },
            },
            trainings = new[] { new { course = "Lễ tân đối ngoại", startsOn = "2026-05-13", endsOn = "2026-05-17" } },
        });
        var id = Id(created);
        var languages = created.GetProperty("languages").EnumerateArray().ToList();
        // Best level first (TOPIK 4 and B2 are both the fourth level of their scale), then by code.
        Assert.Equal(["en", "ko"], languages.Select(l => l.GetProperty("language").GetString()));
        Assert.Equal(["Cefr", "Topik"], languages.Select(l => l.GetProperty("scale").GetString()));
        Assert.Equal(["B2", "4"], languages.Select(l => l.GetProperty("level").GetString()));
        var korean = languages[1].GetProperty("id").GetInt32();
        var training = created.GetProperty("trainings")[0].GetProperty("id").GetInt32();
        Assert.Equal(1, created.GetProperty("version").GetInt32());

        // Korean raised to 5, English dropped, Lao added; the training kept as it was.
        object Body(int version) => new
        {
            fullName = "Lương Văn Dịch", position = "Chuyên viên", isInterpreter = true, version,
            languages = new object[] { new { id = korean, language = "ko", level = "5" }, new { language = "lo", level = "3" } },
            trainings = new[] { new { id = training, course = "Lễ tân đối ngoại", startsOn = "2026-05-13", endsOn = "2026-05-17" } },
        };
        var changed = await (await officer.PutJsonAsync($"/api/staff/{id}", Body(1))).JsonAsync();
        var after = changed.GetProperty("languages").EnumerateArray().ToList();
        Assert.Equal([("ko", "5", korean)], after.Where(l => l.GetProperty("language").GetString() == "ko")
            .Select(l => (l.GetProperty("language").GetString(), l.GetProperty("level").GetString(),
                l.GetProperty("id").GetInt32())));
        Assert.Equal(["ko", "lo"], after.Select(l => l.GetProperty("language").GetString()).Order());
        Assert.Equal(training, changed.GetProperty("trainings")[0].GetProperty("id").GetInt32());
        // Only the lists changed, and the version rose: an edit made from version 1 is refused.
        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PutJsonAsync($"/api/staff/{id}", Body(1))).StatusCode);

        var history = await (await officer.GetAsync($"/api/audit?entity=staffMember&id={id}&pageSize=50")).JsonAsync();
        var actions = history.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("entity").GetString(), i.GetProperty("action").GetString())).ToList();
        Assert.Contains(("staffMember", "Created"), actions);
        Assert.Contains(("staffLanguage", "Updated"), actions);
        Assert.Contains(("staffLanguage", "Deleted"), actions);
        Assert.Contains(actions, a => a == ("staffLanguage", "Created"));
    }

    [Fact]
    public async Task Another_provinces_staff_and_accounts_are_out_of_reach()
    {
        using var caoBang = await app.OfficerAsync("VN-04");
        using var laiChau = await app.OfficerAsync("VN-01");
        var id = Id(await CreateAsync(caoBang, new { fullName = "Nông Thị Riêng" }));

        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"/api/staff/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.PutJsonAsync($"/api/staff/{id}",
            new { fullName = "X", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.DeleteAsync($"/api/staff/{id}")).StatusCode);
        Assert.DoesNotContain("Nông Thị Riêng", await laiChau.GetStringAsync("/api/staff?search=Riêng"),
            StringComparison.Ordinal);

        // An account of Lai Châu cannot be linked in Cao Bằng; Cao Bằng's own can, once.
        var laiChauUser = await app.WithDbAsync(db => Task.FromResult(db.Users
            .Single(u => u.Email == "viewer.laichau@attache.demo").Id));
        var caoBangUser = await app.WithDbAsync(db => Task.FromResult(db.Users
            .Single(u => u.Email == "viewer.caobang@attache.demo").Id));
        Assert.Equal(["userId"], await (await caoBang.PostJsonAsync("/api/staff",
            new { fullName = "Tài khoản lạ", userId = laiChauUser })).ProblemFieldsAsync());
        var linked = await CreateAsync(caoBang, new { fullName = "Tài khoản đúng", userId = caoBangUser });
        Assert.Equal("viewer.caobang@attache.demo", linked.GetProperty("userEmail").GetString());
        Assert.Equal(["userId"], await (await caoBang.PostJsonAsync("/api/staff",
            new { fullName = "Tài khoản lần hai", userId = caoBangUser })).ProblemFieldsAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await caoBang.DeleteAsync($"/api/staff/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/staff/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_language_interpreter_and_activity_and_interpreters_come_best_first()
    {
        using var officer = await app.OfficerAsync("VN-01");
        await CreateAsync(officer, new
        {
            fullName = "Filter Hàn bốn", isInterpreter = true, languages = new[] { new { language = "ko", level = "4" } },
        });
        await CreateAsync(officer, new
        {
            fullName = "Filter Hàn sáu", isInterpreter = true, languages = new[] { new { language = "ko", level = "6" } },
        });
        await CreateAsync(officer, new
        {
            fullName = "Filter Hàn nghỉ", isInterpreter = true, active = false,
            languages = new[] { new { language = "ko", level = "6" } },
        });
        await CreateAsync(officer, new
        {
            fullName = "Filter Hàn không dịch", languages = new[] { new { language = "ko", level = "2" } },
        });
        await CreateAsync(officer, new
        {
            fullName = "Filter Trung", isInterpreter = true, languages = new[] { new { language = "zh", level = "6" } },
        });

        async Task<string[]> NamesAsync(string query) => [.. (await (await officer.GetAsync($"/api/staff?search=Filter&{query}"))
            .JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fullName").GetString()!)];
        Assert.Equal(["Filter Hàn bốn", "Filter Hàn không dịch", "Filter Hàn nghỉ", "Filter Hàn sáu"],
            await NamesAsync("language=ko"));
        Assert.Equal(["Filter Hàn bốn", "Filter Hàn sáu"], await NamesAsync("language=ko&interpreter=true&active=true"));
        Assert.Equal(["Filter Hàn nghỉ"], await NamesAsync("active=false"));
        Assert.Equal(["language"], await (await officer.GetAsync("/api/staff?language=korean")).ProblemFieldsAsync());

        var interpreters = await (await officer.GetAsync("/api/staff/interpreters?language=ko")).JsonAsync();
        Assert.Equal(["Filter Hàn sáu|6|6", "Filter Hàn bốn|4|4"], interpreters.EnumerateArray()
            .Where(i => i.GetProperty("fullName").GetString()!.StartsWith("Filter", StringComparison.Ordinal))
            .Select(i => $"{i.GetProperty("fullName").GetString()}|{i.GetProperty("level").GetString()}|"
                + i.GetProperty("rank").GetInt32()));
        Assert.Equal(["language"], await (await officer.GetAsync("/api/staff/interpreters")).ProblemFieldsAsync());
        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.DoesNotContain("Filter", await caoBang.GetStringAsync("/api/staff/interpreters?language=ko"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_the_roster_but_does_not_change_it()
    {
        using var viewer = await app.ViewerAsync("VN-01");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/staff",
            new { fullName = "Không được" })).StatusCode);
    }
}
