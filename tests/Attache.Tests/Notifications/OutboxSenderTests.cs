using System.Net;
using Attache.Notifications;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Attache.Tests.Notifications;

/// <summary>The outbox delivered by a real SMTP server (netDumbster), on SQLite and PostgreSQL: the mail in the
/// recipient's language with both parts and an absolute link; 50 notifications sent exactly once by two app
/// instances (two hosts on one database) running at the same time; a stopped server loses nothing (back-off, then
/// delivery); the preferences (immediately, digest, off) and the digest, once per person and day even with two
/// instances.</summary>
public sealed class OutboxSenderTests(MailFactory app) : IClassFixture<MailFactory>
{
    [Fact]
    public async Task The_mail_is_in_the_recipients_language_with_both_parts_and_an_absolute_link()
    {
        await app.ResetAsync();
        using var leader = await app.ClientForAsync(MailFactory.Leader);
        (await leader.PutJsonAsync("/api/notifications/preferences", new { language = "en", kinds = Array.Empty<object>() }))
            .EnsureSuccessStatusCode();
        var vi = await app.QueueAsync(MailFactory.Officer, "mail-vi", "/delegations/7");
        var en = await app.QueueAsync(MailFactory.Leader, "mail-en", "/delegations/7");

        var run = await app.Sender("one").RunOnceAsync(default);

        Assert.Equal(2, run.Sent);
        var mails = app.Received();
        Assert.Equal(2, mails.Count);
        var mailVi = mails.Single(m => m.To.Mailboxes.Single().Address == MailFactory.Officer);
        Assert.Equal("Đoàn chờ phê duyệt", mailVi.Subject);
        Assert.Equal("vi", mailVi.Body!.Headers["Content-Language"]);
        Assert.Equal("attache@laichau.test", mailVi.From.Mailboxes.Single().Address);
        Assert.Contains("Nhiệm vụ kế hoạch bị chậm", mailVi.TextBody);
        Assert.Contains("Mở trong Attaché: https://attache.laichau.test/delegations/7", mailVi.TextBody);
        Assert.Contains("<a href=\"https://attache.laichau.test/delegations/7\">Mở trong Attach", mailVi.HtmlBody);
        Assert.Contains("<html lang=\"vi\">", mailVi.HtmlBody);
        Assert.DoesNotContain("Open in", mailVi.TextBody);

        var mailEn = mails.Single(m => m.To.Mailboxes.Single().Address == MailFactory.Leader);
        Assert.Equal("A delegation waits for approval", mailEn.Subject);
        Assert.Equal("en", mailEn.Body!.Headers["Content-Language"]);
        Assert.Contains("A plan item is late", mailEn.TextBody);
        Assert.Contains("Open in Attaché: https://attache.laichau.test/delegations/7", mailEn.TextBody);
        Assert.Contains("https://attache.laichau.test/notifications/preferences", mailEn.HtmlBody);
        Assert.Contains("<html lang=\"en\">", mailEn.HtmlBody);

        var rows = await app.RowsAsync([vi, en]);
        Assert.All(rows, r =>
        {
            Assert.Equal(MailState.Sent, r.Mail);
            Assert.NotNull(r.SentAt);
            Assert.Null(r.ClaimedBy);
            Assert.Equal(0, r.Attempts);
        });
    }

    [Fact]
    public async Task A_calendar_invitation_goes_to_its_address_as_a_text_calendar_request()
    {
        await app.ResetAsync();
        const string calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Attache//VI\r\nMETHOD:REQUEST\r\n"
            + "BEGIN:VEVENT\r\nUID:delegation-12@attache\r\nDTSTAMP:20261130T020000Z\r\nDTSTART:20261210T020000Z\r\n"
            + "DTEND:20261210T040000Z\r\nSUMMARY:Đoàn Vân Nam\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var id = await app.QueueAsync(MailFactory.Officer, "invite-12", "/delegations/12",
            NotificationKinds.CalendarInvitation, calendar, "guest@partner.test");

        await app.Sender("one").RunOnceAsync(default);

        var mail = Assert.Single(app.Received());
        Assert.Equal("guest@partner.test", mail.To.Mailboxes.Single().Address);
        var part = mail.BodyParts.OfType<TextPart>().Single(p => p.ContentType.MediaSubtype == "calendar");
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        Assert.Contains("SUMMARY:Đoàn Vân Nam", part.Text);
        Assert.Equal(MailState.Sent, (await app.RowsAsync([id])).Single().Mail);
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_deliver_fifty_notifications_exactly_once_each()
    {
        await app.ResetAsync();
        var accounts = new[] { MailFactory.Officer, MailFactory.Leader, "viewer.laichau@attache.demo",
            "officer.caobang@attache.demo", "leader.caobang@attache.demo" };
        var ids = new List<int>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(await app.QueueAsync(accounts[i % accounts.Length], $"once-{i}", $"/delegations/{1000 + i}"));
        }

        // Two hosts: two service providers, each sender with its own scopes and DbContext pool, one database.
        await using var other = await app.SecondInstanceAsync();
        var first = app.Sender("instance-a", o => o.BatchSize = 4);
        var second = other.Sender("instance-b", o => o.BatchSize = 4);
        var runs = await Task.WhenAll(Task.Run(() => first.RunOnceAsync(default)),
            Task.Run(() => second.RunOnceAsync(default)));

        Assert.Equal(50, runs.Sum(r => r.Sent));
        Assert.Equal(0, runs.Sum(r => r.Failed));
        var mails = app.Received();
        Assert.Equal(50, mails.Count);
        var settings = new MailOptions { BaseUrl = MailFactory.Site };
        Assert.Equal(ids.Select(id => NotificationMail.MessageId(settings, id)).Order(),
            mails.Select(m => m.MessageId).Order());
        var links = mails.Select(m => System.Text.RegularExpressions.Regex
            .Match(m.TextBody!, @"https://attache\.laichau\.test/delegations/(\d+)").Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(1000, 50).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Order(), links.Order());
        var rows = await app.RowsAsync(ids);
        Assert.All(rows, r => Assert.Equal((MailState.Sent, 0, null, null),
            (r.Mail, r.Attempts, r.ClaimedBy, r.ClaimedUntil)));
        Assert.Equal(0, (await first.RunOnceAsync(default)).Sent + (await second.RunOnceAsync(default)).Sent);
        Assert.Equal(50, app.Smtp!.ReceivedEmailCount);
    }

    [Fact]
    public async Task A_stopped_mail_server_loses_nothing_the_attempts_back_off_and_the_mails_go_when_it_returns()
    {
        await app.ResetAsync();
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await app.QueueAsync(MailFactory.Officer, $"down-{i}", $"/delegations/{2000 + i}"));
        }

        var sender = app.Sender("patient");
        app.StopSmtp();
        try
        {
            // Attempt 1 now, then after 1 and 2 minutes; between them nothing is tried.
            foreach (var (attempt, wait) in new[] { (1, 1), (2, 2), (3, 4) })
            {
                var run = await sender.RunOnceAsync(default);
                Assert.Equal((0, 5), (run.Sent, run.Failed));
                var rows = await app.RowsAsync(ids);
                var now = app.Clock.GetUtcNow().UtcDateTime;
                Assert.All(rows, r =>
                {
                    Assert.Equal(MailState.Pending, r.Mail);
                    Assert.Equal(attempt, r.Attempts);
                    Assert.False(string.IsNullOrEmpty(r.LastError));
                    Assert.Null(r.ClaimedBy);
                    Assert.InRange(r.NextAttemptAt!.Value - now, TimeSpan.FromMinutes(wait) - TimeSpan.FromSeconds(1),
                        TimeSpan.FromMinutes(wait));
                });
                var idle = await sender.RunOnceAsync(default);
                Assert.Equal((0, 0), (idle.Sent, idle.Failed));
                app.Clock.Advance(TimeSpan.FromMinutes(wait));
            }
        }
        finally
        {
            app.StartSmtp();
        }

        var back = await sender.RunOnceAsync(default);

        Assert.Equal((5, 0), (back.Sent, back.Failed));
        var delivered = await app.RowsAsync(ids);
        Assert.All(delivered, r => Assert.Equal((MailState.Sent, 3), (r.Mail, r.Attempts)));
        Assert.Equal(5, app.Received().Count);
        Assert.Equal(5, app.Received().Select(m => m.TextBody).Distinct().Count());
        Assert.Equal(0, (await sender.RunOnceAsync(default)).Sent);
    }

    [Fact]
    public async Task After_the_last_attempt_a_notification_is_failed_with_its_error_kept()
    {
        await app.ResetAsync();
        var id = await app.QueueAsync(MailFactory.Officer, "given-up", "/delegations/3000");
        var sender = app.Sender("brief", o => o.MaxAttempts = 2);
        app.StopSmtp();
        try
        {
            await sender.RunOnceAsync(default);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await sender.RunOnceAsync(default);
            app.Clock.Advance(TimeSpan.FromHours(2));
            Assert.Equal(0, (await sender.RunOnceAsync(default)).Failed);
        }
        finally
        {
            app.StartSmtp();
        }

        var row = (await app.RowsAsync([id])).Single();
        Assert.Equal((MailState.Failed, 2), (row.Mail, row.Attempts));
        Assert.False(string.IsNullOrEmpty(row.LastError));
        Assert.Equal(0, (await sender.RunOnceAsync(default)).Sent);
        Assert.Empty(app.Received());
    }

    [Fact]
    public async Task Preferences_choose_immediately_digest_or_off_and_the_digest_goes_once_a_day()
    {
        await app.ResetAsync();
        using var officer = await app.OfficerAsync();
        (await officer.PutJsonAsync("/api/notifications/preferences", new
        {
            language = "vi",
            kinds = new object[]
            {
                new { kind = NotificationKinds.AgreementExpiring, delivery = "Digest" },
                new { kind = NotificationKinds.PlanItemLate, delivery = "Off" },
            },
        })).EnsureSuccessStatusCode();
        var digested = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            digested.Add(await app.QueueAsync(MailFactory.Officer, $"digest-{i}", $"/agreements/{40 + i}",
                NotificationKinds.AgreementExpiring));
        }

        var off = await app.QueueAsync(MailFactory.Officer, "off-1", "/plans", NotificationKinds.PlanItemLate);
        var now = await app.QueueAsync(MailFactory.Officer, "now-1", "/delegations/1");
        Assert.Equal([MailState.Digest, MailState.Digest, MailState.Digest],
            (await app.RowsAsync(digested)).Select(r => r.Mail));
        Assert.Equal(MailState.NotSent, (await app.RowsAsync([off])).Single().Mail);

        // Queued after today's digest hour: the immediate one goes, the digest waits for tomorrow's.
        await using var other = await app.SecondInstanceAsync();
        var first = app.Sender("digest-a");
        var second = other.Sender("digest-b");
        var run = await first.RunOnceAsync(default);
        Assert.Equal((1, 0), (run.Sent, run.Digests));
        Assert.Equal(MailState.Sent, (await app.RowsAsync([now])).Single().Mail);

        var vietnam = TimeSpan.FromHours(7);
        var tomorrow = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(vietnam).DateTime).AddDays(1);
        app.Clock.SetUtcNow(new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(6, 59)), vietnam));
        Assert.Equal(0, (await first.RunOnceAsync(default)).Digests);
        app.Clock.SetUtcNow(new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(7, 5)), vietnam));
        var runs = await Task.WhenAll(Task.Run(() => first.RunOnceAsync(default)),
            Task.Run(() => second.RunOnceAsync(default)));
        Assert.Equal(1, runs.Sum(r => r.Digests));
        Assert.Equal(0, (await first.RunOnceAsync(default)).Digests + (await second.RunOnceAsync(default)).Digests);

        var mails = app.Received();
        Assert.Equal(2, mails.Count);
        var digest = mails.Single(m => m.Subject!.StartsWith("Attaché: ", StringComparison.Ordinal));
        Assert.Equal($"Attaché: 3 thông báo ngày {tomorrow:dd/MM/yyyy}", digest.Subject);
        Assert.Equal("vi", digest.Body!.Headers["Content-Language"]);
        Assert.Contains("Thông báo trong ngày của bạn:", digest.TextBody);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(digest.TextBody!, "Đoàn chờ phê duyệt"));
        foreach (var i in new[] { 40, 41, 42 })
        {
            Assert.Contains($"{MailFactory.Site}/agreements/{i}", digest.TextBody);
            Assert.Contains($"<a href=\"{MailFactory.Site}/agreements/{i}\">", digest.HtmlBody);
        }

        Assert.All(await app.RowsAsync(digested), r => Assert.Equal(MailState.Sent, r.Mail));
        // Off: no mail, but the row is in the inbox like every other.
        var kept = (await app.RowsAsync([off])).Single();
        Assert.Equal((MailState.NotSent, null), (kept.Mail, kept.ReadAt));
    }
}
