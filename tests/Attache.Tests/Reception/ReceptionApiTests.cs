using System.Net;
using System.Resources;
using System.Text.Json;
using Attache.Audit;
using Attache.Reception;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Reception;

public sealed class ReceptionApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static readonly DateOnly Day = new(2030, 5, 12);

    private static object Person(string side, string name, string? title, bool head = false, int? id = null,
        int? order = null) => new { id, side, name, title, isHead = head, order };

    private static object Item(string kind, string title, string start, string end, string? language,
        int? interpreterId, int? id = null, DateOnly? date = null) => new
        {
            id, kind, title, date = date ?? Day, startTime = start, endTime = end, place = "Nhà khách UBND tỉnh",
            language, interpreterId,
        };

    private static async Task<int> DelegationAsync(HttpClient client, string country = "KR") =>
        await DelegationBuilder.Delegation().Inbound().From(country).On(Day, Day.AddDays(2))
            .Titled("Đoàn Thành phố Mungyeong thăm tỉnh Lai Châu").CreateAsync(client);

    private static string[] Names(JsonElement side) =>
        [.. side.EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];

    private static readonly object[] People =
    [
        Person("Host", "Lò Văn Thắng", "Phó Chủ tịch UBND tỉnh", head: true),
        Person("Host", "Trần Thị Hà", "Phó Giám đốc Sở Công Thương"),
        Person("Host", "Nguyễn Văn Hưng", "Giám đốc Sở Ngoại vụ"),
        Person("Guest", "Kim Min-ho", "Officer"),
        Person("Guest", "Park Ji-hoon", "Mayor of Mungyeong", head: true),
        Person("Guest", "Lee Soo-jin", "Deputy Director"),
    ];

    [Fact]
    public async Task A_plan_lists_both_sides_in_order_of_precedence_with_ranks_from_titles()
    {
        using var officer = await app.OfficerAsync();
        var id = await DelegationAsync(officer);
        var empty = await (await officer.GetAsync($"/api/delegations/{id}/reception")).JsonAsync();
        Assert.Equal(0, empty.GetProperty("version").GetInt32());

        var plan = await (await officer.PutJsonAsync($"/api/delegations/{id}/reception",
            new { talkingPoints = "Lao động thời vụ", participants = People, items = Array.Empty<object>() }))
            .JsonAsync();
        Assert.Equal(["Lò Văn Thắng", "Nguyễn Văn Hưng", "Trần Thị Hà"], Names(plan.GetProperty("hosts")));
        Assert.Equal(["Park Ji-hoon", "Lee Soo-jin", "Kim Min-ho"], Names(plan.GetProperty("guests")));
        Assert.Equal("ProvincialViceLeader", plan.GetProperty("hosts")[0].GetProperty("rank").GetString());
        Assert.Equal("Director", plan.GetProperty("hosts")[1].GetProperty("rank").GetString());

        // Kim Min-ho set by hand to the second place of the guests; a stale version is refused.
        var version = plan.GetProperty("version").GetInt32();
        var kim = plan.GetProperty("guests")[2].GetProperty("id").GetInt32();
        var input = Resend(plan);
        input.Participants.Single(p => p.Id == kim).Order = 2;
        var moved = await (await officer.PutJsonAsync($"/api/delegations/{id}/reception", input)).JsonAsync();
        Assert.Equal(["Park Ji-hoon", "Kim Min-ho", "Lee Soo-jin"], Names(moved.GetProperty("guests")));
        Assert.Equal(HttpStatusCode.Conflict,
            (await officer.PutJsonAsync($"/api/delegations/{id}/reception", input)).StatusCode);
        Assert.True(moved.GetProperty("version").GetInt32() > version);
    }

    /// <summary>A Korean delegation's plan: <see cref="People"/>, talks and a banquet with a Korean interpreter of
    /// the roster named <paramref name="interpreterName"/>.</summary>
    private async Task<(int Id, JsonElement Plan, int Talks, int Banquet)> TalksAndBanquetAsync(HttpClient officer,
        string interpreterName, string? talkingPoints)
    {
        var interpreter = await app.InterpreterAsync(interpreterName, "ko");
        var id = await DelegationAsync(officer);
        var plan = await (await officer.PutJsonAsync($"/api/delegations/{id}/reception", new
        {
            talkingPoints,
            participants = People,
            items = new[]
            {
                Item("Talks", "Hội đàm", "09:00", "10:30", "ko", interpreter),
                Item("Banquet", "Tiệc chiêu đãi", "18:30", "20:30", "ko", interpreter),
            },
        })).JsonAsync();
        return (id, plan, plan.GetProperty("items")[0].GetProperty("id").GetInt32(),
            plan.GetProperty("items")[1].GetProperty("id").GetInt32());
    }

    private static ReceptionInput Resend(JsonElement plan) =>
        ReceptionService.ToInput(plan.Deserialize<ReceptionDto>(Http.Json)!);

    [Fact]
    public async Task The_members_are_imported_on_the_guests_side_in_one_step()
    {
        using var officer = await app.OfficerAsync();
        var id = await DelegationAsync(officer);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "Lee Soo-jin", title = "Deputy Director", nationality = "KR" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "Park Ji-hoon", title = "Governor", nationality = "KR" })).JsonAsync(HttpStatusCode.Created);

        var plan = await (await officer.PostAsync($"/api/delegations/{id}/reception/participants/import", null))
            .JsonAsync();
        Assert.Equal(["Park Ji-hoon", "Lee Soo-jin"], Names(plan.GetProperty("guests")));
        Assert.Empty(plan.GetProperty("hosts").EnumerateArray());
        var again = await (await officer.PostAsync($"/api/delegations/{id}/reception/participants/import", null))
            .JsonAsync();
        Assert.Equal(2, again.GetProperty("guests").GetArrayLength());
    }

    [Fact]
    public async Task An_interpreter_at_two_places_at_once_is_refused_naming_the_other_item()
    {
        using var officer = await app.OfficerAsync();
        var interpreter = await app.InterpreterAsync("Hoàng Thu Trang (clash test)", "ko");
        var first = await DelegationAsync(officer);
        var second = await DelegationAsync(officer);
        await (await officer.PutJsonAsync($"/api/delegations/{first}/reception", new
        {
            participants = People,
            items = new[] { Item("Talks", "Hội đàm với Thị trưởng Mungyeong", "09:00", "10:30", "ko", interpreter) },
        })).JsonAsync();

        var clash = await officer.PutJsonAsync($"/api/delegations/{second}/reception", new
        {
            participants = People,
            items = new[] { Item("Visit", "Tham quan Cửa khẩu Ma Lù Thàng", "10:00", "11:00", "ko", interpreter) },
        });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var problem = await clash.JsonAsync(HttpStatusCode.Conflict);
        var message = problem.GetProperty("errors").GetProperty("interpreterId")[0].GetString();
        Assert.Contains("Hoàng Thu Trang (clash test)", message);
        Assert.Contains("Hội đàm với Thị trưởng Mungyeong", message);

        // Back to back is no clash; another day neither; within one plan two overlapping items are refused too.
        await (await officer.PutJsonAsync($"/api/delegations/{second}/reception", new
        {
            participants = People,
            items = new[]
            {
                Item("Visit", "Tham quan", "10:30", "11:30", "ko", interpreter),
                Item("Banquet", "Tiệc", "09:00", "10:00", "ko", interpreter, date: Day.AddDays(1)),
            },
        })).JsonAsync();
        var inPlan = await officer.PutJsonAsync($"/api/delegations/{second}/reception", new
        {
            version = 1,
            participants = People,
            items = new[]
            {
                Item("Visit", "Tham quan", "10:30", "11:30", "ko", interpreter),
                Item("Banquet", "Tiệc", "11:00", "12:00", "ko", interpreter),
            },
        });
        var within = await inPlan.JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("\"Tiệc\"", within.GetProperty("errors").GetProperty("interpreterId")[0].GetString());
    }

    [Fact]
    public async Task Only_an_active_interpreter_of_the_items_language_is_accepted()
    {
        using var officer = await app.OfficerAsync();
        var chinese = await app.InterpreterAsync("Lý Thị Mai (language test)", "zh");
        var gone = await app.InterpreterAsync("Đèo Văn Lâm (left)", "ko", active: false);
        var caoBang = await app.InterpreterAsync("Nông Thị Hoa (Cao Bằng)", "ko", province: "VN-04");
        var id = await DelegationAsync(officer);
        foreach (var staff in new[] { chinese, gone, caoBang })
        {
            Assert.Equal(["interpreterId"], await (await officer.PutJsonAsync($"/api/delegations/{id}/reception", new
            {
                participants = People,
                items = new[] { Item("Talks", "Hội đàm", "09:00", "10:00", "ko", staff) },
            })).ProblemFieldsAsync());
        }
    }

    [Fact]
    public async Task Seating_is_generated_edited_and_read_back_from_word_in_order_of_precedence()
    {
        using var officer = await app.OfficerAsync();
        var (id, _, talks, banquet) = await TalksAndBanquetAsync(officer, "Phạm Minh Anh (seating test)",
            "Mở rộng tiếp nhận lao động thời vụ năm 2031.");

        var facing = await (await officer.PostJsonAsync(
            $"/api/delegations/{id}/reception/items/{talks}/seating", new { layout = "Facing" })).JsonAsync();
        var seats = facing.GetProperty("items")[0].GetProperty("seats");
        // Hosts: Thắng (head), Hưng, Hà with the interpreter on the head's left: Hà | I | Thắng | Hưng; the guests
        // opposite: (empty) | Lee | Park | Kim.
        Assert.Equal(["Trần Thị Hà", "Phạm Minh Anh (seating test)", "Lò Văn Thắng", "Nguyễn Văn Hưng",
            "Lee Soo-jin", "Park Ji-hoon", "Kim Min-ho"], seats.EnumerateArray()
            .Select(s => s.GetProperty("name").GetString()));

        var round = await (await officer.PostJsonAsync($"/api/delegations/{id}/reception/items/{banquet}/seating",
            new { layout = "RoundTables", seatsPerTable = 8 })).JsonAsync();
        var item = round.GetProperty("items")[1];
        var at = item.GetProperty("seats").EnumerateArray()
            .ToDictionary(s => s.GetProperty("position").GetInt32(), s => s.GetProperty("name").GetString());
        Assert.Equal("Lò Văn Thắng", at[1]);
        Assert.Equal("Park Ji-hoon", at[2]);
        Assert.Equal("Lee Soo-jin", at[8]);

        // Swap the host and the chief guest, then a person twice is refused naming the seat.
        var edited = item.GetProperty("seats").EnumerateArray().Select(s => new
        {
            table = s.GetProperty("table").GetInt32(),
            position = s.GetProperty("position").GetInt32() switch { 1 => 2, 2 => 1, var p => p },
            participantId = s.GetProperty("participantId").ValueKind == JsonValueKind.Null ? (int?)null
                : s.GetProperty("participantId").GetInt32(),
            staffMemberId = s.GetProperty("staffMemberId").ValueKind == JsonValueKind.Null ? (int?)null
                : s.GetProperty("staffMemberId").GetInt32(),
        }).ToList();
        var version = item.GetProperty("version").GetInt32();
        var swapped = await (await officer.PutJsonAsync($"/api/delegations/{id}/reception/items/{banquet}/seating",
            new { version, seats = edited })).JsonAsync();
        Assert.Equal("Park Ji-hoon", swapped.GetProperty("items")[1].GetProperty("seats")[0].GetProperty("name")
            .GetString());
        var twice = edited.Append(edited[0] with { position = 5 }).ToList();
        Assert.Equal(["seats[7].participantId"], await (await officer.PutJsonAsync(
            $"/api/delegations/{id}/reception/items/{banquet}/seating",
            new { version = version + 1, seats = twice })).ProblemFieldsAsync());

        var seating = await WordTextAsync(officer,
            $"/api/delegations/{id}/reception/items/{talks}/seating.docx?lang=en");
        Assert.Contains("Seating plan", seating);
        InOrder(seating, "Seats in order of precedence", "Park Ji-hoon", "Lee Soo-jin", "Kim Min-ho", "Lò Văn Thắng", "Nguyễn Văn Hưng",
            "Trần Thị Hà");

        var vi = await WordTextAsync(officer, $"/api/delegations/{id}/reception/briefing.docx?lang=vi");
        Assert.Contains("Tài liệu phục vụ lãnh đạo tiếp đoàn", vi);
        Assert.Contains("Phạm Minh Anh (seating test)", vi);
        Assert.Contains("Mở rộng tiếp nhận lao động thời vụ năm 2031.", vi);
        Assert.Contains("tiếng Hàn", vi);
        InOrder(vi, "Thứ tự ưu tiên", "Park Ji-hoon", "Lee Soo-jin", "Kim Min-ho", "Lò Văn Thắng",
            "Nguyễn Văn Hưng", "Trần Thị Hà");
        foreach (var english in new[] { "Briefing pack", "Talking points", "Interpreter", "Seating", "Guest side" })
        {
            Assert.DoesNotContain(english, vi);
        }

        var en = await WordTextAsync(officer, $"/api/delegations/{id}/reception/briefing.docx?lang=en");
        Assert.Contains("Briefing pack for the reception", en);
        Assert.Contains("Korean", en);
        foreach (var vietnamese in new[] { "Tài liệu", "Phiên dịch", "Sơ đồ", "Phía khách", "Hội đàm:" })
        {
            Assert.DoesNotContain(vietnamese, en);
        }

        var french = await officer.GetAsync($"/api/delegations/{id}/reception/briefing.docx?lang=fr");
        Assert.Equal(["lang"], await french.ProblemFieldsAsync());
    }

    private static async Task<string> WordTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => p.InnerText));
    }

    private static void InOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{part}\" is not after position {at}.");
            at = next + part.Length;
        }
    }

    [Fact]
    public async Task Another_provinces_reception_is_not_found()
    {
        using var officer = await app.OfficerAsync();
        using var caoBang = await app.OfficerAsync("VN-04");
        var id = await DelegationAsync(officer);
        var plan = await (await officer.PutJsonAsync($"/api/delegations/{id}/reception", new
        {
            participants = People,
            items = new[] { Item("Talks", "Hội đàm", "09:00", "10:00", null, null) },
        })).JsonAsync();
        var item = plan.GetProperty("items")[0].GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/delegations/{id}/reception")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PutJsonAsync($"/api/delegations/{id}/reception",
            new { participants = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PostJsonAsync(
            $"/api/delegations/{id}/reception/items/{item}/seating", new { layout = "Facing" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.GetAsync($"/api/delegations/{id}/reception/briefing.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.GetAsync($"/api/delegations/{id}/reception/items/{item}/seating.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.PostAsync($"/api/delegations/{id}/reception/participants/import", null)).StatusCode);
        var person = plan.GetProperty("hosts")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync(
            $"/api/delegations/{id}/reception/participants/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.DeleteAsync($"/api/delegations/{id}/reception/items/{item}")).StatusCode);
        var kept = await (await officer.GetAsync($"/api/delegations/{id}/reception")).JsonAsync();
        Assert.Equal(1, kept.GetProperty("items").GetArrayLength());
        Assert.Equal(3, kept.GetProperty("hosts").GetArrayLength());
    }

    [Fact]
    public async Task The_delegations_members_are_listed_in_the_plans_order_of_precedence()
    {
        using var officer = await app.OfficerAsync();
        var id = await DelegationAsync(officer);
        foreach (var (name, title) in new[] { ("Lee Soo-jin", "Deputy Director"), ("Park Ji-hoon", "Governor"),
                     ("Choi Min-ho", "Officer") })
        {
            await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
                new { name, title, nationality = "KR" })).JsonAsync(HttpStatusCode.Created);
        }

        async Task<string[]> MembersAsync() =>
            Names(await (await officer.GetAsync($"/api/delegations/{id}/members")).JsonAsync());
        async Task<string[]> OnTheDelegationAsync() =>
            Names((await officer.GetDelegationAsync(id)).GetProperty("members"));

        // Without a plan: the order entered.
        Assert.Equal(["Lee Soo-jin", "Park Ji-hoon", "Choi Min-ho"], await MembersAsync());
        var plan = await (await officer.PostAsync($"/api/delegations/{id}/reception/participants/import", null))
            .JsonAsync();
        Assert.Equal(["Park Ji-hoon", "Lee Soo-jin", "Choi Min-ho"], await MembersAsync());
        Assert.Equal(["Park Ji-hoon", "Lee Soo-jin", "Choi Min-ho"], await OnTheDelegationAsync());

        // Choi set by hand to the first place; a member added after the import comes last, as entered.
        var input = Resend(plan);
        input.Participants.Single(p => p.Name == "Choi Min-ho").Order = 1;
        await (await officer.PutJsonAsync($"/api/delegations/{id}/reception", input)).JsonAsync();
        await (await officer.PostJsonAsync($"/api/delegations/{id}/members",
            new { name = "Jung Da-eun", title = "Vice Mayor", nationality = "KR" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["Choi Min-ho", "Park Ji-hoon", "Lee Soo-jin", "Jung Da-eun"], await MembersAsync());
        Assert.Equal(["Choi Min-ho", "Park Ji-hoon", "Lee Soo-jin", "Jung Da-eun"], await OnTheDelegationAsync());
    }

    [Fact]
    public async Task A_person_or_an_item_is_removed_with_their_seats_and_recorded_in_the_history()
    {
        using var officer = await app.OfficerAsync();
        var (id, plan, talks, banquet) = await TalksAndBanquetAsync(officer, "Đỗ Thu Trang (removal test)", null);
        foreach (var item in new[] { talks, banquet })
        {
            plan = await (await officer.PostJsonAsync($"/api/delegations/{id}/reception/items/{item}/seating",
                new { layout = "LongTable" })).JsonAsync();
        }

        var lee = plan.GetProperty("guests").EnumerateArray().Single(p => p.GetProperty("name").GetString()
            == "Lee Soo-jin").GetProperty("id").GetInt32();
        var version = plan.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent,
            (await officer.DeleteAsync($"/api/delegations/{id}/reception/participants/{lee}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await officer.DeleteAsync($"/api/delegations/{id}/reception/participants/{lee}")).StatusCode);
        var after = await (await officer.GetAsync($"/api/delegations/{id}/reception")).JsonAsync();
        Assert.Equal(["Park Ji-hoon", "Kim Min-ho"], Names(after.GetProperty("guests")));
        Assert.Equal([1, 2], after.GetProperty("guests").EnumerateArray().Select(p => p.GetProperty("place")
            .GetInt32()));
        Assert.True(after.GetProperty("version").GetInt32() > version);
        foreach (var item in after.GetProperty("items").EnumerateArray())
        {
            var seated = Names(item.GetProperty("seats"));
            Assert.DoesNotContain("Lee Soo-jin", seated);
            Assert.Contains("Park Ji-hoon", seated);
            Assert.Equal(6, seated.Length);
        }

        // The banquet goes with its interpreter and its seats; the talks keep theirs.
        Assert.Equal(HttpStatusCode.NoContent,
            (await officer.DeleteAsync($"/api/delegations/{id}/reception/items/{banquet}")).StatusCode);
        after = await (await officer.GetAsync($"/api/delegations/{id}/reception")).JsonAsync();
        Assert.Equal([talks], after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal(6, after.GetProperty("items")[0].GetProperty("seats").GetArrayLength());
        Assert.False(await app.WithDbAsync(db => db.Set<Attache.Reception.Seat>().IgnoreQueryFilters()
            .AnyAsync(s => s.ItemId == banquet)));
        Assert.Equal(HttpStatusCode.NotFound,
            (await officer.DeleteAsync($"/api/delegations/{id}/reception/items/{banquet}")).StatusCode);

        var removed = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.ParentEntity == "delegation" && a.ParentId == id && a.Action == AuditAction.Deleted)
            .Select(a => a.EntityId).ToListAsync());
        Assert.Contains(lee, removed);
        Assert.Contains(banquet, removed);
    }

    [Fact]
    public void Every_word_of_the_documents_has_its_vietnamese()
    {
        var resources = new ResourceManager("Attache.Resources.SharedResource", typeof(ReceptionService).Assembly)
        { IgnoreCase = true };
        var vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        var missing = ReceptionDocuments.Words.Where(w => resources.GetString(w, vi) is not { } t || t == w).ToList();
        Assert.Empty(missing);
    }
}
