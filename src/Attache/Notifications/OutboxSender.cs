using System.Security.Cryptography;
using System.Text;
using Attache.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Attache.Notifications;

/// <summary>What one run of the sender did.</summary>
public sealed record SendRun(int Sent, int Failed, int Digests);

/// <summary>Delivers the outbox by e-mail. Each run claims due rows in batches (stamping <see
/// cref="Notification.ClaimedBy"/> and <see cref="Notification.ClaimedUntil"/>), so that any number of instances
/// share the work and each row is mailed once: on PostgreSQL with <c>SELECT … FOR UPDATE SKIP LOCKED</c> inside the
/// transaction that stamps the claim, on SQLite (one writer at a time) with one conditional UPDATE. A failure counts
/// an attempt, keeps the error and waits 1, 2, 4, 8… minutes (up to <see cref="MailOptions.MaxBackoff"/>); after
/// <see cref="MailOptions.MaxAttempts"/> the row is Failed. From <see cref="MailOptions.DigestHour"/> (Viet Nam time)
/// each person who chose the digest gets one mail with what was queued for them before that hour.</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options,
    ILogger<OutboxSender> log)
{
    private readonly MailOptions settings = options.Value;

    /// <summary>The name stamped on claimed rows; unique per instance.</summary>
    public string Name { get; init; } = options.Value.InstanceName
        ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Sends every due notification, then the digests when their hour has come. Does nothing when no mail
    /// host is configured (the rows stay Pending).</summary>
    public async Task<SendRun> RunOnceAsync(CancellationToken ct)
    {
        if (!settings.Enabled)
        {
            return new SendRun(0, 0, 0);
        }

        var (sent, failed) = (0, 0);
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = Database(scope);
            var ids = await ClaimAsync(db, ct);
            if (ids.Count == 0)
            {
                break;
            }

            var (ok, ko) = await DeliverAsync(db, ids, ct);
            (sent, failed) = (sent + ok, failed + ko);
            if (ids.Count < settings.BatchSize)
            {
                break;
            }
        }

        return new SendRun(sent, failed, await SendDigestsAsync(ct));
    }

    private static AttacheDb Database(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        db.Tenant.UseAll();
        return db;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    /// <summary>Until when a claim made now holds, to the millisecond (every database keeps that exactly, so the
    /// claimed rows can be found by it).</summary>
    private DateTime ClaimUntil()
    {
        var until = Now() + settings.ClaimFor;
        return until.AddTicks(-(until.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private static IQueryable<Notification> Unclaimed(AttacheDb db, DateTime now) =>
        db.Set<Notification>().Where(n => n.ClaimedUntil == null || n.ClaimedUntil < now);

    private async Task<List<int>> ClaimAsync(AttacheDb db, CancellationToken ct)
    {
        var now = Now();
        var until = ClaimUntil();
        if (db.Database.IsNpgsql())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var locked = await db.Database.SqlQuery<int>($"""
                SELECT "Id" AS "Value" FROM "Notification"
                WHERE "Mail" = 'Pending' AND "NextAttemptAt" <= {now}
                  AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                ORDER BY "NextAttemptAt", "Id" LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            await db.Set<Notification>().Where(n => locked.Contains(n.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.ClaimedBy, Name).SetProperty(n => n.ClaimedUntil, until), ct);
            await transaction.CommitAsync(ct);
            return locked;
        }

        await Unclaimed(db, now).Where(n => n.Mail == MailState.Pending && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id).Take(settings.BatchSize)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, Name).SetProperty(n => n.ClaimedUntil, until), ct);
        return await db.Set<Notification>()
            .Where(n => n.Mail == MailState.Pending && n.ClaimedBy == Name && n.ClaimedUntil == until)
            .Select(n => n.Id).ToListAsync(ct);
    }

    private async Task<(int Sent, int Failed)> DeliverAsync(AttacheDb db, List<int> ids, CancellationToken ct)
    {
        var rows = await db.Set<Notification>().AsNoTracking().Where(n => ids.Contains(n.Id) && n.ClaimedBy == Name)
            .OrderBy(n => n.Id)
            .Select(n => new
            {
                n.Id, n.Title, n.Body, n.Link, n.Language, n.Calendar, n.Attempts, n.Mail,
                To = n.MailTo ?? n.Recipient!.Email,
            })
            .ToListAsync(ct);
        using var smtp = new SmtpClient();
        var unreachable = await ConnectAsync(smtp, ct);
        var (sent, failed) = (0, 0);
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.To))
            {
                await FinishAsync(db, [row.Id], MailState.NotSent, ct);
                continue;
            }

            var error = unreachable;
            if (error is null)
            {
                var message = NotificationMail.ForOne(settings, row.Id, row.To, row.Language,
                    new NotificationMail.Item(row.Title, row.Body, row.Link), row.Calendar);
                error = await SendAsync(smtp, message, ct);
            }

            if (error is null)
            {
                await FinishAsync(db, [row.Id], MailState.Sent, ct);
                sent++;
            }
            else
            {
                await FailAsync(db, [row.Id], row.Attempts, row.Mail, error, ct);
                failed++;
            }
        }

        await DisconnectAsync(smtp, ct);
        return (sent, failed);
    }

    /// <summary>One mail per person who chose the digest, once a day: from the digest hour, the rows queued for them
    /// before that hour today. A person's rows are claimed together (on PostgreSQL under an advisory lock on the
    /// person), so that two instances never split them into two mails.</summary>
    private async Task<int> SendDigestsAsync(CancellationToken ct)
    {
        var local = clock.GetUtcNow().ToOffset(VietnamClock.Offset);
        if (local.Hour < settings.DigestHour)
        {
            return 0;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        var cutoff = new DateTimeOffset(day.ToDateTime(new TimeOnly(settings.DigestHour, 0)), VietnamClock.Offset)
            .UtcDateTime;
        var digests = 0;
        var heldElsewhere = new List<string>();
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = Database(scope);
            var now = Now();
            var people = await DigestDue(db, cutoff, now).Where(n => !heldElsewhere.Contains(n.RecipientId))
                .Select(n => n.RecipientId).Distinct().OrderBy(id => id).Take(settings.BatchSize).ToListAsync(ct);
            if (people.Count == 0)
            {
                return digests;
            }

            foreach (var person in people)
            {
                var ids = await ClaimDigestAsync(db, person, cutoff, ct);
                if (ids.Count == 0)
                {
                    heldElsewhere.Add(person);
                }
                else if (await DeliverDigestAsync(db, person, day, ids, ct))
                {
                    digests++;
                }
            }
        }
    }

    private static IQueryable<Notification> DigestDue(AttacheDb db, DateTime cutoff, DateTime now) =>
        Unclaimed(db, now).Where(n => n.Mail == MailState.Digest && n.CreatedAt <= cutoff
            && (n.NextAttemptAt == null || n.NextAttemptAt <= now));

    private async Task<List<int>> ClaimDigestAsync(AttacheDb db, string person, DateTime cutoff, CancellationToken ct)
    {
        var now = Now();
        var until = ClaimUntil();
        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(ct) : null;
        if (transaction is not null)
        {
            var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("attache-digest:" + person)));
            var held = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({key}) AS \"Value\"")
                .SingleAsync(ct);
            if (!held)
            {
                return [];
            }
        }

        await DigestDue(db, cutoff, now).Where(n => n.RecipientId == person)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, Name).SetProperty(n => n.ClaimedUntil, until), ct);
        var ids = await db.Set<Notification>()
            .Where(n => n.RecipientId == person && n.Mail == MailState.Digest && n.ClaimedBy == Name
                && n.ClaimedUntil == until)
            .Select(n => n.Id).ToListAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return ids;
    }

    private async Task<bool> DeliverDigestAsync(AttacheDb db, string person, DateOnly day, List<int> ids,
        CancellationToken ct)
    {
        var recipient = await db.Users.AsNoTracking().Where(u => u.Id == person)
            .Select(u => new { u.Email, u.Language }).SingleAsync(ct);
        var rows = await db.Set<Notification>().AsNoTracking().Where(n => ids.Contains(n.Id))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Select(n => new { n.Title, n.Body, n.Link, n.Attempts }).ToListAsync(ct);
        if (string.IsNullOrWhiteSpace(recipient.Email))
        {
            await FinishAsync(db, ids, MailState.NotSent, ct);
            return false;
        }

        var message = NotificationMail.Digest(settings, recipient.Email, recipient.Language, day,
            [.. rows.Select(r => new NotificationMail.Item(r.Title, r.Body, r.Link))]);
        using var smtp = new SmtpClient();
        var error = await ConnectAsync(smtp, ct) ?? await SendAsync(smtp, message, ct);
        await DisconnectAsync(smtp, ct);
        if (error is null)
        {
            await FinishAsync(db, ids, MailState.Sent, ct);
            return true;
        }

        await FailAsync(db, ids, rows.Max(r => r.Attempts), MailState.Digest, error, ct);
        return false;
    }

    private async Task<Exception?> ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        try
        {
            var security = settings.Tls switch
            {
                MailTls.None => SecureSocketOptions.None,
                MailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await smtp.ConnectAsync(settings.Host!, settings.Port, security, ct);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
            }

            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("The mail server {Host}:{Port} cannot be reached: {Error}", settings.Host, settings.Port,
                ex.Message);
            return ex;
        }
    }

    private static async Task<Exception?> SendAsync(SmtpClient smtp, MimeMessage message, CancellationToken ct)
    {
        try
        {
            await smtp.SendAsync(message, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex;
        }
    }

    private static async Task DisconnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        if (smtp.IsConnected)
        {
            try
            {
                await smtp.DisconnectAsync(true, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The mails are sent; a server that drops the line at QUIT changes nothing.
            }
        }
    }

    private async Task FinishAsync(AttacheDb db, List<int> ids, MailState state, CancellationToken ct)
    {
        var now = Now();
        await db.Set<Notification>().Where(n => ids.Contains(n.Id) && n.ClaimedBy == Name).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Mail, state)
            .SetProperty(n => n.SentAt, state == MailState.Sent ? now : null)
            .SetProperty(n => n.ClaimedBy, (string?)null)
            .SetProperty(n => n.ClaimedUntil, (DateTime?)null), ct);
    }

    /// <summary>Counts the attempt, keeps the error and sets the next attempt after the back-off; the last allowed
    /// attempt makes the rows Failed.</summary>
    private async Task FailAsync(AttacheDb db, List<int> ids, int attemptsBefore, MailState waiting, Exception error,
        CancellationToken ct)
    {
        var attempts = attemptsBefore + 1;
        var state = attempts >= settings.MaxAttempts ? MailState.Failed : waiting;
        var next = Now() + Backoff(attempts, settings.MaxBackoff);
        var message = error.Message.Length <= 2000 ? error.Message : error.Message[..2000];
        await db.Set<Notification>().Where(n => ids.Contains(n.Id) && n.ClaimedBy == Name).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Mail, state)
            .SetProperty(n => n.Attempts, attempts)
            .SetProperty(n => n.LastError, message)
            .SetProperty(n => n.NextAttemptAt, next)
            .SetProperty(n => n.ClaimedBy, (string?)null)
            .SetProperty(n => n.ClaimedUntil, (DateTime?)null), ct);
        log.LogWarning("{Count} notifications not mailed (attempt {Attempt}): {Error}", ids.Count, attempts,
            message);
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: 1, 2, 4, 8… minutes, at most
    /// <paramref name="max"/>.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan max)
    {
        var minutes = Math.Pow(2, Math.Min(attempts - 1, 30));
        return TimeSpan.FromMinutes(Math.Min(minutes, max.TotalMinutes));
    }
}

/// <summary>Runs <see cref="OutboxSender.RunOnceAsync"/> every <see cref="MailOptions.SendEvery"/> by the injected
/// clock; off when no mail host is configured or the interval is zero.</summary>
internal sealed class OutboxSenderJob(OutboxSender sender, IOptions<MailOptions> options, TimeProvider clock,
    ILogger<OutboxSenderJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.SendEvery == TimeSpan.Zero)
        {
            log.LogInformation("No mail is sent by this instance (Mail:Host empty or Mail:SendEvery zero): "
                + "notifications stay in the outbox and in the app's inbox.");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var run = await sender.RunOnceAsync(stoppingToken);
                if (run.Sent + run.Failed + run.Digests > 0)
                {
                    log.LogInformation("Notifications mailed: {Sent}, failed: {Failed}, digests: {Digests}.",
                        run.Sent, run.Failed, run.Digests);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The notification sender failed; it tries again at its next round.");
            }

            try
            {
                await Task.Delay(settings.SendEvery, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
