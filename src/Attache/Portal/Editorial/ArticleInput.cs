using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Portal.Editorial;

/// <summary>What is common to an article's translations: its category, author (the byline; its slug is computed)
/// and the link to where it was first published.</summary>
public sealed class ArticleInput
{
    [Required(ErrorMessage = Messages.Required)]
    public int? CategoryId { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Author { get; set; }

    [MaxLength(1000, ErrorMessage = Messages.TooLong), Url(ErrorMessage = Messages.Url)]
    public string? SourceUrl { get; set; }

    public int? Version { get; set; }
}

/// <summary>One translation of an article as an editor writes it; its slug is computed from the title and its
/// stage moves on its own route (<see cref="TranslationMove"/>).</summary>
public sealed class TranslationInput : IValidatableObject
{
    public const string UnknownLanguage = "Choose one of the portal's languages: vi, en, zh, ko, lo, fr, de, ja.";
    public const string BadTag = "A tag has 1 to 50 characters; separate tags with commas.";

    /// <summary>One of vi, en, zh, ko, lo, fr, de, ja.</summary>
    [Required(ErrorMessage = Messages.Required)]
    public string? Lang { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(1000, ErrorMessage = Messages.TooLong)]
    public string? Summary { get; set; }

    /// <summary>Markdown (rendered with Markdig and sanitised before it is shown).</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(100000, ErrorMessage = Messages.TooLong)]
    public string? Body { get; set; }

    /// <summary>What the cover image shows, in this language (for readers who do not see it).</summary>
    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? CoverAlt { get; set; }

    /// <summary>Tags separated by commas ("Hàn Quốc, lao động").</summary>
    [MaxLength(500, ErrorMessage = Messages.TooLong)]
    public string? Tags { get; set; }

    /// <summary>The translation's version when it is changed (empty for a new translation).</summary>
    public int? Version { get; set; }

    public IReadOnlyList<string> TagList() =>
        [.. (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lang is not null && !PortalLanguages.IsKnown(Lang))
        {
            yield return new ValidationResult(UnknownLanguage, [nameof(Lang)]);
        }

        if (TagList().Any(t => t.Length > 50))
        {
            yield return new ValidationResult(BadTag, [nameof(Tags)]);
        }
    }
}

/// <summary>A move of a translation along <see cref="ArticleWorkflow.Lifecycle"/>.</summary>
public sealed class TranslationMove
{
    public const string PublishAtRequired = "Give the date and time (Vietnam time) at which it is published.";
    public const string PublishAtPast = "The moment of publication must be in the future.";

    [Required(ErrorMessage = Messages.Required)]
    public TranslationStatus? To { get; set; }

    /// <summary>For Scheduled: the moment of publication in Vietnam time (UTC+7), e.g. 2026-12-05T08:00; it
    /// must be in the future.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>The translation's version read last (optional).</summary>
    public int? Version { get; set; }
}

/// <summary>A category of articles with its name in each language used.</summary>
public sealed class CategoryInput : IValidatableObject
{
    public const string NameNeeded = "Name the category in at least one language.";

    /// <summary>The address part of its listing; empty makes one from the first name.</summary>
    [MaxLength(100, ErrorMessage = Messages.TooLong), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$",
        ErrorMessage = "Use lower-case letters, digits and hyphens, e.g. politisches-system.")]
    public string? Slug { get; set; }

    [MaxLength(8, ErrorMessage = Messages.TooMany)]
    public List<CategoryNameInput>? Names { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var names = (Names ?? []).Where(n => n is { Name: not null }).ToList();
        if (names.Count == 0)
        {
            yield return new ValidationResult(NameNeeded, [nameof(Names)]);
        }

        if (names.GroupBy(n => n.Lang).Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("Name the category once per language.", [nameof(Names)]);
        }
    }
}

public sealed class CategoryNameInput : IValidatableObject
{
    [Required(ErrorMessage = Messages.Required)]
    public string? Lang { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lang is not null && !PortalLanguages.IsKnown(Lang))
        {
            yield return new ValidationResult(TranslationInput.UnknownLanguage, [nameof(Lang)]);
        }
    }
}
