using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Editorial;

public sealed record CategoryNameDto(string Lang, string Name);

public sealed record CategoryDto(int Id, string Province, string Slug, IReadOnlyList<CategoryNameDto> Names,
    int Articles, int Version);

/// <summary>The sections of a province's news, named in each language; an editor or leader keeps them. A category
/// that still has articles cannot be deleted (409).</summary>
public sealed class CategoryService(AttacheDb db) : IFeatureService
{
    public const string InUse = "This category still has {0} articles; move them to another category first.";

    /// <summary>The name in the staff's language (Vietnamese, else English, else any), else the slug.</summary>
    public static string NameIn(IEnumerable<(string Lang, string Name)> names, string slug)
    {
        var all = names.ToList();
        var wanted = Localization.Language;
        return all.FirstOrDefault(n => n.Lang == wanted).Name ?? all.FirstOrDefault(n => n.Lang == "en").Name
            ?? all.FirstOrDefault().Name ?? slug;
    }

    public async Task<List<CategoryDto>> ListAsync(CancellationToken ct) =>
        await db.Set<ArticleCategory>().AsNoTracking().OrderBy(c => c.Slug)
            .Select(c => new CategoryDto(c.Id, c.Province!.Code, c.Slug,
                c.Names.OrderBy(n => n.Lang).Select(n => new CategoryNameDto(n.Lang, n.Name)).ToList(),
                db.Set<Article>().Count(a => a.CategoryId == c.Id), c.Version))
            .ToListAsync(ct);

    public async Task<CategoryDto?> GetAsync(int id, CancellationToken ct) =>
        (await ListAsync(ct)).FirstOrDefault(c => c.Id == id);

    /// <summary>The categories as a form's choices, by name in the staff's language.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ChoicesAsync(CancellationToken ct) =>
        [.. (await ListAsync(ct)).Select(c => (c.Id, NameIn(c.Names.Select(n => (n.Lang, n.Name)), c.Slug)))
            .OrderBy(c => c.Item2, StringComparer.CurrentCulture)];

    public async Task<ArticleCategory> SaveAsync(int? id, CategoryInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        ArticleCategory category;
        if (id is null)
        {
            category = new ArticleCategory { Slug = "" };
            db.Add(category);
        }
        else
        {
            category = await db.Set<ArticleCategory>().Include(c => c.Names).FirstOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no category {id} in this province.");
            db.CheckVersion(category, input.Version);
        }

        var names = input.Names!.Where(n => n.Name is not null).ToList();
        var slug = input.Slug ?? Slugs.From(names.OrderBy(n => n.Lang == "en" ? 0 : 1).First().Name, "category");
        if (await db.Set<ArticleCategory>().AnyAsync(c => c.Slug == slug && c.Id != category.Id, ct))
        {
            throw InputValidation.Error("slug", "Another category of the province has this address part.");
        }

        category.Slug = slug;
        foreach (var gone in category.Names.Where(n => !names.Any(i => i.Lang == n.Lang)).ToList())
        {
            category.Names.Remove(gone);
        }

        foreach (var name in names)
        {
            if (category.Names.FirstOrDefault(n => n.Lang == name.Lang) is { } kept)
            {
                kept.Name = name.Name!.Trim();
            }
            else
            {
                category.Names.Add(new ArticleCategoryName { Lang = name.Lang!, Name = name.Name!.Trim() });
            }
        }

        await db.SaveChangesAsync(ct);
        return category;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var category = await db.Set<ArticleCategory>().Include(c => c.Names).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return false;
        }

        var articles = await db.Set<Article>().CountAsync(a => a.CategoryId == id, ct);
        if (articles > 0)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, InUse, articles);
        }

        db.Remove(category);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
