using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Labour;

public enum Gender
{
    Female,
    Male,
}

public enum WorkerOutcome
{
    Abroad,
    ReturnedOnTime,
    ReturnedEarly,
    DidNotReturn,
}

/// <summary>A seasonal-worker programme under an agreement with a foreign locality (Lai Châu – Mungyeong).</summary>
public sealed class LabourProgramme : ProvinceEntity, ISearchable
{
    public required string Name { get; set; }

    /// <summary>The cooperation agreement it runs under; a plain id until the agreements register is merged
    /// in.</summary>
    public int? AgreementId { get; set; }

    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public required string Sector { get; set; }
    public List<LabourEmployer> Employers { get; set; } = [];

    /// <summary>Pay per worker and month, VND.</summary>
    public decimal? PayMinVnd { get; set; }
    public decimal? PayMaxVnd { get; set; }
    public string? Notes { get; set; }

    public List<LabourCohort> Cohorts { get; set; } = [];
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() => [Name, Sector, Notes];
}

public sealed class LabourEmployer : ProvinceEntity, IAuditChild
{
    public int ProgrammeId { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public (string Entity, int Id) AuditParent => ("labourProgramme", ProgrammeId);
}

/// <summary>Workers who leave together and are planned to come back together (the 2023 season).</summary>
public sealed class LabourCohort : ProvinceEntity, IAuditChild
{
    public int ProgrammeId { get; set; }
    public required string Name { get; set; }
    public DateOnly DepartureOn { get; set; }
    public DateOnly PlannedReturnOn { get; set; }
    public string? Notes { get; set; }

    public List<SeasonalWorker> Workers { get; set; } = [];

    public (string Entity, int Id) AuditParent => ("labourProgramme", ProgrammeId);
}

/// <summary>A person sent abroad: personal data, shown by name only to the province's officers and leaders.</summary>
public sealed class SeasonalWorker : ProvinceEntity, IAuditChild
{
    public int CohortId { get; set; }
    public LabourCohort? Cohort { get; set; }
    [PersonalData]
    public required string FullName { get; set; }
    public required string CommuneOfOrigin { get; set; }
    [PersonalData]
    public string? VillageOfOrigin { get; set; }
    public Gender Gender { get; set; }
    [PersonalData]
    public int BirthYear { get; set; }

    /// <summary>Empty means the cohort's departure day.</summary>
    public DateOnly? DepartedOn { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    public WorkerOutcome Outcome { get; set; }
    public decimal? MonthlyPayVnd { get; set; }

    public (string Entity, int Id) AuditParent => ("labourCohort", CohortId);
}

internal sealed class LabourProgrammeConfiguration : IEntityTypeConfiguration<LabourProgramme>
{
    public void Configure(EntityTypeBuilder<LabourProgramme> b)
    {
        b.Property(p => p.Name).HasMaxLength(LabourInput.NameLength);
        b.Property(p => p.Sector).HasMaxLength(200);
        b.Property(p => p.Notes).HasMaxLength(LabourInput.NotesLength);
        b.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Employers).WithOne().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Cohorts).WithOne().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ProvinceId, p.Name });
        b.HasIndex(p => p.AgreementId);
    }
}

internal sealed class LabourEmployerConfiguration : IEntityTypeConfiguration<LabourEmployer>
{
    public void Configure(EntityTypeBuilder<LabourEmployer> b)
    {
        b.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.ProgrammeId, e.PartnerId }).IsUnique();
    }
}

internal sealed class LabourCohortConfiguration : IEntityTypeConfiguration<LabourCohort>
{
    public void Configure(EntityTypeBuilder<LabourCohort> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Notes).HasMaxLength(LabourInput.NotesLength);
        b.HasMany(c => c.Workers).WithOne(w => w.Cohort).HasForeignKey(w => w.CohortId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ProgrammeId, c.DepartureOn });
    }
}

internal sealed class SeasonalWorkerConfiguration : IEntityTypeConfiguration<SeasonalWorker>
{
    public void Configure(EntityTypeBuilder<SeasonalWorker> b)
    {
        b.Property(w => w.FullName).HasMaxLength(200);
        b.Property(w => w.CommuneOfOrigin).HasMaxLength(200);
        b.Property(w => w.VillageOfOrigin).HasMaxLength(200);
        b.HasIndex(w => new { w.CohortId, w.FullName });
        b.HasIndex(w => new { w.ProvinceId, w.Outcome });
    }
}
