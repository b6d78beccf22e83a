using Attache.Infrastructure;
using Attache.Labour;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Consular;

/// <summary>A person named in a record of the foreigners' or consular desk: personal data under Decree
/// 13/2023/NĐ-CP. Only holders of <see cref="Accounts.Policies.SeePersons"/> see who it is; the audit trail keeps only
/// the fact that a marked field changed; the identity number is stored encrypted. Each record type that names persons
/// has its own table of them, derived from this class.</summary>
public abstract class PersonRecord : ProvinceEntity, IAuditChild
{
    public const int NameLength = 200;
    public const int IdentityLength = 40;
    public const int ContactLength = 300;
    public const int NoteLength = 500;

    [PersonalData]
    public required string FullName { get; set; }

    /// <summary>Passport or identity-card number, protected with ASP.NET Core Data Protection
    /// (<see cref="PersonalDataProtector"/>); never stored in clear.</summary>
    [PersonalData]
    public string? IdentityNumberProtected { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the person's nationality.</summary>
    public string? Nationality { get; set; }

    [PersonalData]
    public int? BirthYear { get; set; }

    public Gender? Gender { get; set; }

    /// <summary>Address, telephone or e-mail of the person or the family to call.</summary>
    [PersonalData]
    public string? Contact { get; set; }

    /// <summary>The person's part in the record (driver, passenger, applicant, journalist…).</summary>
    public string? Note { get; set; }

    /// <summary>The day the identity was erased (on request or by the retention job). The record still counts: the
    /// name becomes <see cref="AnonymisedName"/>, the identity number, birth year and contact are emptied.</summary>
    public DateOnly? AnonymisedOn { get; set; }

    public const string AnonymisedName = "—";

    /// <summary>The record the person belongs to, as the audit trail names it.</summary>
    public abstract (string Entity, int Id) AuditParent { get; }
}

/// <summary>The column lengths every table of persons shares; each derived configuration adds its owner.</summary>
internal abstract class PersonRecordConfiguration<T> : IEntityTypeConfiguration<T> where T : PersonRecord
{
    public virtual void Configure(EntityTypeBuilder<T> b)
    {
        b.Property(p => p.FullName).HasMaxLength(PersonRecord.NameLength);
        b.Property(p => p.IdentityNumberProtected).HasMaxLength(1000);
        b.Property(p => p.Nationality).HasMaxLength(2);
        b.Property(p => p.Contact).HasMaxLength(PersonRecord.ContactLength);
        b.Property(p => p.Note).HasMaxLength(PersonRecord.NoteLength);
    }
}
