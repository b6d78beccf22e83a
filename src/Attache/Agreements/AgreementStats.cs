using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

public sealed record KindCount(AgreementKind Kind, int Count);

public sealed record FieldCount(string Field, string NameVi, string NameEn, int Count);

public sealed record CountryCount(string Country, int Count);

/// <summary>One province's agreements signed in the period. An agreement with several fields or countries counts
/// once under each, so those lists may add up to more than <see cref="Total"/>.</summary>
public sealed record ProvinceAgreementStats(string Province, int Total, IReadOnlyList<KindCount> ByKind,
    IReadOnlyList<FieldCount> ByField,
    IReadOnlyList<CountryCount> ByCountry);

public sealed record AgreementStatsDto(DateOnly? From, DateOnly? To, IReadOnlyList<ProvinceAgreementStats> Provinces)
{
    /// <summary>The day <see cref="InForce"/> is counted on: the period's last day, else today.</summary>
    public DateOnly InForceOn { get; init; }

    /// <summary>Agreements in force on <see cref="InForceOn"/> by their dates (<see cref="AgreementDates"/>).</summary>
    public int InForce { get; init; }
}

public sealed class AgreementStatsQuery
{
    /// <summary>First signing day counted; open when empty.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last signing day counted (inclusive); open when empty.</summary>
    public DateOnly? To { get; set; }
}

/// <summary>The agreements part of the period report, counted by the database.</summary>
public static class AgreementStats
{
    public static async Task<AgreementStatsDto> ComputeAsync(AttacheDb db, AgreementStatsQuery q, CancellationToken ct)
    {
        if (q.From > q.To)
        {
            throw InputValidation.Error("to", "The end of the period comes before its start.");
        }

        DateOnly? from = q.From, to = q.To;
        var signed = db.Set<Agreement>().AsNoTracking().Where(a => a.SignedOn != null);
        if (from is { } f)
        {
            signed = signed.Where(a => a.SignedOn >= f);
        }

        if (to is { } t)
        {
            signed = signed.Where(a => a.SignedOn <= t);
        }

        var totals = await signed.GroupBy(a => a.ProvinceId).Select(g => new { Province = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var kinds = await signed.GroupBy(a => new { a.ProvinceId, a.Kind })
            .Select(g => new { g.Key.ProvinceId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var fields = await db.Set<AgreementFieldLink>().AsNoTracking()
            .Where(l => signed.Any(a => a.Id == l.AgreementId))
            .GroupBy(l => new { l.ProvinceId, l.FieldId })
            .Select(g => new { g.Key.ProvinceId, g.Key.FieldId, Count = g.Count() }).ToListAsync(ct);
        // Two partners of one country (Guangxi and Chongzuo) on one agreement still make one agreement with China.
        var countries = await db.Set<AgreementPartner>().AsNoTracking()
            .Where(l => signed.Any(a => a.Id == l.AgreementId))
            .GroupBy(l => new { l.ProvinceId, l.Partner!.Country })
            .Select(g => new
            {
                g.Key.ProvinceId, g.Key.Country,
                Count = g.Select(x => x.AgreementId).Distinct().Count()
            }).ToListAsync(ct);

        var provinceCodes = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var fieldNames = await db.Set<AgreementField>().AsNoTracking().ToDictionaryAsync(x => x.Id, ct);
        var result = totals.Select(p => new ProvinceAgreementStats(provinceCodes[p.Province], p.Count,
                [.. kinds.Where(k => k.ProvinceId == p.Province).OrderByDescending(k => k.Count).ThenBy(k => k.Kind)
                    .Select(k => new KindCount(k.Kind, k.Count))],
                [.. fields.Where(x => x.ProvinceId == p.Province).Select(x => (Field: fieldNames[x.FieldId], x.Count))
                    .OrderByDescending(x => x.Count).ThenBy(x => x.Field.SortOrder)
                    .Select(x => new FieldCount(x.Field.Code, x.Field.NameVi, x.Field.NameEn, x.Count))],
                [.. countries.Where(c => c.ProvinceId == p.Province).OrderByDescending(c => c.Count)
                    .ThenBy(c => c.Country)
                    .Select(c => new CountryCount(c.Country, c.Count))]))
            .OrderBy(p => p.Province).ToList();
        var day = to ?? db.Clock.TodayInVietnam();
        var inForce = await db.Set<Agreement>().AsNoTracking().CountAsync(AgreementDates.InForceOn(day), ct);
        return new AgreementStatsDto(from, to, result) { InForceOn = day, InForce = inForce };
    }
}
