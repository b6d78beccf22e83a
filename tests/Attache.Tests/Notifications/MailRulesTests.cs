using System.ComponentModel.DataAnnotations;
using Attache.Notifications;
using Attache.Reports;

namespace Attache.Tests.Notifications;

/// <summary>The rules of the sender without a database: the back-off, the mail settings checked at start, the words
/// of the mails in both languages.</summary>
public sealed class MailRulesTests
{
    [Fact]
    public void The_wait_doubles_from_one_minute_up_to_the_cap()
    {
        var cap = TimeSpan.FromHours(1);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8)
            .Select(a => (int)OutboxSender.Backoff(a, cap).TotalMinutes));
        Assert.Equal(TimeSpan.FromHours(1), OutboxSender.Backoff(1000, cap));
    }

    [Fact]
    public void Without_a_host_nothing_else_is_needed_with_one_the_sender_and_site_are()
    {
        Assert.Empty(Errors(new MailOptions()));
        var errors = Errors(new MailOptions { Host = "smtp.laichau.gov.vn", From = "not an address", BaseUrl = "/x" });
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(MailOptions.From)));
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(MailOptions.BaseUrl)));
        Assert.Empty(Errors(new MailOptions
        {
            Host = "smtp.laichau.gov.vn", From = "Attaché <attache@laichau.gov.vn>", BaseUrl = "https://attache.vn",
        }));
        Assert.Contains(Errors(new MailOptions { SendEvery = TimeSpan.FromSeconds(-1) }),
            e => e.MemberNames.Contains(nameof(MailOptions.SendEvery)));
    }

    [Fact]
    public void Every_word_the_mails_add_has_its_Vietnamese()
    {
        Assert.All(NotificationMail.Keys, key => Assert.NotEqual(ReportText.Text(false, key), ReportText.Text(true, key)));
    }

    private static List<ValidationResult> Errors(MailOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
