using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Reports.Signing;

/// <summary>The formats a signed report is kept in; the name is the file extension.</summary>
public enum SignedReportFormat
{
    Json,
    Docx,
    Xlsx,
    Pdf,
}

/// <summary>One file of a signed report, exactly as it was produced when the report was signed, with its SHA-256
/// so that anyone can check that what is served is what was signed.</summary>
public sealed class SignedReportFile : ProvinceEntity, IAuditChild
{
    public int SignedReportId { get; set; }
    public SignedReport? SignedReport { get; set; }

    public SignedReportFormat Format { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>Lower-case hexadecimal SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public (string Entity, int Id) AuditParent => ("signedReport", SignedReportId);
}

internal sealed class SignedReportFileConfiguration : IEntityTypeConfiguration<SignedReportFile>
{
    public void Configure(EntityTypeBuilder<SignedReportFile> b)
    {
        b.ToTable("SignedReportFiles");
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(150);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.HasIndex(f => new { f.SignedReportId, f.Format }).IsUnique();
    }
}
