using System.Net;
using System.Net.Sockets;
using System.Text;
using Attache.Notifications;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using netDumbster.smtp;

namespace Attache.Tests.Notifications;

/// <summary>Attaché with a real SMTP server in the process (netDumbster on 127.0.0.1 and a free port) that the app
/// mails through with MailKit; the background sender is off (<c>Mail:SendEvery</c> zero), so that each test runs the
/// sender itself, with as many instances as it wants.</summary>
public sealed class MailFactory : AttacheFactory
{
    public const string Site = "https://attache.laichau.test";
    public const string Officer = "officer.laichau@attache.demo";
    public const string Leader = "leader.laichau@attache.demo";

    public int SmtpPort { get; } = FreePort();

    public SimpleSmtpServer? Smtp { get; private set; }

    public MailFactory() => StartSmtp();

    private MailFactory(MailFactory first) : base(first) => SmtpPort = first.SmtpPort;

    /// <summary>A second app instance (another host with its own services and DbContext pool) on this one's
    /// database and clock, mailing through this one's SMTP server; the caller disposes it.</summary>
    public async Task<MailFactory> SecondInstanceAsync()
    {
        var second = new MailFactory(this);
        await second.InitializeAsync();
        return second;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Tls", "None");
        builder.UseSetting("Mail:From", "Attaché <attache@laichau.test>");
        builder.UseSetting("Mail:BaseUrl", Site);
        builder.UseSetting("Mail:SendEvery", "00:00:00");
        builder.UseSetting("Mail:DigestHour", "7");
    }

    public void StartSmtp() => Smtp = SimpleSmtpServer.Start(SmtpPort);

    /// <summary>Stops the server: the port is closed, a connection is refused.</summary>
    public void StopSmtp()
    {
        Smtp?.Stop();
        Smtp?.Dispose();
        Smtp = null;
    }

    /// <summary>A sender instance of its own, with its own name (the <c>ClaimedBy</c> it stamps) and settings.</summary>
    public OutboxSender Sender(string name, Action<MailOptions>? change = null)
    {
        var app = Services.GetRequiredService<IOptions<MailOptions>>().Value;
        var settings = new MailOptions
        {
            Host = app.Host, Port = app.Port, Tls = app.Tls, From = app.From, BaseUrl = app.BaseUrl,
            SendEvery = app.SendEvery, BatchSize = app.BatchSize, MaxAttempts = app.MaxAttempts,
            MaxBackoff = app.MaxBackoff, ClaimFor = app.ClaimFor, DigestHour = app.DigestHour,
        };
        change?.Invoke(settings);
        return new OutboxSender(Services.GetRequiredService<IServiceScopeFactory>(), Clock, Options.Create(settings),
            NullLogger<OutboxSender>.Instance)
        { Name = name };
    }

    /// <summary>The mails the server received, parsed as they were sent.</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        [.. (Smtp?.ReceivedEmail ?? []).Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    /// <summary>Starts a test from an empty outbox (earlier tests' rows marked Sent) and an empty mailbox.</summary>
    public async Task ResetAsync()
    {
        await WithDbAsync(async (db, _) => await db.Set<Notification>()
            .Where(n => n.Mail == MailState.Pending || n.Mail == MailState.Digest)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.Sent)));
        Smtp?.ClearReceivedEmail();
    }

    /// <summary>Queues a notification for the account with <paramref name="email"/> through the Notifier, in a scope of
    /// its own, and saves it; returns its id.</summary>
    public async Task<int> QueueAsync(string email, string dedupKey, string? link = "/delegations",
        string kind = NotificationKinds.DelegationSubmitted, string? calendar = null, string? mailTo = null)
    {
        var id = 0;
        await WithDbAsync(async (db, services) =>
        {
            var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.ProvinceId }).SingleAsync();
            var province = user.ProvinceId ?? await db.Provinces.Where(p => p.Code == "VN-01").Select(p => p.Id)
                .SingleAsync();
            var draft = new NotificationDraft(province, user.Id, kind, "Notify.DelegationSubmitted",
                "Notify.PlanItemLate", [], link, dedupKey)
            { Calendar = calendar, MailTo = mailTo };
            Assert.True(await services.GetRequiredService<Notifier>().QueueAsync(draft));
            await db.SaveChangesAsync();
            id = db.Set<Notification>().Local.Single(n => n.DedupKey == dedupKey).Id;
        });
        return id;
    }

    public Task<List<Notification>> RowsAsync(IEnumerable<int> ids)
    {
        var list = ids.ToList();
        return WithDbAsync(db => db.Set<Notification>().AsNoTracking().Where(n => list.Contains(n.Id))
            .OrderBy(n => n.Id).ToListAsync());
    }

    public override async ValueTask DisposeAsync()
    {
        StopSmtp();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
