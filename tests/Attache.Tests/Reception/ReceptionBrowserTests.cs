using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Attache.Tests.Browser;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Attache.Tests.Reception;

/// <summary>The protocol officer prepares the reception of a Korean delegation entirely in the browser: the members
/// imported and the precedence adjusted by hand, the hosts added, a banquet with the Korean interpreter of the
/// roster and its seating at round tables, a person removed after seeing what goes with it, a gift registered for
/// the delegation (found in the yearly register), and the briefing pack downloaded and read back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReceptionBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_officer_builds_the_reception_of_a_korean_delegation_and_downloads_the_briefing_pack()
    {
        var day = app.Today.AddDays(12);
        int id;
        using (var api = await app.OfficerAsync())
        {
            id = await DelegationBuilder.Delegation().Inbound().From("KR").On(day, day.AddDays(1))
                .Titled("Đoàn Thành phố Mungyeong thăm và làm việc tại tỉnh Lai Châu").CreateAsync(api);
            foreach (var (name, title) in new[] { ("Lee Soo-jin", "Deputy Director"),
                         ("Park Ji-hoon", "Mayor of Mungyeong"), ("Choi Min-ho", "Officer") })
            {
                await (await api.PostJsonAsync($"/api/delegations/{id}/members",
                    new { name, title, nationality = "KR" })).JsonAsync(HttpStatusCode.Created);
            }
        }

        await app.InterpreterAsync("Kim Hye-jin (phiên dịch tiếng Hàn)", "ko");
        await app.InterpreterAsync("Lương Văn Hòa (phiên dịch tiếng Trung)", "zh");

        var page = await app.NewPageAsync(width: 1366, height: 900);
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync($"/delegations/{id}");
        var members = page.Locator("section:has(> h2:text-is('Thành viên')) tbody td:first-child");
        // No reception plan yet: the members in the order they were entered.
        await Assertions.Expect(members).ToHaveTextAsync(["Lee Soo-jin", "Park Ji-hoon", "Choi Min-ho"]);
        await page.ClickAsync("#reception-link");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kế hoạch đón tiếp");

        // The members come in on the guests' side, ranked from their titles; Choi set by hand to the second place.
        await page.ClickAsync("#import-members");
        var guests = page.Locator("#guests td.name");
        await Assertions.Expect(guests).ToHaveTextAsync(["Park Ji-hoon", "Lee Soo-jin", "Choi Min-ho"]);
        var choi = page.Locator("#guests tr", new() { HasText = "Choi Min-ho" });
        await choi.Locator("input[name=NewOrder]").FillAsync("2");
        await choi.Locator("button").ClickAsync();
        await Assertions.Expect(guests).ToHaveTextAsync(["Park Ji-hoon", "Choi Min-ho", "Lee Soo-jin"]);

        async Task AddHostAsync(string name, string title, bool head)
        {
            await page.Locator("details.add", new() { HasText = "Thêm người" }).Locator("summary").ClickAsync();
            await page.SelectOptionAsync("#personSide", "Host");
            await page.FillAsync("#personName", name);
            await page.FillAsync("#personTitle", title);
            if (head)
            {
                await page.CheckAsync("#personHead");
            }

            await page.ClickAsync("#add-person");
            await Assertions.Expect(page.Locator("#hosts")).ToContainTextAsync(name);
        }

        await AddHostAsync("Nguyễn Văn Hưng", "Giám đốc Sở Ngoại vụ", false);
        await AddHostAsync("Lò Văn Thắng", "Phó Chủ tịch UBND tỉnh", true);
        await AddHostAsync("Trần Thị Hà", "Chuyên viên Sở Ngoại vụ", false);
        await Assertions.Expect(page.Locator("#hosts td.name"))
            .ToHaveTextAsync(["Lò Văn Thắng ★", "Nguyễn Văn Hưng", "Trần Thị Hà"]);
        await Assertions.Expect(page.Locator("#hosts")).ToContainTextAsync("Phó lãnh đạo tỉnh");

        // The banquet, with the Korean interpreter of the roster.
        await page.Locator("details.add", new() { HasText = "Thêm hội đàm" }).Locator("summary").ClickAsync();
        await page.SelectOptionAsync("#itemKind", "Banquet");
        await FillAsync(page, ("#itemTitle", "Tiệc chiêu đãi Đoàn Thành phố Mungyeong"),
            ("#itemStart", "18:30"), ("#itemEnd", "20:30"), ("#itemPlace", "Nhà khách UBND tỉnh"));
        await BrowserFixture.FillDateAsync(page, "#itemDate", day);
        await page.SelectOptionAsync("#itemLanguage", "ko");
        await page.SelectOptionAsync("#itemInterpreter",
            new SelectOptionValue { Label = "Kim Hye-jin (phiên dịch tiếng Hàn) (tiếng Hàn)" });
        await page.ClickAsync("#add-item");
        await Assertions.Expect(page.Locator("article.item .interpreter"))
            .ToHaveTextAsync("Kim Hye-jin (phiên dịch tiếng Hàn)");

        // The seating plan at round tables: the host at the head seat, the chief guest on his right.
        await page.Locator("select[id^=layout-]").SelectOptionAsync("RoundTables");
        await page.Locator("button[id^=generate-]").ClickAsync();
        var seating = page.Locator("div.seating table.round").First;
        await Assertions.Expect(seating.Locator("tr").Nth(0)).ToContainTextAsync("Lò Văn Thắng");
        await Assertions.Expect(seating.Locator("tr").Nth(1)).ToContainTextAsync("Park Ji-hoon");
        await Assertions.Expect(seating).ToContainTextAsync("Kim Hye-jin");
        await Assertions.Expect(seating).ToContainTextAsync("Trần Thị Hà");

        // Trần Thị Hà will not attend: the confirmation says her seat at the banquet goes with her.
        await page.Locator("#hosts tr", new() { HasText = "Trần Thị Hà" }).Locator("a.danger").ClickAsync();
        await Assertions.Expect(page.Locator("#removal")).ToContainTextAsync("Xóa Trần Thị Hà (Chủ nhà, thứ tự 3)");
        await Assertions.Expect(page.Locator("#lost"))
            .ToContainTextAsync("Chỗ ngồi tại “Tiệc chiêu đãi Đoàn Thành phố Mungyeong”: bàn 1");
        await BrowserFixture.ScreenshotAsync(page, "reception-remove-vi");
        await page.ClickAsync("#confirm-remove");
        await Assertions.Expect(page.Locator("#hosts td.name")).ToHaveTextAsync(["Lò Văn Thắng ★", "Nguyễn Văn Hưng"]);
        await Assertions.Expect(page.Locator("div.seating")).Not.ToContainTextAsync("Trần Thị Hà");

        await page.FillAsync("#talkingPoints", "Cảm ơn Thành phố đã tiếp nhận lao động thời vụ của tỉnh.");
        await page.ClickAsync("#save-points");
        await Assertions.Expect(page.Locator("#talkingPoints"))
            .ToHaveValueAsync("Cảm ơn Thành phố đã tiếp nhận lao động thời vụ của tỉnh.");

        // A gift received from the delegation, registered from its reception plan, kept by the department.
        await page.ClickAsync("#new-gift");
        await Assertions.Expect(page.Locator("#delegation")).ToHaveValueAsync(id.ToString(CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#direction", "Received");
        await page.SelectOptionAsync("#handling", "Kept");
        await BrowserFixture.FillDateAsync(page, "#date", day);
        await FillAsync(page, ("#value", "2400000"), ("#item", "Bộ ấm chén gốm Mungyeong"),
            ("#counterparty", "Park Ji-hoon, Thị trưởng"), ("#occasion", "Tiệc chiêu đãi"),
            ("#handlingNote", "Trưng bày tại phòng khách đối ngoại"));
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/gifts/\d+$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Giữ lại sử dụng");
        await BrowserFixture.ScreenshotAsync(page, "gift-vi");
        await page.GotoAsync($"/gifts/register?year={day.Year}");
        await Assertions.Expect(page.Locator("table.gifts")).ToContainTextAsync("Bộ ấm chén gốm Mungyeong");
        await Assertions.Expect(page.Locator("tr[data-handling=Kept]")).ToContainTextAsync("2.400.000");

        await page.GotoAsync($"/delegations/{id}/reception");
        await Assertions.Expect(page.Locator("#gifts")).ToContainTextAsync("Bộ ấm chén gốm Mungyeong");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-vi-1366"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-vi-390"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#briefing-vi"));
        var text = Text(await download.PathAsync());
        Assert.Contains("Tài liệu phục vụ lãnh đạo tiếp đoàn", text);
        Assert.Contains("Kim Hye-jin (phiên dịch tiếng Hàn)", text);
        Assert.DoesNotContain("Trần Thị Hà", text);
        var precedence = text.IndexOf("Thứ tự ưu tiên", StringComparison.Ordinal);
        Assert.True(precedence > 0);
        var order = new[] { "Park Ji-hoon", "Choi Min-ho", "Lee Soo-jin", "Lò Văn Thắng", "Nguyễn Văn Hưng" }
            .Select(name => text.IndexOf(name, precedence, StringComparison.Ordinal)).ToList();
        Assert.True(order[0] > precedence && order.SequenceEqual(order.Order()), text);
        var gifts = text.IndexOf("8. Quà tặng", StringComparison.Ordinal);
        Assert.True(gifts > precedence, text);
        Assert.Contains("Bộ ấm chén gốm Mungyeong", text[gifts..]);
        Assert.Contains("2.400.000", text[gifts..]);

        // The delegation's own page lists its members in the plan's order of precedence.
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync($"/delegations/{id}");
        await Assertions.Expect(members).ToHaveTextAsync(["Park Ji-hoon", "Choi Min-ho", "Lee Soo-jin"]);

        var english = await app.NewPageAsync("en-GB", width: 1366, height: 900);
        await app.SignInAsync(english, "officer.laichau@attache.demo");
        await english.GotoAsync($"/delegations/{id}/reception");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Reception plan");
        await Assertions.Expect(english.Locator("#guests td.name"))
            .ToHaveTextAsync(["Park Ji-hoon", "Choi Min-ho", "Lee Soo-jin"]);
        await Assertions.Expect(english.Locator("#gifts")).ToContainTextAsync("Received");
        await english.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-en-1366"), FullPage = true });
        var englishPack = Text(await (await english.RunAndWaitForDownloadAsync(() =>
            english.ClickAsync("#briefing-en"))).PathAsync());
        Assert.Contains("Briefing pack for the reception", englishPack);
        Assert.Contains("8. Gifts", englishPack);
        Assert.Contains("2,400,000", englishPack);
        await english.SetViewportSizeAsync(390, 844);
        await english.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-en-390"), FullPage = true });
    }

    private static async Task FillAsync(IPage page, params (string Field, string Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            await page.FillAsync(field, value);
        }
    }

    private static string Text(string path)
    {
        using var word = WordprocessingDocument.Open(path, false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!
            .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
