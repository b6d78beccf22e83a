using System.Globalization;
using Attache.Tests.Browser;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Attache.Tests.Reception;

[Collection(BrowserCollection.Name)]
public sealed class ReceptionBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_officer_builds_the_reception_of_a_korean_delegation_and_downloads_the_briefing_pack()
    {
        var day = app.Today.AddDays(12);
        int id;
        using (var api = await app.OfficerAsync())
        {
            id = await DelegationBuilder.Delegation().Inbound().From("KR").On(day, day.AddDays(1))
                .Titled("Đoàn Thành phố Mungyeong thăm và làm việc tại tỉnh Lai Châu").CreateAsync(api);
        }

        await app.InterpreterAsync("Kim Hye-jin (phiên dịch tiếng Hàn)", "ko");
        await app.InterpreterAsync("Lương Văn Hòa (phiên dịch tiếng Trung)", "zh");

        var page = await app.NewPageAsync(width: 1366, height: 900);
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync($"/delegations/{id}");
        await page.ClickAsync("#reception-link");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kế hoạch đón tiếp");

        async Task AddAsync(string side, string name, string title, bool head)
        {
            await page.Locator("details.add", new() { HasText = "Thêm người" }).Locator("summary").ClickAsync();
            await page.SelectOptionAsync("#personSide", side);
            await page.FillAsync("#personName", name);
            await page.FillAsync("#personTitle", title);
            if (head)
            {
                await page.CheckAsync("#personHead");
            }

            await page.ClickAsync("#add-person");
            await Assertions.Expect(page.Locator(side == "Host" ? "#hosts" : "#guests")).ToContainTextAsync(name);
        }

        await AddAsync("Guest", "Lee Soo-jin", "Deputy Director", false);
        await AddAsync("Guest", "Park Ji-hoon", "Mayor of Mungyeong", true);
        await AddAsync("Host", "Nguyễn Văn Hưng", "Giám đốc Sở Ngoại vụ", false);
        await AddAsync("Host", "Lò Văn Thắng", "Phó Chủ tịch UBND tỉnh", true);
        var guests = page.Locator("#guests td.name");
        await Assertions.Expect(guests).ToHaveTextAsync(["Park Ji-hoon ★", "Lee Soo-jin"]);
        await Assertions.Expect(page.Locator("#hosts td.name")).ToHaveTextAsync(["Lò Văn Thắng ★", "Nguyễn Văn Hưng"]);
        await Assertions.Expect(page.Locator("#hosts")).ToContainTextAsync("Phó lãnh đạo tỉnh");

        // The banquet, with the Korean interpreter of the roster.
        await page.Locator("details.add", new() { HasText = "Thêm hội đàm" }).Locator("summary").ClickAsync();
        await page.SelectOptionAsync("#itemKind", "Banquet");
        await page.FillAsync("#itemTitle", "Tiệc chiêu đãi Đoàn Thành phố Mungyeong");
        await page.FillAsync("#itemDate", Iso(day));
        await page.FillAsync("#itemStart", "18:30");
        await page.FillAsync("#itemEnd", "20:30");
        await page.FillAsync("#itemPlace", "Nhà khách UBND tỉnh");
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

        await page.FillAsync("#talkingPoints", "Cảm ơn Thành phố đã tiếp nhận lao động thời vụ của tỉnh.");
        await page.ClickAsync("#save-points");
        await Assertions.Expect(page.Locator("#talkingPoints"))
            .ToHaveValueAsync("Cảm ơn Thành phố đã tiếp nhận lao động thời vụ của tỉnh.");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-vi-1366"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-vi-390"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#briefing-vi"));
        var path = await download.PathAsync();
        using (var word = WordprocessingDocument.Open(path, false))
        {
            var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!
                .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("Tài liệu phục vụ lãnh đạo tiếp đoàn", text);
            Assert.Contains("Kim Hye-jin (phiên dịch tiếng Hàn)", text);
            var precedence = text.IndexOf("Thứ tự ưu tiên", StringComparison.Ordinal);
            Assert.True(precedence > 0);
            var park = text.IndexOf("Park Ji-hoon", precedence, StringComparison.Ordinal);
            var lee = text.IndexOf("Lee Soo-jin", precedence, StringComparison.Ordinal);
            var thang = text.IndexOf("Lò Văn Thắng", precedence, StringComparison.Ordinal);
            var hung = text.IndexOf("Nguyễn Văn Hưng", precedence, StringComparison.Ordinal);
            Assert.True(park < lee && lee < thang && thang < hung, text);
        }

        var english = await app.NewPageAsync("en-GB", width: 1366, height: 900);
        await app.SignInAsync(english, "officer.laichau@attache.demo");
        await english.GotoAsync($"/delegations/{id}/reception");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Reception plan");
        await Assertions.Expect(english.Locator("#guests")).ToContainTextAsync("Park Ji-hoon");
        await english.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-en-1366"), FullPage = true });
        await english.SetViewportSizeAsync(390, 844);
        await english.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reception-en-390"), FullPage = true });
    }
}
