using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Tests.Browser;
using Attache.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Attache.Tests.Delegations;

[Collection(BrowserCollection.Name)]
public sealed partial class DelegationBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignInAsync(string email)
    {
        var page = await app.NewPageAsync(width: 1400, height: 1000);
        await app.SignInAsync(page, email);
        return page;
    }

    [Fact]
    public async Task A_refused_form_lists_every_error_at_the_top_with_the_focus_and_links_to_each_field()
    {
        var officer = await SignInAsync("officer.laichau@attache.demo");
        await officer.GotoAsync("/delegations/new");
        await BrowserFixture.FillDateAsync(officer, "#plannedStart", app.Today.AddDays(10));
        await BrowserFixture.FillDateAsync(officer, "#plannedEnd", app.Today.AddDays(12));
        await officer.FillAsync("#memberCount", "3");
        await officer.ClickAsync("#save");

        // The summary takes the focus, says nothing was saved, and names each field by its own label.
        var summary = officer.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.Locator("p.summary-title")).ToHaveTextAsync("Chưa lưu được. Cần sửa (1):");
        var titleLine = summary.Locator("a", new() { HasText = "Trường này là bắt buộc." });
        await Assertions.Expect(titleLine).ToHaveTextAsync("Tên đoàn: Trường này là bắt buộc.");
        await BrowserFixture.ScreenshotAsync(officer, "delegation-form-refused");
        Assert.Equal("3", await officer.InputValueAsync("#memberCount"));

        // Its line leads to the field: the cursor lands in it.
        await titleLine.ClickAsync();
        await Assertions.Expect(officer.Locator("#title")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_delegation_is_cancelled_only_with_a_reason_and_after_the_officer_confirms()
    {
        int id;
        using (var api = await app.OfficerAsync())
        {
            var partner = (await (await api.PostJsonAsync("/api/partners", new
            {
                kind = "ForeignLocality", country = "CN", nameLatin = "Wenshan Prefecture",
                nameVietnamese = "Châu Văn Sơn",
            })).JsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();
            id = await DelegationBuilder.Delegation().Inbound().Titled("Đoàn tỉnh Vân Nam dự hội chợ biên giới")
                .From("CN").With(partner).On(app.Today.AddDays(20), app.Today.AddDays(22)).CreateAsync(api);
        }

        var officer = await SignInAsync("officer.laichau@attache.demo");
        await officer.GotoAsync($"/delegations/{id}");
        var questions = new List<string>();
        var accept = true;
        officer.Dialog += async (_, dialog) =>
        {
            questions.Add(dialog.Message);
            await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
        };

        // Without a reason the cancellation is refused next to the reason's field, even once confirmed.
        await officer.ClickAsync("#to-Cancelled");
        await Assertions.Expect(officer.Locator("label:has(#reason) .validation-message"))
            .ToHaveTextAsync("Trường này là bắt buộc.");
        Assert.Equal("Đề xuất", await officer.InnerTextAsync("#status"));
        Assert.StartsWith("Hủy đoàn này? Đối tác và thành viên của đoàn sẽ được báo", Assert.Single(questions));

        // With a reason, answering "no" to the question leaves the delegation as it was.
        await officer.FillAsync("#reason", "Phía bạn đề nghị lùi sang quý sau");
        accept = false;
        await officer.ClickAsync("#to-Cancelled");
        Assert.Equal(2, questions.Count);
        using (var api = await app.OfficerAsync())
        {
            Assert.Equal("Proposed", (await api.GetDelegationAsync(id)).GetProperty("status").GetString());
        }

        Assert.Equal("Đề xuất", await officer.InnerTextAsync("#status"));

        // Confirmed: cancelled, with its reason, and the page says what happened.
        accept = true;
        await officer.ClickAsync("#to-Cancelled");
        await Assertions.Expect(officer.Locator("#status")).ToHaveTextAsync("Đã hủy");
        await Assertions.Expect(officer.Locator("p.flash")).ToHaveTextAsync("Trạng thái của đoàn: Đã hủy.");
        await Assertions.Expect(officer.Locator("dd", new() { HasText = "Phía bạn đề nghị lùi sang quý sau" }))
            .ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(officer, "delegation-cancelled");

        // The history is folded away and reads as words: the partner by its Vietnamese name, the officer by name,
        // the status by its label, no line pointing back at the delegation itself.
        var history = officer.Locator("section.history details");
        Assert.Null(await history.GetAttributeAsync("open"));
        await history.Locator("summary").ClickAsync();
        var rows = history.Locator("table.grid");
        await Assertions.Expect(rows).ToBeVisibleAsync();
        await Assertions.Expect(rows).ToContainTextAsync("Đối tác: ∅ → Châu Văn Sơn");
        await Assertions.Expect(rows).ToContainTextAsync("Trạng thái: Đề xuất → Đã hủy");
        await Assertions.Expect(rows).ToContainTextAsync("Chuyên viên Lai Châu");
        Assert.DoesNotContain("officer.laichau@", await rows.InnerTextAsync());
        Assert.DoesNotContain("Delegation", await rows.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(officer, "delegation-history");

        // The message is said once: the next visit of the page no longer shows it.
        await officer.ReloadAsync();
        await Assertions.Expect(officer.Locator("p.flash")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_officer_proposes_an_outbound_delegation_a_leader_approves_it_and_it_shows_on_the_calendar()
    {
        var start = app.Today.AddDays(7);
        const string title = "Đoàn công tác tỉnh Lai Châu thăm Thành phố Mungyeong về lao động thời vụ";

        // An earlier trip whose outcome report is late: the officer's home page reminds of it.
        using (var api = await app.OfficerAsync())
        using (var apiLeader = await app.LeaderAsync())
        {
            var back = start.AddDays(-30);
            var late = await DelegationBuilder.Delegation().Outbound()
                .Titled("Đoàn công tác tỉnh Lai Châu tại tỉnh Phông-xa-lỳ").To("LA")
                .On(back.AddDays(-3), back).CreateAsync(api);
            await (await apiLeader.MoveAsync(late, DelegationSteps.Approval)).JsonAsync();
            await (await api.MoveAsync(late, "UnderWay")).JsonAsync();
            await (await api.MoveAsync(late, "Completed")).JsonAsync();
        }

        var officer = await SignInAsync("officer.laichau@attache.demo");
        var reminder = officer.Locator("section.reminders");
        await Assertions.Expect(reminder).ToContainTextAsync("Báo cáo kết quả quá hạn (1)");
        await Assertions.Expect(reminder).ToContainTextAsync("Đoàn công tác tỉnh Lai Châu tại tỉnh Phông-xa-lỳ");
        await officer.ScreenshotAsync(new()
        {
            Path = BrowserFixture.Screenshot("delegation-home-overdue"),
            FullPage = true
        });

        await officer.GotoAsync("/delegations/new");
        await officer.SelectOptionAsync("#direction", "Outbound");
        await officer.SelectOptionAsync("#level", "PeoplesCommitteeViceChair");
        await officer.FillAsync("#title", title);
        await officer.FillAsync("#headName", "Lò Văn Thắng");
        await officer.SelectOptionAsync("#countries", "KR");
        await BrowserFixture.FillDateAsync(officer, "#plannedStart", start);
        await BrowserFixture.FillDateAsync(officer, "#plannedEnd", start.AddDays(4));
        await officer.FillAsync("#places", "Mungyeong, Gyeongsangbuk-do");
        await officer.FillAsync("#memberCount", "6");
        await officer.FillAsync("#budgetPlanned", "420000000");
        await officer.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("delegation-form"), FullPage = true });
        await officer.ClickAsync("#save");
        try
        {
            await Assertions.Expect(officer).ToHaveURLAsync(DetailUrl());
        }
        catch (TimeoutException)
        {
            await officer.ScreenshotAsync(new()
            {
                Path = BrowserFixture.Screenshot("delegation-save-failed"),
                FullPage = true
            });
            throw;
        }

        var detail = new Uri(officer.Url).AbsolutePath;
        await Assertions.Expect(officer.Locator("p.flash")).ToHaveTextAsync("Đã lưu đoàn.");
        Assert.Equal("Đề xuất", await officer.InnerTextAsync("#status"));
        Assert.Contains("Hàn Quốc", await officer.InnerTextAsync("#countries"));
        Assert.Equal(0, await officer.Locator("#to-Approved").CountAsync());
        Assert.Contains("Chờ lãnh đạo Sở phê duyệt.", await officer.ContentAsync());

        var leader = await SignInAsync("leader.laichau@attache.demo");
        await leader.GotoAsync(detail);
        await leader.FillAsync("#decisionNumber", "215/QĐ-UBND");
        await BrowserFixture.FillDateAsync(leader, "#decisionDate", start.AddDays(-5));
        await leader.FillAsync("#approvingAuthority", "Ủy ban nhân dân tỉnh Lai Châu");
        await leader.ClickAsync("#to-Approved");
        // The approval comes back to the same address, so it is the status that says the new page has arrived.
        await Assertions.Expect(leader.Locator("#status")).ToHaveTextAsync("Đã phê duyệt");
        Assert.Contains("215/QĐ-UBND", await leader.ContentAsync());
        await leader.ScreenshotAsync(new()
        {
            Path = BrowserFixture.Screenshot("delegation-approved"),
            FullPage = true
        });

        // The officer adds the programme and a member, and removes the member again.
        await officer.GotoAsync(detail);
        await officer.ClickAsync("text=Thêm mục chương trình");
        await BrowserFixture.FillDateAsync(officer, "input[name='Item.Date']", start.AddDays(1));
        await officer.FillAsync("input[name='Item.StartTime']", "09:30");
        await officer.FillAsync("input[name='Item.Place']", "Mungyeong City Hall");
        await officer.FillAsync("input[name='Item.Activity']", "Hội đàm với Thị trưởng");
        await officer.ClickAsync("form:has(input[name='Item.Place']) button[type=submit]");
        await Assertions.Expect(officer.Locator("table.grid").First).ToContainTextAsync("Hội đàm với Thị trưởng");
        await officer.ClickAsync("text=Thêm thành viên");
        await officer.FillAsync("#memberName", "Lò Văn Thắng");
        await officer.FillAsync("input[name='Member.Nationality']", "VN");
        await officer.ClickAsync("form:has(#memberName) button[type=submit]");
        await Assertions.Expect(officer.Locator("section:not(.history)", new() { HasText = "Quốc tịch" }).Locator("table.grid"))
            .ToContainTextAsync("Lò Văn Thắng");
        officer.Dialog += (_, dialog) => dialog.AcceptAsync();
        await officer.Locator("section:not(.history)", new() { HasText = "Quốc tịch" }).Locator("button.danger").ClickAsync();
        await Assertions.Expect(officer.Locator("text=Đoàn này không lưu danh sách thành viên.")).ToBeVisibleAsync();

        await officer.GotoAsync($"/calendar?month={start:yyyy-MM}");
        var entry = officer.Locator("a.entry", new() { HasText = title }).First;
        await Assertions.Expect(entry).ToBeVisibleAsync();
        Assert.Equal(detail, await entry.GetAttributeAsync("href"));
        Assert.Contains("/calendar/", await officer.InputValueAsync("#feed-url"));
        await officer.ScreenshotAsync(new()
        {
            Path = BrowserFixture.Screenshot("delegation-calendar"),
            FullPage = true
        });

        await officer.GotoAsync($"/calendar/week?date={start.AddDays(1):yyyy-MM-dd}");
        await Assertions.Expect(officer.Locator("a.entry", new() { HasText = title }).First).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("a.entry.kind-itinerary", new() { HasText = "Hội đàm với Thị trưởng" }))
            .ToContainTextAsync("09:30");
        await officer.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("delegation-week"), FullPage = true });

        await officer.GotoAsync("/delegations?direction=Outbound");
        await Assertions.Expect(officer.Locator("table.grid")).ToContainTextAsync(title);
        await officer.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("delegation-list"), FullPage = true });
    }

    [GeneratedRegex(@"/delegations/\d+$")]
    private static partial Regex DetailUrl();
}
