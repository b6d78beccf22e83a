using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Attache.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Site;

/// <summary>A text of the profile or of an opportunity in one portal language, as an editor writes it.</summary>
public sealed class ProfileTextInput
{
    [Required(ErrorMessage = Messages.Required), MaxLength(5, ErrorMessage = Messages.TooLong)]
    public string? Lang { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Tagline { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(20000, ErrorMessage = Messages.TooLong)]
    public string? About { get; set; }
}

/// <summary>What an editor sends to set the province's public profile.</summary>
public sealed partial class ProfileInput : IValidatableObject
{
    [Required(ErrorMessage = Messages.Required), MaxLength(60, ErrorMessage = Messages.TooLong)]
    public string? Slug { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public string? DefaultLang { get; set; }

    public List<ProfileTextInput> Texts { get; set; } = [];

    /// <summary>The version read last; required when the profile exists.</summary>
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Slug is not null && !SlugPattern().IsMatch(Slug))
        {
            yield return new ValidationResult(
                "Use lower-case letters a–z, digits and single hyphens, e.g. lai-chau.", [nameof(Slug)]);
        }

        if (DefaultLang is not null && !PortalLanguages.IsKnown(DefaultLang))
        {
            yield return new ValidationResult(PortalInput.UnknownLanguage, [nameof(DefaultLang)]);
        }

        foreach (var result in PortalInput.CheckLanguages(Texts.Select(t => t.Lang), nameof(Texts)))
        {
            yield return result;
        }

        if (DefaultLang is not null && Texts.All(t => t.Lang != DefaultLang))
        {
            yield return new ValidationResult("Write the profile in the site's default language.", [nameof(Texts)]);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}

/// <summary>Rules the portal's staff inputs share.</summary>
public static class PortalInput
{
    public const string UnknownLanguage = "Not a portal language; use vi, en, zh, ko, lo, fr, de or ja.";

    /// <summary>Each text in a known language, each language once.</summary>
    public static IEnumerable<ValidationResult> CheckLanguages(IEnumerable<string?> langs, string field)
    {
        var list = langs.ToList();
        if (list.Any(l => l is not null && !PortalLanguages.IsKnown(l)))
        {
            yield return new ValidationResult(UnknownLanguage, [field]);
        }

        if (list.Distinct().Count() != list.Count)
        {
            yield return new ValidationResult("Write each language once.", [field]);
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record ProfileTextDto(string Lang, string Name, string? Tagline, string About);

public sealed record ProfileDto(int Id, string Slug, string DefaultLang, IReadOnlyList<ProfileTextDto> Texts,
    DateTime UpdatedAt, int Version);

/// <summary>The province's public profile: read and saved by the staff page and the API alike; a save evicts the
/// site's cached pages.</summary>
public sealed class ProfileService(AttacheDb db, PortalCache cache, IOutputCacheStore store) : IFeatureService
{
    /// <summary>The profile of the user's province; null when it has none yet.</summary>
    public async Task<ProfileDto?> GetAsync(CancellationToken ct) =>
        await db.Set<ProvinceProfile>().AsNoTracking()
            .Select(p => new ProfileDto(p.Id, p.Slug, p.DefaultLang,
                p.Texts.OrderBy(t => t.Lang).Select(t => new ProfileTextDto(t.Lang, t.Name, t.Tagline, t.About))
                    .ToList(), p.UpdatedAt, p.Version))
            .FirstOrDefaultAsync(ct);

    public async Task<ProfileInput> GetInputAsync(CancellationToken ct) =>
        await GetAsync(ct) is { } p
            ? new ProfileInput
            {
                Slug = p.Slug, DefaultLang = p.DefaultLang, Version = p.Version,
                Texts = [.. p.Texts.Select(t => new ProfileTextInput
                {
                    Lang = t.Lang, Name = t.Name, Tagline = t.Tagline, About = t.About,
                })],
            }
            : new ProfileInput { DefaultLang = "vi", Texts = [new ProfileTextInput { Lang = "vi" }] };

    /// <summary>Creates or replaces the profile of the user's province (one per province).</summary>
    public async Task<ProfileDto> SaveAsync(ProfileInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var provinceId = db.Tenant.RequireProvince();
        var profile = await db.Set<ProvinceProfile>().Include(p => p.Texts).FirstOrDefaultAsync(ct);
        var slug = input.Slug!;
        if (await db.Set<ProvinceProfile>().IgnoreQueryFilters()
                .AnyAsync(p => p.Slug == slug && p.ProvinceId != provinceId, ct))
        {
            throw ProblemException.FieldRefusal(StatusCodes.Status409Conflict, "slug",
                "Another province's site already uses the address {0}.", slug);
        }

        var oldSlug = profile?.Slug;
        if (profile is null)
        {
            profile = new ProvinceProfile { Slug = slug };
            db.Add(profile);
        }
        else
        {
            db.CheckVersion(profile, input.Version);
        }

        profile.Slug = slug;
        profile.DefaultLang = input.DefaultLang!;
        profile.Texts.RemoveAll(t => input.Texts.All(i => i.Lang != t.Lang));
        foreach (var text in input.Texts)
        {
            var row = profile.Texts.FirstOrDefault(t => t.Lang == text.Lang);
            if (row is null)
            {
                row = new ProvinceProfileText { Lang = text.Lang!, Name = "", About = "" };
                profile.Texts.Add(row);
            }

            row.Name = text.Name!.Trim();
            row.Tagline = PortalInput.Clean(text.Tagline);
            row.About = text.About!.Trim();
        }

        await db.SaveChangesAsync(ct);
        if (oldSlug is not null && oldSlug != slug)
        {
            // The pages under the old address go too.
            await store.EvictByTagAsync(PortalCache.Tag(oldSlug), ct);
        }

        await cache.EvictAsync(provinceId, ct);
        return (await GetAsync(ct))!;
    }
}
