using System.Globalization;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Partners;

/// <summary>A partner as a form offers it: its name and its country's name in the UI's language, and its kind.
/// </summary>
public sealed record PartnerChoice(int Id, string Name, string Country, PartnerKind Kind)
{
    /// <summary>What the option reads: "Thành phố Mungyeong (Hàn Quốc)".</summary>
    public string Label => $"{Name} ({Country})";
}

/// <summary>The one list every partner picker offers (delegations, agreements, aid, events, twinnings, labour,
/// gates, parents): the province's partners by name in the UI's language and collation.</summary>
public sealed class PartnerChoices(AttacheDb db) : IFeatureService
{
    /// <summary>The province's partners, of one <paramref name="kind"/> when asked, but <paramref name="except"/>
    /// (a partner is not its own parent).</summary>
    public async Task<IReadOnlyList<PartnerChoice>> ListAsync(CancellationToken ct, int? except = null,
        PartnerKind? kind = null)
    {
        var language = Localization.Language;
        var rows = await db.Set<Partner>().AsNoTracking()
            .Where(p => except == null || p.Id != except).Where(p => kind == null || p.Kind == kind)
            .Select(p => new { p.Id, p.NameLatin, p.NameVietnamese, p.Country, p.Kind }).ToListAsync(ct);
        var collation = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        return [.. rows
            .Select(p => new PartnerChoice(p.Id,
                language == "vi" && !string.IsNullOrWhiteSpace(p.NameVietnamese) ? p.NameVietnamese : p.NameLatin,
                Countries.Name(p.Country, language), p.Kind))
            .OrderBy(p => p.Name, collation)];
    }
}
