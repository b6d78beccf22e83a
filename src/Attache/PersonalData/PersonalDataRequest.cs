using Attache.Infrastructure;
using Attache.Provinces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.PersonalData;

public enum PersonalDataRequestKind
{
    /// <summary>The person asks what is stored about them (answered with the export).</summary>
    Access,

    /// <summary>The person asks for their data in a portable form (the .json export).</summary>
    Export,

    /// <summary>The person asks that their data be erased: carrying it out anonymises the persons concerned.</summary>
    Erasure,
}

/// <summary>A data subject's request under Decree 13/2023/NĐ-CP (access, export, erasure): who asked and when, the
/// persons of the registers it concerns, and when and by whom it was carried out.</summary>
public sealed class PersonalDataRequest : ProvinceEntity
{
    public const int TextLength = 1000;
    public const int PersonsLength = 2000;

    public PersonalDataRequestKind Kind { get; set; }

    /// <summary>Who asked: the person, or who acts for them, and how they were identified.</summary>
    [PersonalData]
    public required string RequestedBy { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>The persons concerned as "table/id" references (as <see cref="PersonMatch.Ref"/>), separated by commas.</summary>
    public string Persons { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public DateOnly? HandledOn { get; set; }

    /// <summary>The account that carried the request out.</summary>
    public string? HandledBy { get; set; }

    /// <summary>For an erasure: how many persons were anonymised when it was carried out.</summary>
    public int? PersonsAnonymised { get; set; }
}

/// <summary>The retention period of persons' identities, in years: for one province, or for every province that has
/// none of its own (<see cref="ProvinceId"/> null). Without any, identities are kept.</summary>
public sealed class PersonalDataRetention : Entity
{
    public const int MinYears = 1;
    public const int MaxYears = 100;

    public int? ProvinceId { get; set; }
    public Province? Province { get; set; }

    public int Years { get; set; }
}

internal sealed class PersonalDataRequestConfiguration : IEntityTypeConfiguration<PersonalDataRequest>
{
    public void Configure(EntityTypeBuilder<PersonalDataRequest> b)
    {
        b.Property(r => r.RequestedBy).HasMaxLength(PersonalDataRequest.TextLength);
        b.Property(r => r.Persons).HasMaxLength(PersonalDataRequest.PersonsLength);
        b.Property(r => r.Notes).HasMaxLength(PersonalDataRequest.TextLength);
        b.Property(r => r.HandledBy).HasMaxLength(256);
        b.HasIndex(r => new { r.ProvinceId, r.ReceivedOn });
    }
}

internal sealed class PersonalDataRetentionConfiguration : IEntityTypeConfiguration<PersonalDataRetention>
{
    public void Configure(EntityTypeBuilder<PersonalDataRetention> b)
    {
        b.HasOne(r => r.Province).WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.ProvinceId).IsUnique();
    }
}
