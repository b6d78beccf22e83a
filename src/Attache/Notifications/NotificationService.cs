using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Notifications;

/// <summary>One notification in the inbox, in the language of the request (the page's, or the API client's
/// Accept-Language: vi-VN by default, or en-GB).</summary>
/// <param name="Language">The language of <see cref="Title"/> and <see cref="Body"/>: "vi" or "en".</param>
/// <param name="Link">The page it is about, relative to the site.</param>
/// <param name="Mail">What happened to its e-mail.</param>
public sealed record NotificationRow(int Id, string Kind, string Language, string Title, string Body, string? Link,
    DateTime CreatedAt, DateTime? ReadAt, MailState Mail);

/// <summary>A page of the inbox; <see cref="Unread"/> keeps only the notifications not read yet.</summary>
public sealed class NotificationQuery : PageRequest
{
    public bool? Unread { get; set; }
}

/// <param name="Count">How many of the user's notifications are not read.</param>
public sealed record UnreadCount(int Count);

/// <param name="Marked">How many notifications were marked read.</param>
public sealed record MarkedRead(int Marked);

/// <summary>How the user receives one kind of notification by e-mail.</summary>
/// <param name="Label">The kind in words (in the API: English).</param>
public sealed record KindPreference(string Kind, string Label, Delivery Delivery);

/// <summary>The user's notification preferences: the language of their notifications and mail (vi or en), and per
/// kind Immediately (one mail each), Digest (one mail a day) or Off (in the app only).</summary>
public sealed record NotificationPreferences(string Language, IReadOnlyList<KindPreference> Kinds);

/// <summary>A change of preferences: the language, and the kinds to change (the others stay as they are).</summary>
public sealed class PreferencesInput
{
    /// <summary>"vi" or "en".</summary>
    [Required(ErrorMessage = Messages.Required), RegularExpression("^(vi|en)$", ErrorMessage = LanguageMessage)]
    public string? Language { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<KindChoice> Kinds { get; set; } = [];

    public const string LanguageMessage = "Choose vi or en.";
}

/// <summary>One kind and how to receive it.</summary>
public sealed class KindChoice
{
    /// <summary>One of the kinds <c>GET /api/notifications/preferences</c> lists.</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(80, ErrorMessage = Messages.TooLong)]
    public string? Kind { get; set; }

    public Delivery Delivery { get; set; }
}

/// <summary>The signed-in user's inbox and preferences: only their own notifications, whatever the province chosen
/// (another person's notification is not found).</summary>
public sealed class NotificationService(AttacheDb db, CurrentUser user) : IFeatureService
{
    public const string UnknownKind = "Unknown notification kind.";

    private string Me => user.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw ProblemException.Forbidden("Sign in to see your notifications.");

    private IQueryable<Notification> Mine()
    {
        var me = Me;
        return db.Set<Notification>().IgnoreQueryFilters().Where(n => n.RecipientId == me);
    }

    public async Task<Paged<NotificationRow>> ListAsync(NotificationQuery query, CancellationToken ct)
    {
        InputValidation.Check(query);
        var mine = Mine();
        if (query.Unread == true)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        // Each row as it was queued when that is the request's language, else its translation (older rows have
        // none and stay as they were written).
        var language = Localization.Language;
        return await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NotificationRow(n.Id, n.Kind,
                n.Language == language || n.TranslatedTitle == null ? n.Language : language,
                n.Language == language || n.TranslatedTitle == null ? n.Title : n.TranslatedTitle,
                n.Language == language || n.TranslatedTitle == null || n.TranslatedBody == null ? n.Body
                    : n.TranslatedBody,
                n.Link, n.CreatedAt, n.ReadAt, n.Mail))
            .ToPageAsync(query, ct);
    }

    public async Task<UnreadCount> UnreadCountAsync(CancellationToken ct) =>
        new(await Mine().CountAsync(n => n.ReadAt == null, ct));

    /// <summary>Marks one of the user's notifications read (again is harmless); false when it is not theirs or does
    /// not exist.</summary>
    public async Task<bool> MarkReadAsync(int id, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var marked = await Mine().Where(n => n.Id == id && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return marked > 0 || await Mine().AnyAsync(n => n.Id == id, ct);
    }

    public async Task<MarkedRead> MarkAllReadAsync(CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        return new(await Mine().Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now),
            ct));
    }

    public async Task<NotificationPreferences> GetPreferencesAsync(CancellationToken ct)
    {
        var me = Me;
        var language = await db.Users.Where(u => u.Id == me).Select(u => u.Language).SingleAsync(ct);
        var chosen = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.UserId == me)
            .ToDictionaryAsync(p => p.Kind, p => p.Delivery, ct);
        return new NotificationPreferences(language, [.. NotificationKinds.All.Select(k => new KindPreference(k.Kind,
            k.Label.English,
            chosen.GetValueOrDefault(k.Kind, Delivery.Immediately)))]);
    }

    /// <summary>Saves the language and the kinds given; they apply to notifications queued from now on.</summary>
    public async Task SavePreferencesAsync(PreferencesInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        for (var i = 0; i < input.Kinds.Count; i++)
        {
            if (!NotificationKinds.All.Any(k => k.Kind == input.Kinds[i].Kind)
                || input.Kinds.Take(i).Any(c => c.Kind == input.Kinds[i].Kind))
            {
                throw InputValidation.Error($"kinds[{i}].kind", UnknownKind);
            }

            if (!Enum.IsDefined(input.Kinds[i].Delivery))
            {
                throw InputValidation.Error($"kinds[{i}].delivery", Messages.OutOfRange);
            }
        }

        var me = Me;
        await db.Users.Where(u => u.Id == me).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, input.Language),
            ct);
        var rows = await db.Set<NotificationPreference>().Where(p => p.UserId == me).ToListAsync(ct);
        foreach (var choice in input.Kinds)
        {
            if (rows.FirstOrDefault(p => p.Kind == choice.Kind) is { } row)
            {
                row.Delivery = choice.Delivery;
            }
            else
            {
                db.Add(new NotificationPreference { UserId = me, Kind = choice.Kind!, Delivery = choice.Delivery });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
