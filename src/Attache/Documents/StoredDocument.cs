using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Documents;

public enum DocumentKind
{
    ApprovalDecision,
    Programme,
    OutcomeReport,
    SignedText,
    Correspondence,
    Photo,
    Other,
}

/// <summary>A file attached to a record (a delegation's approval decision, an agreement's signed scan).
/// The bytes live in the database, or in the configured folder when Attache:Documents:Folder is set.</summary>
public sealed class StoredDocument : ProvinceEntity, IAuditChild
{
    public const int FileNameLength = 255;

    /// <summary>The owning record's audit name ("delegation", "agreement", "aidProject") and id.</summary>
    public required string OwnerEntity { get; set; }
    public int OwnerId { get; set; }

    public DocumentKind Kind { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public string? Description { get; set; }

    /// <summary>The file itself when stored in the database; null when it is in the folder.</summary>
    public byte[]? Content { get; set; }

    /// <summary>Path relative to the documents folder when stored there.</summary>
    public string? StoragePath { get; set; }

    public (string Entity, int Id) AuditParent => (OwnerEntity, OwnerId);
}

public sealed class DocumentOptions
{
    public const string Section = "Attache:Documents";

    [Range(1, 1024L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>File extensions accepted, with their content types.</summary>
    public Dictionary<string, string> AllowedTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".doc"] = "application/msword",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".txt"] = "text/plain",
    };

    /// <summary>A folder for the files; empty keeps them in the database (the default, one thing to back up).</summary>
    public string? Folder { get; set; }

    /// <summary>Why a file may not be stored, if it may not; the API and the pages word the reason each their own way.</summary>
    public UploadRefusal Check(IFormFile? file) =>
        file is null || file.Length == 0 ? UploadRefusal.Missing
        : file.Length > MaxBytes ? UploadRefusal.TooLarge
        : !AllowedTypes.ContainsKey(Path.GetExtension(file.FileName)) ? UploadRefusal.WrongType
        : UploadRefusal.None;
}

public enum UploadRefusal
{
    None,
    Missing,
    TooLarge,
    WrongType,
}

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> b)
    {
        b.ToTable("Documents");
        b.Property(d => d.OwnerEntity).HasMaxLength(60);
        b.Property(d => d.FileName).HasMaxLength(StoredDocument.FileNameLength);
        b.Property(d => d.ContentType).HasMaxLength(150);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.Description).HasMaxLength(1000);
        b.Property(d => d.StoragePath).HasMaxLength(400);
        b.HasIndex(d => new { d.OwnerEntity, d.OwnerId });
    }
}
