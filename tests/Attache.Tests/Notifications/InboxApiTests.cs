using System.Net;
using Attache.Notifications;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Notifications;

/// <summary>The inbox and preferences API on both databases: each person sees and marks only their own
/// notifications (another's is a 404), the unread count and filter follow, bad preferences are a 400 naming the
/// field.</summary>
public sealed class InboxApiTests(MailFactory app) : IClassFixture<MailFactory>
{
    [Fact]
    public async Task A_user_lists_counts_and_marks_read_only_their_own_notifications()
    {
        var mine = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            mine.Add(await app.QueueAsync("officer.caobang@attache.demo", $"inbox-{i}", $"/delegations/{i + 1}"));
        }

        var theirs = await app.QueueAsync("leader.caobang@attache.demo", "inbox-leader", "/delegations/9");
        using var officer = await app.OfficerAsync("VN-04");

        var page = await (await officer.GetAsync("/api/notifications")).JsonAsync();
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        var first = page.GetProperty("items")[0];
        Assert.Equal(mine[2], first.GetProperty("id").GetInt32());
        Assert.Equal("Đoàn chờ phê duyệt", first.GetProperty("title").GetString());
        Assert.Equal("/delegations/3", first.GetProperty("link").GetString());
        Assert.Equal(3, (await (await officer.GetAsync("/api/notifications/unread-count")).JsonAsync())
            .GetProperty("count").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/notifications/{mine[0]}/read", null))
            .StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/notifications/{mine[0]}/read", null))
            .StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"/api/notifications/{theirs}/read", null))
            .StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync("/api/notifications/999999/read", null))
            .StatusCode);
        var unread = await (await officer.GetAsync("/api/notifications?unread=true")).JsonAsync();
        Assert.Equal([mine[2], mine[1]], unread.GetProperty("items").EnumerateArray()
            .Select(n => n.GetProperty("id").GetInt32()));

        var all = await (await officer.PostAsync("/api/notifications/read-all", null)).JsonAsync();
        Assert.Equal(2, all.GetProperty("marked").GetInt32());
        Assert.Equal(0, (await (await officer.GetAsync("/api/notifications/unread-count")).JsonAsync())
            .GetProperty("count").GetInt32());

        using var leader = await app.LeaderAsync("VN-04");
        Assert.Equal(1, (await (await leader.GetAsync("/api/notifications/unread-count")).JsonAsync())
            .GetProperty("count").GetInt32());
        var rows = await app.RowsAsync([theirs]);
        Assert.Null(rows.Single().ReadAt);
    }

    [Fact]
    public async Task The_inbox_shows_each_notification_in_the_requests_language_whatever_it_was_mailed_in()
    {
        const string email = "viewer.laichau@attache.demo";
        using var viewer = await app.ViewerAsync();
        async Task ChooseAsync(string language) => (await viewer.PutJsonAsync("/api/notifications/preferences",
            new { language, kinds = Array.Empty<object>() })).EnsureSuccessStatusCode();
        await ChooseAsync("vi");
        var vi = await app.QueueAsync(email, "language-vi", "/delegations/1");
        await ChooseAsync("en");
        var en = await app.QueueAsync(email, "language-en", "/delegations/2");
        Assert.Equal(["vi", "en"], (await app.RowsAsync([vi, en])).Select(r => r.Language));

        foreach (var (language, title, body) in new[]
                 {
                     ("vi", "Đoàn chờ phê duyệt", "Nhiệm vụ kế hoạch bị chậm"),
                     ("en", "A delegation waits for approval", "A plan item is late"),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications");
            request.Headers.AcceptLanguage.ParseAdd(language == "en" ? "en-GB" : "vi-VN");
            var items = (await (await viewer.SendAsync(request)).JsonAsync()).GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("id").GetInt32() == vi || n.GetProperty("id").GetInt32() == en).ToList();
            Assert.Equal(2, items.Count);
            Assert.All(items, n => Assert.Equal((language, title, body), (n.GetProperty("language").GetString(),
                n.GetProperty("title").GetString(), n.GetProperty("body").GetString())));
        }
    }

    [Fact]
    public async Task Preferences_are_read_and_changed_and_bad_ones_refused_naming_the_field()
    {
        using var viewer = await app.ViewerAsync("VN-04");
        var before = await (await viewer.GetAsync("/api/notifications/preferences")).JsonAsync();
        Assert.Equal("vi", before.GetProperty("language").GetString());
        Assert.Equal(NotificationKinds.All.Count, before.GetProperty("kinds").GetArrayLength());
        Assert.All(before.GetProperty("kinds").EnumerateArray(),
            k => Assert.Equal("Immediately", k.GetProperty("delivery").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await viewer.PutJsonAsync("/api/notifications/preferences", new
        {
            language = "en",
            kinds = new[] { new { kind = NotificationKinds.PermitExpiring, delivery = "Digest" } },
        })).StatusCode);
        var after = await (await viewer.GetAsync("/api/notifications/preferences")).JsonAsync();
        Assert.Equal("en", after.GetProperty("language").GetString());
        var permit = after.GetProperty("kinds").EnumerateArray()
            .Single(k => k.GetProperty("kind").GetString() == NotificationKinds.PermitExpiring);
        Assert.Equal("Digest", permit.GetProperty("delivery").GetString());
        Assert.Equal("A foreign organisation's permit expires within 90 days", permit.GetProperty("label").GetString());

        Assert.Equal(["Language"], await (await viewer.PutJsonAsync("/api/notifications/preferences",
            new { language = "fr", kinds = Array.Empty<object>() })).ProblemFieldsAsync(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["kinds[0].kind"], await (await viewer.PutJsonAsync("/api/notifications/preferences", new
        {
            language = "vi",
            kinds = new[] { new { kind = "no-such-kind", delivery = "Off" } },
        })).ProblemFieldsAsync());
    }
}
