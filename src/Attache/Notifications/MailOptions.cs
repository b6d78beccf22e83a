using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace Attache.Notifications;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum MailTls
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The <c>Mail</c> section of the configuration: the SMTP server notifications are sent through and the
/// rhythm of the sender. With an empty <see cref="Host"/> no mail is sent: notifications stay Pending in the outbox
/// (the in-app inbox shows them all the same) and go out once a host is configured.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public MailTls Tls { get; set; } = MailTls.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender's address, e.g. <c>Attaché &lt;attache@songoaivu.laichau.gov.vn&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The site's public address, which makes the links in the mail absolute (https://attache.example.vn).
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>How often the background sender looks for due notifications; zero turns the background sender off
    /// (another instance sends, or a test runs <see cref="OutboxSender.RunOnceAsync"/> itself).</summary>
    public TimeSpan SendEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many notifications one instance claims at a time.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed attempts a notification is marked Failed and kept with its last error.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The longest wait between two attempts (the wait doubles from one minute up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claim holds: an instance that stops mid-batch frees its rows after this.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The hour (Viet Nam time, 0–23) from which the daily digest is sent.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;

    /// <summary>The name this instance stamps on the rows it claims; by default the machine, process and a random
    /// part, so that two instances never share one.</summary>
    [MaxLength(100)]
    public string? InstanceName { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SendEvery < TimeSpan.Zero || MaxBackoff < TimeSpan.FromMinutes(1) || ClaimFor < TimeSpan.FromSeconds(10))
        {
            yield return new ValidationResult("Mail:SendEvery must not be negative, Mail:MaxBackoff at least a minute "
                + "and Mail:ClaimFor at least ten seconds.", [nameof(SendEvery), nameof(MaxBackoff), nameof(ClaimFor)]);
        }

        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult("Mail:From must be an e-mail address when Mail:Host is set.", [nameof(From)]);
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("Mail:BaseUrl must be the site's absolute http(s) address when Mail:Host "
                + "is set.", [nameof(BaseUrl)]);
        }

        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Mail:User and Mail:Password go together.", [nameof(User)]);
        }
    }
}

public static class NotificationSetup
{
    /// <summary>The mail settings (validated at start: data annotations and <see cref="MailOptions.Validate"/>),
    /// the sender and its background loop.</summary>
    public static IServiceCollection AddAttacheNotifications(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService<OutboxSenderJob>();
        return services;
    }
}
