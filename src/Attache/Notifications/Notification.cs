using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Notifications;

/// <summary>What happens to the e-mail of a notification; the in-app inbox shows every notification whatever this
/// says.</summary>
public enum MailState
{
    /// <summary>Waiting for the sender (or for its next attempt after a failure).</summary>
    Pending,

    /// <summary>Waiting for the recipient's daily digest.</summary>
    Digest,
    Sent,

    /// <summary>The recipient turned this kind off, or has no e-mail address.</summary>
    NotSent,

    /// <summary>Given up after the last retry; the error is kept.</summary>
    Failed,
}

/// <summary>One notification for one person: a row of the outbox, written in the same transaction as the change that
/// causes it, rendered in the recipient's language (and the other one) when it is queued, then delivered by the
/// sender (e-mail) and shown in the inbox (in the app).</summary>
public sealed class Notification : ProvinceEntity
{
    public const int TitleLength = 300;
    public const int BodyLength = 4000;

    public required string RecipientId { get; set; }
    public AppUser? Recipient { get; set; }

    /// <summary>One of <see cref="NotificationKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>"vi" or "en": the language the title and body are written in.</summary>
    public required string Language { get; set; }

    public required string Title { get; set; }
    public required string Body { get; set; }

    /// <summary>The title and body in the other language (en when <see cref="Language"/> is vi, and the reverse), so
    /// that the inbox shows each notification in the language of the page, whatever the person chose since; null
    /// for a notification queued before both were kept.</summary>
    public string? TranslatedTitle { get; set; }
    public string? TranslatedBody { get; set; }

    /// <summary>The page the notification is about, relative to the site ("/delegations/12").</summary>
    public string? Link { get; set; }

    /// <summary>What makes this notification the same as another (kind, record and occasion, e.g.
    /// "agreement-expiring:90:42"): a second one with the same key for the same person is not queued.</summary>
    public required string DedupKey { get; set; }

    /// <summary>An iCalendar attachment (METHOD:REQUEST or CANCEL), for calendar invitations.</summary>
    public string? Calendar { get; set; }

    /// <summary>For a calendar invitation: the address it goes to when it is not the recipient's own.</summary>
    public string? MailTo { get; set; }

    public MailState Mail { get; set; } = MailState.Pending;
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>Which sender instance holds the row, and until when; another instance leaves it alone till then.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    public DateTime? ReadAt { get; set; }
}

/// <summary>How a person wants one kind of notification by e-mail; without a row, <see cref="Delivery.Immediately"/>.</summary>
public sealed class NotificationPreference
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Kind { get; set; }
    public Delivery Delivery { get; set; }
}

public enum Delivery
{
    Immediately,
    Digest,
    Off,
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.RecipientId).HasMaxLength(450);
        b.Property(n => n.Kind).HasMaxLength(80);
        b.Property(n => n.Language).HasMaxLength(8);
        b.Property(n => n.Title).HasMaxLength(Notification.TitleLength);
        b.Property(n => n.Body).HasMaxLength(Notification.BodyLength);
        b.Property(n => n.TranslatedTitle).HasMaxLength(Notification.TitleLength);
        b.Property(n => n.TranslatedBody).HasMaxLength(Notification.BodyLength);
        b.Property(n => n.Link).HasMaxLength(400);
        b.Property(n => n.DedupKey).HasMaxLength(200);
        b.Property(n => n.MailTo).HasMaxLength(256);
        b.Property(n => n.LastError).HasMaxLength(2000);
        b.Property(n => n.ClaimedBy).HasMaxLength(100);
        b.HasOne(n => n.Recipient).WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.RecipientId, n.DedupKey }).IsUnique();
        b.HasIndex(n => new { n.Mail, n.NextAttemptAt });
        b.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.Property(p => p.UserId).HasMaxLength(450);
        b.Property(p => p.Kind).HasMaxLength(80);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.UserId, p.Kind }).IsUnique();
    }
}
