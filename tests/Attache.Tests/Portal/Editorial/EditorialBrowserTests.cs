using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Portal.Editorial;

/// <summary>The editorial desk in the staff UI, on the demo data: an editor hands in the French draft of the Lai Châu
/// article, only a leader publishes it, and the article's history says so in words.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorialBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task An_editor_hands_in_a_translation_and_a_leader_publishes_it()
    {
        var editor = await app.NewPageAsync();
        await app.SignInAsync(editor, "editor.laichau@attache.demo");
        await editor.GotoAsync("/portal/articles");
        await BrowserFixture.ScreenshotAsync(editor, "portal-articles-vi");
        await editor.ClickAsync("table.grid a:has-text('Lai Châu: Mở rộng hội nhập')");
        await editor.WaitForSelectorAsync("#translation-fr");
        Assert.Equal("Bản nháp", (await editor.TextContentAsync("#stage-fr"))?.Trim());
        // An editor hands in; publishing is not offered to them.
        Assert.Equal(0, await editor.Locator("#to-fr-Published").CountAsync());
        await editor.ClickAsync("#to-fr-InReview");
        await Assertions.Expect(editor.Locator("#stage-fr")).ToHaveTextAsync("Chờ duyệt đăng");
        var address = editor.Url;

        var leader = await app.NewPageAsync("en-GB");
        await app.SignInAsync(leader, "leader.laichau@attache.demo");
        await leader.GotoAsync("/culture/en?back=" + Uri.EscapeDataString(new Uri(address).PathAndQuery));
        await leader.WaitForSelectorAsync("#to-fr-Published");
        await leader.ClickAsync("#to-fr-Published");
        await Assertions.Expect(leader.Locator("#stage-fr")).ToHaveTextAsync("Published");
        await BrowserFixture.ScreenshotAsync(leader, "portal-article-detail-en");
        var history = await leader.TextContentAsync("section.history") ?? "";
        Assert.True(history.Contains("In review → Published", StringComparison.Ordinal), history);
        Assert.DoesNotContain("InReview", history);
        Assert.DoesNotContain("articleTranslation", history);
        Assert.Contains("translation", history);
    }
}
