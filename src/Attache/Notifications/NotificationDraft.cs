namespace Attache.Notifications;

/// <summary>What a rule wants to tell one person. <see cref="TitleKey"/> and <see cref="BodyKey"/> are resource
/// keys (English text, Vietnamese in SharedResource.vi.resx) filled with <see cref="Args"/> in the recipient's
/// language when the draft is queued.</summary>
/// <param name="DedupKey">The same key for the same person is queued once (see <see cref="Notification.DedupKey"/>).
/// </param>
public sealed record NotificationDraft(
    int ProvinceId,
    string RecipientId,
    string Kind,
    string TitleKey,
    string BodyKey,
    IReadOnlyList<object?> Args,
    string? Link,
    string DedupKey)
{
    /// <summary>For calendar invitations: the iCalendar text and, when it is not the recipient's own, the address.</summary>
    public string? Calendar { get; init; }
    public string? MailTo { get; init; }
}
