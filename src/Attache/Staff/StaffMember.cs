using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Staff;

/// <summary>The named scale a language level is measured on.</summary>
public enum LanguageScale
{
    /// <summary>Common European Framework (A1–C2), for European languages.</summary>
    Cefr,

    /// <summary>Hanyu Shuiping Kaoshi (HSK 1–9), for Chinese.</summary>
    Hsk,

    /// <summary>Test of Proficiency in Korean (TOPIK 1–6).</summary>
    Topik,

    /// <summary>The Lao proficiency levels (1–6).</summary>
    Lao,

    /// <summary>The Japanese-Language Proficiency Test (N5–N1).</summary>
    Jlpt,
}

/// <summary>One of the department's people, with or without a user account: position, languages and trainings. The
/// roster interpreters are chosen from.</summary>
public sealed class StaffMember : ProvinceEntity, ISearchable
{
    public const int NameLength = 200;

    public required string FullName { get; set; }

    /// <summary>The person's account, when they have one.</summary>
    public string? UserId { get; set; }
    public AppUser? User { get; set; }

    public string? Position { get; set; }
    public string? Unit { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Works as an interpreter for the languages listed.</summary>
    public bool IsInterpreter { get; set; }

    /// <summary>False once the person has left the department: kept for history, not offered as an interpreter.
    /// </summary>
    public bool Active { get; set; } = true;

    public string? Notes { get; set; }

    public List<StaffLanguage> Languages { get; set; } = [];
    public List<StaffTraining> Trainings { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() => [FullName, Position, Unit, Email, Notes];
}

/// <summary>A language a staff member speaks, with the level on its named scale.</summary>
public sealed class StaffLanguage : ProvinceEntity, IAuditChild
{
    public int StaffMemberId { get; set; }

    /// <summary>ISO 639-1 code ("ko", "zh", "lo", "en").</summary>
    public required string Language { get; set; }

    public LanguageScale Scale { get; set; }

    /// <summary>The level on <see cref="Scale"/>: "B2", "5", "N2".</summary>
    public required string Level { get; set; }

    public (string Entity, int Id) AuditParent => ("staffMember", StaffMemberId);
}

/// <summary>A training a staff member attended.</summary>
public sealed class StaffTraining : ProvinceEntity, IAuditChild
{
    public int StaffMemberId { get; set; }
    public required string Course { get; set; }
    public string? Organiser { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>The certificate's name or number, when one was given.</summary>
    public string? Certificate { get; set; }

    public (string Entity, int Id) AuditParent => ("staffMember", StaffMemberId);
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.Property(s => s.FullName).HasMaxLength(StaffMember.NameLength);
        b.Property(s => s.UserId).HasMaxLength(450);
        b.Property(s => s.Position).HasMaxLength(StaffMember.NameLength);
        b.Property(s => s.Unit).HasMaxLength(StaffMember.NameLength);
        b.Property(s => s.Email).HasMaxLength(256);
        b.Property(s => s.Phone).HasMaxLength(50);
        b.Property(s => s.Notes).HasMaxLength(2000);
        b.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(s => s.Languages).WithOne().HasForeignKey(l => l.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Trainings).WithOne().HasForeignKey(t => t.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ProvinceId, s.FullName });
    }
}

internal sealed class StaffLanguageConfiguration : IEntityTypeConfiguration<StaffLanguage>
{
    public void Configure(EntityTypeBuilder<StaffLanguage> b)
    {
        b.Property(l => l.Language).HasMaxLength(3);
        b.Property(l => l.Level).HasMaxLength(20);
        b.HasIndex(l => new { l.StaffMemberId, l.Language }).IsUnique();
        b.HasIndex(l => new { l.ProvinceId, l.Language });
    }
}

internal sealed class StaffTrainingConfiguration : IEntityTypeConfiguration<StaffTraining>
{
    public void Configure(EntityTypeBuilder<StaffTraining> b)
    {
        b.Property(t => t.Course).HasMaxLength(300);
        b.Property(t => t.Organiser).HasMaxLength(300);
        b.Property(t => t.Certificate).HasMaxLength(200);
        b.HasIndex(t => new { t.ProvinceId, t.StartsOn });
    }
}
