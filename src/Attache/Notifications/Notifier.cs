using Attache.Infrastructure;
using Attache.Reports;
using Microsoft.EntityFrameworkCore;

namespace Attache.Notifications;

/// <summary>The one way a feature tells someone: <see cref="QueueAsync"/> adds the notification to the outbox of the
/// caller's <see cref="AttacheDb"/>, so it is saved in the same transaction as the change that causes it (or not at
/// all). The title and body are written in the recipient's language now (for the mail), and in the other language
/// too (for the inbox, shown in the page's language); whether and when it is mailed follows the
/// recipient's preference for its kind.</summary>
public sealed class Notifier(AttacheDb db) : IFeatureService
{
    /// <summary>Queues <paramref name="draft"/> unless the recipient already has one with the same dedup key; returns
    /// whether it was queued. Does not save.</summary>
    public async Task<bool> QueueAsync(NotificationDraft draft, CancellationToken ct = default)
    {
        if (!NotificationKinds.Exists(draft.Kind))
        {
            throw new ArgumentException($"Unknown notification kind '{draft.Kind}'.", nameof(draft));
        }

        var outbox = db.Set<Notification>();
        if (outbox.Local.Any(n => n.RecipientId == draft.RecipientId && n.DedupKey == draft.DedupKey)
            || await outbox.IgnoreQueryFilters()
                .AnyAsync(n => n.RecipientId == draft.RecipientId && n.DedupKey == draft.DedupKey, ct))
        {
            return false;
        }

        var recipient = await db.Users.AsNoTracking().Where(u => u.Id == draft.RecipientId)
            .Select(u => new { u.Email, u.Language }).SingleAsync(ct);
        var delivery = await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.UserId == draft.RecipientId && p.Kind == draft.Kind)
            .Select(p => (Delivery?)p.Delivery).SingleOrDefaultAsync(ct) ?? Delivery.Immediately;
        var vi = recipient.Language != "en";
        var args = draft.Args.ToArray();
        var mailTo = draft.MailTo ?? recipient.Email;

        outbox.Add(new Notification
        {
            ProvinceId = draft.ProvinceId,
            RecipientId = draft.RecipientId,
            Kind = draft.Kind,
            Language = vi ? "vi" : "en",
            Title = Fit(ReportText.Format(vi, draft.TitleKey, args), Notification.TitleLength),
            Body = Fit(ReportText.Format(vi, draft.BodyKey, args), Notification.BodyLength),
            TranslatedTitle = Fit(ReportText.Format(!vi, draft.TitleKey, args), Notification.TitleLength),
            TranslatedBody = Fit(ReportText.Format(!vi, draft.BodyKey, args), Notification.BodyLength),
            Link = draft.Link,
            DedupKey = draft.DedupKey,
            Calendar = draft.Calendar,
            MailTo = draft.MailTo,
            Mail = string.IsNullOrWhiteSpace(mailTo) ? MailState.NotSent
                : draft.Kind == NotificationKinds.CalendarInvitation ? MailState.Pending
                : delivery switch
                {
                    Delivery.Digest => MailState.Digest,
                    Delivery.Off => MailState.NotSent,
                    _ => MailState.Pending,
                },
            NextAttemptAt = db.Clock.GetUtcNow().UtcDateTime,
        });
        return true;
    }

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>A time-based rule of a feature ("an agreement expires in 30 days"): asked once a day per province for
/// what is due on <c>today</c> (Vietnam's date). Register it with
/// <c>services.AddScoped&lt;IReminderRule, TheRule&gt;()</c>; the dedup key of each draft makes a second run of the
/// same day harmless.</summary>
public interface IReminderRule
{
    string Kind { get; }

    Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct);
}
