using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Portal;

public enum EnquiryKind
{
    Partnership,
    Investment,
    Press,
    Other,
}

public enum EnquiryStatus
{
    New,
    InProgress,
    Answered,
    Closed,
}

/// <summary>What a foreign partner, investor or journalist asked through the portal's contact form, in the language
/// they wrote in; the department follows it to an answer.</summary>
public sealed class Enquiry : ProvinceEntity, ISearchable
{
    public EnquiryKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public required string Email { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the sender's country, when given.</summary>
    public string? CountryCode { get; set; }

    /// <summary>The portal language the enquiry was written from.</summary>
    public required string Lang { get; set; }

    public required string Subject { get; set; }
    public required string Message { get; set; }
    public EnquiryStatus Status { get; set; }
    public DateTime ReceivedAt { get; set; }

    /// <summary>The officer following it (an account id), when assigned.</summary>
    public string? AssignedToId { get; set; }

    /// <summary>The department's notes on it (what was answered, by whom).</summary>
    public string? Notes { get; set; }

    public string? ClientHash { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() => [Name, Organisation, Email, Subject, Message];
}

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Organisation).HasMaxLength(300);
        b.Property(e => e.Email).HasMaxLength(256);
        b.Property(e => e.CountryCode).HasMaxLength(2);
        b.Property(e => e.Lang).HasMaxLength(5);
        b.Property(e => e.Subject).HasMaxLength(300);
        b.Property(e => e.Message).HasMaxLength(5000);
        b.Property(e => e.AssignedToId).HasMaxLength(450);
        b.Property(e => e.Notes).HasMaxLength(4000);
        b.Property(e => e.ClientHash).HasMaxLength(64);
        b.HasIndex(e => new { e.ProvinceId, e.Status, e.ReceivedAt });
    }
}
