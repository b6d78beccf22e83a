using System.Globalization;
using System.Net;
using System.Text;
using Attache.Reports;
using MimeKit;

namespace Attache.Notifications;

/// <summary>One notification, or one day's digest, as an e-mail: the plain-text and HTML parts in the notification's
/// language, the link made absolute with <see cref="MailOptions.BaseUrl"/>, a calendar invitation as a
/// <c>text/calendar; method=REQUEST|CANCEL</c> part.</summary>
public static class NotificationMail
{
    /// <summary>The words the mails add around the notifications (a test checks each has its Vietnamese).</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        OpenKey, PreferencesKey, DigestSubjectKey, DigestIntroKey,
    ];

    private const string OpenKey = "Open in Attaché";
    private const string PreferencesKey = "You receive this mail because of your notification preferences: {0}";
    private const string DigestSubjectKey = "Attaché: {0} notifications of {1}";
    private const string DigestIntroKey = "Your notifications of the day:";

    public const string PreferencesPath = "/notifications/preferences";

    /// <summary>What a mail is made of: the rows it carries and where it goes.</summary>
    public sealed record Item(string Title, string Body, string? Link);

    /// <summary>The mail of notification <paramref name="id"/>; its Message-ID names the notification, so that a mail
    /// sent twice (a crash between the server's acceptance and the row's "Sent") is recognisable as one.</summary>
    public static MimeMessage ForOne(MailOptions options, int id, string to, string language, Item item,
        string? calendar)
    {
        var vi = language != "en";
        var message = Envelope(options, to, language, item.Title);
        message.MessageId = MessageId(options, id);
        var text = new StringBuilder().AppendLine(item.Body);
        var html = new StringBuilder($"<p>{Html(item.Body)}</p>");
        AppendLink(options, vi, item.Link, text, html);
        var alternative = Parts(options, vi, text, html);
        if (calendar is not null)
        {
            var method = calendar.Contains("METHOD:CANCEL", StringComparison.OrdinalIgnoreCase) ? "CANCEL" : "REQUEST";
            var invitation = new TextPart("calendar")
            {
                Text = calendar, ContentTransferEncoding = ContentEncoding.Base64,
            };
            invitation.ContentType.Parameters.Add("method", method);
            invitation.ContentType.Charset = "utf-8";
            alternative.Add(invitation);
        }

        message.Body = alternative;
        return message;
    }

    public static MimeMessage Digest(MailOptions options, string to, string language, DateOnly day,
        IReadOnlyList<Item> items)
    {
        var vi = language != "en";
        var date = ReportText.Date(day, vi);
        var subject = ReportText.Format(vi, DigestSubjectKey, items.Count, date);
        var message = Envelope(options, to, language, subject);
        var text = new StringBuilder().AppendLine(ReportText.Text(vi, DigestIntroKey)).AppendLine();
        var html = new StringBuilder($"<p>{Html(ReportText.Text(vi, DigestIntroKey))}</p><ul>");
        foreach (var item in items)
        {
            text.Append("- ").AppendLine(item.Title).Append("  ").AppendLine(item.Body);
            var link = Absolute(options, item.Link);
            if (link is not null)
            {
                text.Append("  ").AppendLine(link);
            }

            html.Append("<li><p><strong>")
                .Append(link is null ? Html(item.Title) : $"<a href=\"{Html(link)}\">{Html(item.Title)}</a>")
                .Append("</strong><br>").Append(Html(item.Body)).Append("</p></li>");
            text.AppendLine();
        }

        html.Append("</ul>");
        message.Body = Parts(options, vi, text, html);
        return message;
    }

    /// <summary>The Message-ID of notification <paramref name="id"/>: "notification-12@attache.example.vn".</summary>
    public static string MessageId(MailOptions options, int id) =>
        string.Create(CultureInfo.InvariantCulture, $"notification-{id}@{new Uri(options.BaseUrl!).Host}");

    /// <summary>The site's address joined with a relative link ("/delegations/12"); null without a link.</summary>
    public static string? Absolute(MailOptions options, string? link) =>
        link is null ? null : new Uri(new Uri(options.BaseUrl!), link).ToString();

    private static MimeMessage Envelope(MailOptions options, string to, string language, string subject)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse(options.From!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    private static void AppendLink(MailOptions options, bool vi, string? link, StringBuilder text, StringBuilder html)
    {
        if (Absolute(options, link) is { } url)
        {
            text.AppendLine().Append(ReportText.Text(vi, OpenKey)).Append(": ").AppendLine(url);
            html.Append($"<p><a href=\"{Html(url)}\">{Html(ReportText.Text(vi, OpenKey))}</a></p>");
        }
    }

    private static MultipartAlternative Parts(MailOptions options, bool vi, StringBuilder text, StringBuilder html)
    {
        var preferences = Absolute(options, PreferencesPath)!;
        text.AppendLine().AppendLine("--").AppendLine(ReportText.Format(vi, PreferencesKey, preferences));
        html.Append(CultureInfo.InvariantCulture, $"<hr><p><small>{Html(ReportText.Format(vi, PreferencesKey,
            string.Empty))}<a href=\"{Html(preferences)}\">{Html(preferences)}</a></small></p>");
        var lang = vi ? "vi" : "en";
        // Content-* headers belong to the body entity: MimeKit writes them after the message's own.
        return new MultipartAlternative(
        [
            // Quoted-printable: Vietnamese reaches any server intact, whether or not it takes 8-bit mail.
            new TextPart("plain") { Text = text.ToString(), ContentTransferEncoding = ContentEncoding.QuotedPrintable },
            new TextPart("html")
            {
                ContentTransferEncoding = ContentEncoding.QuotedPrintable,
                Text = $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"></head><body>{html}</body>"
                    + "</html>",
            },
        ])
        {
            Headers = { { HeaderId.ContentLanguage, lang } },
        };
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
