using System.Text.RegularExpressions;
using Attache.Notifications;
using Attache.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Attache.Tests.Notifications;

/// <summary>The inbox in a browser, in both languages at 1366 px: a notification queued for the officer shows in the
/// bell's count, the inbox lists it with its link in the page's language (it was written in the other one),
/// following the link opens the page, marking read empties the count; the preferences page saves a choice.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InboxBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("vi-VN", "officer.laichau@attache.demo", "Đoàn chờ phê duyệt", "Đánh dấu đã đọc", "Đã đọc")]
    [InlineData("en-US", "officer.caobang@attache.demo", "A delegation waits for approval", "Mark as read",
        "Already read")]
    public async Task The_bell_counts_the_inbox_lists_the_link_opens_and_marking_read_clears(string locale,
        string email, string title, string markRead, string read)
    {
        // The notifications are written in the other language (the person's choice when they were queued); the inbox
        // shows them in the page's.
        var language = locale[..2] == "vi" ? "en" : "vi";
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, language)));
        var first = await QueueAsync(email, $"browser-{locale}-1", "/dossiers");
        await QueueAsync(email, $"browser-{locale}-2", "/partners");

        var page = await app.NewPageAsync(locale, 1366);
        await app.SignInAsync(page, email);
        await page.GotoAsync($"/culture/{locale[..2]}?back=/");
        await Assertions.Expect(page.Locator("#notification-bell .count")).ToHaveTextAsync("2");

        await page.ClickAsync("#notification-bell");
        await Assertions.Expect(page).ToHaveURLAsync(Inbox());
        var item = page.Locator($"#notification-{first}");
        await Assertions.Expect(item).ToHaveClassAsync(new Regex("unread"));
        await Assertions.Expect(item.Locator("a.title")).ToHaveTextAsync(title);
        await BrowserFixture.ScreenshotAsync(page, $"notifications-{locale}");

        await item.Locator("a.title").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dossiers$"));

        await page.GotoAsync("/notifications");
        await page.Locator($"#notification-{first}").GetByRole(AriaRole.Button, new() { Name = markRead }).ClickAsync();
        await Assertions.Expect(page.Locator($"#notification-{first} .state")).ToHaveTextAsync(read);
        await Assertions.Expect(page.Locator("#notification-bell .count")).ToHaveTextAsync("1");

        await page.ClickAsync("#read-all");
        await Assertions.Expect(page.Locator("#notification-bell .count")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("li.unread")).ToHaveCountAsync(0);

        await page.GotoAsync("/notifications?unread=true");
        await Assertions.Expect(page.Locator("p.empty")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"notifications-empty-{locale}");
    }

    [Theory]
    [InlineData("vi-VN", "Thư tổng hợp hằng ngày")]
    [InlineData("en-US", "Daily digest")]
    public async Task The_preferences_page_saves_a_choice(string locale, string digest)
    {
        var email = locale == "vi-VN" ? "leader.laichau@attache.demo" : "leader.caobang@attache.demo";
        var page = await app.NewPageAsync(locale, 1366);
        await app.SignInAsync(page, email);
        await page.GotoAsync($"/culture/{locale[..2]}?back=/notifications/preferences");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/notifications/preferences$"));
        await page.SelectOptionAsync($"#delivery-{NotificationKinds.AgreementExpiring}", new SelectOptionValue
        {
            Label = digest,
        });
        await page.SelectOptionAsync("#language", "en");
        await page.ClickAsync("form.form button[type=submit]");
        await Assertions.Expect(page.Locator("p.saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#delivery-{NotificationKinds.AgreementExpiring}"))
            .ToHaveValueAsync("Digest");
        await BrowserFixture.ScreenshotAsync(page, $"notification-preferences-{locale}");

        var saved = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == email).Select(u => u.Language).SingleAsync(),
            await db.Set<NotificationPreference>().Where(p => p.Kind == NotificationKinds.AgreementExpiring
                && db.Users.Any(u => u.Id == p.UserId && u.Email == email)).Select(p => p.Delivery).SingleAsync()));
        Assert.Equal(("en", Delivery.Digest), saved);
    }

    private async Task<int> QueueAsync(string email, string dedupKey, string link)
    {
        var id = 0;
        await app.WithDbAsync(async (db, services) =>
        {
            var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.ProvinceId }).SingleAsync();
            await services.GetRequiredService<Notifier>().QueueAsync(new NotificationDraft(user.ProvinceId!.Value,
                user.Id, NotificationKinds.DelegationSubmitted, "Notify.DelegationSubmitted", "Notify.PlanItemLate", [],
                link, dedupKey));
            await db.SaveChangesAsync();
            id = db.Set<Notification>().Local.Single(n => n.DedupKey == dedupKey).Id;
        });
        return id;
    }

    [GeneratedRegex("/notifications$")]
    private static partial Regex Inbox();
}
