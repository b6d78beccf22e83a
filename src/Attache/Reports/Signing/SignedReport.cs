using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Reports.Signing;

/// <summary>A period report as a leader signed it: the parameters it was made with, who signed it and when, and
/// its files (the summary JSON, Word, Excel and PDF) kept byte for byte. Signed reports are never changed or
/// deleted; signing the same report again after its figures changed adds a new <see cref="Revision"/>.</summary>
public sealed class SignedReport : ProvinceEntity
{
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public DateOnly? CompareFrom { get; set; }
    public DateOnly? CompareTo { get; set; }

    /// <summary>"vi" or "en": the language of the files.</summary>
    public required string Lang { get; set; }

    /// <summary>The report's parameters in one text (period, comparison, language), so that one unique index
    /// guards the revisions of the same report even when there is no comparison period.</summary>
    public required string ReportKey { get; set; }

    /// <summary>1 for the first signature of a report, then one more for each new signature of the same
    /// report.</summary>
    public int Revision { get; set; }

    public required string SignedById { get; set; }
    public required string SignedByEmail { get; set; }

    /// <summary>The name printed in the signature block of the Word and PDF files.</summary>
    public required string SignerName { get; set; }

    public DateTime SignedAt { get; set; }

    public List<SignedReportFile> Files { get; set; } = [];

    public static string KeyOf(ReportRequest r) =>
        $"{r.From:yyyy-MM-dd}/{r.To:yyyy-MM-dd}/{r.CompareFrom:yyyy-MM-dd}/{r.CompareTo:yyyy-MM-dd}/{r.Lang}";
}

internal sealed class SignedReportConfiguration : IEntityTypeConfiguration<SignedReport>
{
    public void Configure(EntityTypeBuilder<SignedReport> b)
    {
        b.ToTable("SignedReports");
        b.Property(r => r.Lang).HasMaxLength(2);
        b.Property(r => r.ReportKey).HasMaxLength(60);
        b.Property(r => r.SignedById).HasMaxLength(450);
        b.Property(r => r.SignedByEmail).HasMaxLength(256);
        b.Property(r => r.SignerName).HasMaxLength(200);
        b.HasIndex(r => new { r.ProvinceId, r.ReportKey, r.Revision }).IsUnique();
        b.HasIndex(r => r.SignedAt);
        b.HasMany(r => r.Files).WithOne(f => f.SignedReport).HasForeignKey(f => f.SignedReportId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
