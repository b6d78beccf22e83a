using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;
using Attache.Labour;

namespace Attache.Consular;

/// <summary>A person named in a consular record, as a form or the API sends it. <see cref="Id"/> names a person
/// already on the record (kept and changed); a person left out of the list is removed.</summary>
public sealed class PersonInput
{
    public int? Id { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(PersonRecord.NameLength, ErrorMessage = Messages.TooLong)]
    public string? FullName { get; set; }

    /// <summary>Passport or identity-card number; stored encrypted. Left empty on an existing person, the stored number
    /// is kept.</summary>
    [MaxLength(PersonRecord.IdentityLength, ErrorMessage = Messages.TooLong)]
    public string? IdentityNumber { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    [CountryCode]
    public string? Nationality { get; set; }

    [Range(1900, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? BirthYear { get; set; }

    public Gender? Gender { get; set; }

    [MaxLength(PersonRecord.ContactLength, ErrorMessage = Messages.TooLong)]
    public string? Contact { get; set; }

    [MaxLength(PersonRecord.NoteLength, ErrorMessage = Messages.TooLong)]
    public string? Note { get; set; }
}

/// <summary>A person as a reader sees it. Without the <see cref="Accounts.Policies.SeePersons"/> policy the identity
/// (name, identity number, birth year, contact) is empty and <see cref="Identified"/> is false; nationality and gender
/// stay, for the counts.</summary>
public sealed record PersonDto(int Id, bool Identified, string? FullName, string? IdentityNumber, string? Nationality,
    int? BirthYear, Gender? Gender, string? Contact, string? Note, DateOnly? AnonymisedOn);
