using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Attache.Portal.Public;

/// <summary>schema.org metadata of public pages as JSON-LD: written by System.Text.Json, whose encoder escapes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes (so "&lt;/script&gt;" in a title cannot close the element) while
/// letters of every script stay letters.</summary>
public static class PortalJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The article as a schema.org NewsArticle, inside its script element.</summary>
    public static string NewsArticle(PublicContext context, ArticleView article, string? cover)
    {
        var card = article.Card;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = card.Title,
            ["description"] = card.Summary,
            ["inLanguage"] = card.Lang,
            ["url"] = context.BaseUrl + card.Path(context.Site.Slug),
            ["mainEntityOfPage"] = context.BaseUrl + card.Path(context.Site.Slug),
            ["datePublished"] = card.PublishedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["author"] = new Dictionary<string, object?>
            {
                ["@type"] = "Person",
                ["name"] = card.Author,
                ["url"] = context.BaseUrl + Listing.Author(card.AuthorSlug).Path(context.Site.Slug, card.Lang),
            },
            ["publisher"] = new Dictionary<string, object?>
            {
                ["@type"] = "GovernmentOrganization",
                ["name"] = context.SiteName,
                ["url"] = $"{context.BaseUrl}/p/{context.Site.Slug}/{card.Lang}",
            },
        };
        if (card.CategoryName is not null)
        {
            data["articleSection"] = card.CategoryName;
        }

        if (article.Tags.Count > 0)
        {
            data["keywords"] = article.Tags.Select(t => t.Label).ToArray();
        }

        if (cover is not null)
        {
            data["image"] = context.BaseUrl + cover;
        }

        if (article.SourceUrl is not null)
        {
            data["isBasedOn"] = article.SourceUrl;
        }

        return $"<script type=\"application/ld+json\">{JsonSerializer.Serialize(data, Options)}</script>";
    }
}
