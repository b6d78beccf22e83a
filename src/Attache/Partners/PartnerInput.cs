using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attache.Infrastructure;

namespace Attache.Partners;

/// <summary>What a user sends to create or change a partner, from the API or the form alike.</summary>
public sealed class PartnerInput : IValidatableObject
{
    public const int NameLength = 300;
    public const int NotesLength = 4000;

    [Required(ErrorMessage = Messages.Required)]
    public PartnerKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required), CountryCode]
    public string? Country { get; set; }

    public int? ParentId { get; set; }

    [MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? NameNative { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? NameLatin { get; set; }

    [MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? NameVietnamese { get; set; }

    [MaxLength(500, ErrorMessage = Messages.TooLong), Url(ErrorMessage = Messages.Url)]
    public string? Website { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    [MaxLength(30, ErrorMessage = Messages.TooMany)]
    public List<string>? Tags { get; set; }

    [Range(-90d, 90d, ErrorMessage = Messages.OutOfRange)]
    public double? Latitude { get; set; }

    [Range(-180d, 180d, ErrorMessage = Messages.OutOfRange)]
    public double? Longitude { get; set; }

    public List<ContactInput>? Contacts { get; set; }

    /// <summary>The form's one-line editor for <see cref="Tags"/>: comma-separated.</summary>
    [JsonIgnore]
    public string? TagsText
    {
        get => Tags is null ? null : string.Join(", ", Tags);
        set => Tags = value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    /// <summary>The version the change was made from; required on update so a stale edit is refused.</summary>
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Tags?.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 50) == true)
        {
            yield return new ValidationResult(Messages.Tag, [nameof(Tags)]);
        }
    }

    public static PartnerInput From(Partner p) => new()
    {
        Kind = p.Kind,
        Country = p.Country,
        ParentId = p.ParentId,
        NameNative = p.NameNative,
        NameLatin = p.NameLatin,
        NameVietnamese = p.NameVietnamese,
        Website = p.Website,
        Notes = p.Notes,
        Tags = [.. p.Tags],
        Latitude = p.Latitude,
        Longitude = p.Longitude,
        Contacts = [.. p.Contacts.OrderBy(c => c.Id).Select(c => new ContactInput { Name = c.Name, Title = c.Title, Email = c.Email, Phone = c.Phone })],
        Version = p.Version,
    };
}

public sealed class ContactInput
{
    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [MaxLength(256, ErrorMessage = Messages.TooLong), EmailAddress(ErrorMessage = Messages.Email)]
    public string? Email { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooLong), Phone(ErrorMessage = Messages.Phone)]
    public string? Phone { get; set; }
}
