using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Staff;

/// <summary>What a user sends to create or change a staff member, from the API or the form alike, with the
/// languages and trainings as whole lists: an item naming the <c>id</c> of one already on the record is kept and
/// changed, one without an id is added, one left out is removed. The member's <see cref="Version"/> guards the whole,
/// lists included.</summary>
public sealed class StaffInput : IValidatableObject
{
    public const int ContactLength = 256;
    public const int NotesLength = 2000;

    [Required(ErrorMessage = Messages.Required), MaxLength(StaffMember.NameLength, ErrorMessage = Messages.TooLong)]
    public string? FullName { get; set; }

    [MaxLength(StaffMember.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Position { get; set; }

    [MaxLength(StaffMember.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Unit { get; set; }

    [MaxLength(ContactLength, ErrorMessage = Messages.TooLong), EmailAddress(ErrorMessage = Messages.Email)]
    public string? Email { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooLong), Phone(ErrorMessage = Messages.Phone)]
    public string? Phone { get; set; }

    /// <summary>The person's user account, of the same province; none when empty.</summary>
    [MaxLength(450, ErrorMessage = Messages.TooLong)]
    public string? UserId { get; set; }

    public bool IsInterpreter { get; set; }

    public bool Active { get; set; } = true;

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    [MaxLength(20, ErrorMessage = Messages.TooMany)]
    public List<StaffLanguageInput>? Languages { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooMany)]
    public List<StaffTrainingInput>? Trainings { get; set; }

    /// <summary>The version read last; required on update so a stale edit is refused.</summary>
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var languages = Languages ?? [];
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i].Language is { } code
                && languages.Take(i).Any(l => string.Equals(l.Language, code, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new ValidationResult(StaffMessages.LanguageTwice, [$"languages[{i}].language"]);
            }
        }

        if (IsInterpreter && !languages.Any(l => l.Language is { } code && !code.Equals("vi",
            StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult(StaffMessages.InterpreterWithoutLanguage, [nameof(Languages)]);
        }

        foreach (var (_, i) in languages.Select((l, i) => (l.Id, i)).Where(x => x.Id is not null)
            .GroupBy(x => x.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            yield return new ValidationResult(StaffMessages.ItemTwice, [$"languages[{i}].id"]);
        }

        var trainings = Trainings ?? [];
        foreach (var (_, i) in trainings.Select((t, i) => (t.Id, i)).Where(x => x.Id is not null)
            .GroupBy(x => x.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            yield return new ValidationResult(StaffMessages.ItemTwice, [$"trainings[{i}].id"]);
        }
    }

    public static StaffInput From(StaffMember s) => new()
    {
        FullName = s.FullName,
        Position = s.Position,
        Unit = s.Unit,
        Email = s.Email,
        Phone = s.Phone,
        UserId = s.UserId,
        IsInterpreter = s.IsInterpreter,
        Active = s.Active,
        Notes = s.Notes,
        Languages = [.. s.Languages.OrderBy(l => l.Id).Select(l => new StaffLanguageInput
        {
            Id = l.Id, Language = l.Language, Scale = l.Scale, Level = l.Level,
        })],
        Trainings = [.. s.Trainings.OrderBy(t => t.StartsOn).ThenBy(t => t.Id).Select(t => new StaffTrainingInput
        {
            Id = t.Id, Course = t.Course, Organiser = t.Organiser, StartsOn = t.StartsOn, EndsOn = t.EndsOn,
            Certificate = t.Certificate,
        })],
        Version = s.Version,
    };
}

/// <summary>A language of a staff member: an ISO 639-1 code and a level on the scale that fits it
/// (<see cref="LanguageLevels.Rule"/>).</summary>
public sealed class StaffLanguageInput : IValidatableObject
{
    /// <summary>The language already on the record this item changes; empty for a new one.</summary>
    public int? Id { get; set; }

    /// <summary>ISO 639-1 code: "ko", "zh", "lo", "en".</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(3, ErrorMessage = Messages.TooLong)]
    public string? Language { get; set; }

    /// <summary>Cefr, Hsk, Topik, Lao or Jlpt; taken from the language when empty.</summary>
    public LanguageScale? Scale { get; set; }

    /// <summary>"B2" (CEFR), "5" (HSK, TOPIK, Lao), "N2" (JLPT).</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(20, ErrorMessage = Messages.TooLong)]
    public string? Level { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var code = Language?.Trim().ToLowerInvariant();
        if (code is null)
        {
            yield break;
        }

        if (!Languages.IsCode(code))
        {
            yield return new ValidationResult(StaffMessages.LanguageCode, [nameof(Language)]);
            yield break;
        }

        var scale = Scale ?? LanguageLevels.ScaleFor(code);
        if (!Enum.IsDefined(scale) || !LanguageLevels.Fits(code, scale))
        {
            yield return new ValidationResult(StaffMessages.ScaleForLanguage, [nameof(Scale)]);
        }
        else if (Level is { } level && !LanguageLevels.IsLevel(scale, LanguageLevels.Normalise(level)))
        {
            yield return new ValidationResult(StaffMessages.LevelOnScale, [nameof(Level)]);
        }
    }
}

/// <summary>A training a staff member attended.</summary>
public sealed class StaffTrainingInput : IValidatableObject
{
    /// <summary>The training already on the record this item changes; empty for a new one.</summary>
    public int? Id { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Course { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Organiser { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Certificate { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndsOn < StartsOn)
        {
            yield return new ValidationResult(StaffMessages.EndBeforeStart, [nameof(EndsOn)]);
        }
    }
}

/// <summary>The roster's refusals, each a resource key the pages translate.</summary>
public static class StaffMessages
{
    public const string LanguageCode = "Use a two-letter ISO 639-1 language code, e.g. ko, zh, lo, en.";
    public const string ScaleForLanguage =
        "This scale does not fit the language: HSK is for Chinese, TOPIK for Korean, the Lao scale for Lao, JLPT for "
        + "Japanese, CEFR for the other languages.";
    public const string LevelOnScale =
        "Not a level of this scale: CEFR A1–C2, HSK 1–9, TOPIK 1–6, Lao 1–6, JLPT N5–N1.";
    public const string LanguageTwice = "This language is listed twice.";
    public const string ItemTwice = "This item is listed twice.";
    public const string InterpreterWithoutLanguage = "An interpreter needs at least one foreign language.";
    public const string EndBeforeStart = "The end is before the start.";
    public const string NoSuchItem = "There is no such item on this staff member.";
    public const string NoSuchAccount = "There is no such user account in this province.";
    public const string AccountTaken = "This account is already linked to another staff member.";
}
