using System.Text.RegularExpressions;
using Attache.Infrastructure;

namespace Attache.Portal.Public;

/// <summary>What a reader's comment became: stored for moderation, dropped silently (the honeypot was filled: a
/// robot), or refused (no name, no text, too long).</summary>
public enum CommentOutcome
{
    Pending,
    Dropped,
    Invalid,
}

/// <summary>Comments written under a public article: plain text only (every tag removed, and the page encodes what
/// is left), a length limit, kept pending until a moderator approves them.</summary>
public sealed partial class PublicComments(AttacheDb db, TimeProvider clock) : IFeatureService
{
    public const int NameLength = 100;

    public async Task<CommentOutcome> SubmitAsync(int translationId, string? name, string? body, string? honeypot,
        string clientHash, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(honeypot))
        {
            return CommentOutcome.Dropped;
        }

        var author = PlainText(name);
        var text = PlainText(body);
        if (author.Length == 0 || author.Length > NameLength || text.Length == 0
            || text.Length > ArticleComment.BodyLength)
        {
            return CommentOutcome.Invalid;
        }

        db.Add(new ArticleComment
        {
            TranslationId = translationId,
            AuthorName = author,
            Body = text,
            Status = CommentStatus.Pending,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            ClientHash = clientHash,
        });
        await db.SaveChangesAsync(ct);
        return CommentOutcome.Pending;
    }

    /// <summary>What a reader wrote, as plain text: scripts and styles dropped with their content, every other tag
    /// removed, control characters and surrounding blanks gone; what looks like "a &lt; b" stays (it is encoded when
    /// shown).</summary>
    public static string PlainText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var cleaned = ScriptOrStyle().Replace(text, " ");
        cleaned = Tag().Replace(cleaned, " ");
        cleaned = Control().Replace(cleaned, string.Empty);
        return Blanks().Replace(cleaned, " ").Trim();
    }

    [GeneratedRegex(@"<\s*(script|style)\b[^>]*>.*?(<\s*/\s*\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!?][^>]*>?")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\p{Cc}-[\r\n]]")]
    private static partial Regex Control();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Blanks();
}
