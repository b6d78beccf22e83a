using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Staff;

/// <summary>How many people speak a language: active staff who speak it, active interpreters of it, and the active
/// speakers per level (best first).</summary>
public sealed record LanguageCoverage(string Language, LanguageScale Scale, int Staff, int Interpreters,
    IReadOnlyList<LevelCount> Levels);

public sealed record LevelCount(LanguageScale Scale, string Level, int Staff, int Interpreters);

/// <summary>A language that the last year's delegations needed: how many delegations needed it, and whether an active
/// interpreter covers it.</summary>
public sealed record LanguageNeed(string Language, int Delegations, int Interpreters)
{
    public bool Covered => Interpreters > 0;
}

/// <summary>The department's language coverage (issue 13 point 7), computed on the day <see cref="On"/>.</summary>
public sealed record StaffCoverage(DateOnly On, DateOnly NeedsFrom, int ActiveStaff, int ActiveInterpreters,
    IReadOnlyList<LanguageCoverage> Languages, IReadOnlyList<LanguageNeed> Needs)
{
    /// <summary>The rule as the API contract and the page state it.</summary>
    public const string Rule = "Coverage counts active staff members only: per language, the staff who speak it and "
        + "the interpreters among them, by level. A language is needed when a delegation of the last 12 months "
        + "(not cancelled, actual else planned start from the day a year ago up to today) has a country, or a member "
        + "of a nationality, whose language (one table, country → language) is not Vietnamese; it is uncovered when "
        + "no active interpreter speaks it.";

    /// <summary>The needed languages no active interpreter speaks.</summary>
    public IEnumerable<LanguageNeed> Uncovered => Needs.Where(n => !n.Covered);

    public static async Task<StaffCoverage> ComputeAsync(AttacheDb db, CancellationToken ct)
    {
        var today = db.Clock.TodayInVietnam();
        var from = today.AddYears(-1).AddDays(1);
        var spoken = await db.Set<StaffLanguage>().AsNoTracking()
            .Join(db.Set<StaffMember>().Where(s => s.Active), l => l.StaffMemberId, s => s.Id,
                (l, s) => new { l.Language, l.Scale, l.Level, s.IsInterpreter })
            .GroupBy(x => new { x.Language, x.Scale, x.Level, x.IsInterpreter })
            .Select(g => new { g.Key.Language, g.Key.Scale, g.Key.Level, g.Key.IsInterpreter, Count = g.Count() })
            .ToListAsync(ct);
        var languages = spoken.GroupBy(x => x.Language).Select(g =>
            {
                var scale = g.GroupBy(x => x.Scale).OrderByDescending(s => s.Sum(x => x.Count)).First().Key;
                var levels = g.GroupBy(x => (x.Scale, x.Level))
                    .OrderByDescending(l => LanguageLevels.Rank(l.Key.Scale, l.Key.Level))
                    .Select(l => new LevelCount(l.Key.Scale, l.Key.Level,
                        l.Sum(x => x.Count), l.Where(x => x.IsInterpreter).Sum(x => x.Count)))
                    .ToList();
                return new LanguageCoverage(g.Key, scale, g.Sum(x => x.Count),
                    g.Where(x => x.IsInterpreter).Sum(x => x.Count), levels);
            })
            .OrderByDescending(l => l.Interpreters).ThenByDescending(l => l.Staff)
            .ThenBy(l => l.Language, StringComparer.Ordinal).ToList();

        var delegations = db.Set<Delegation>()
            .Where(d => d.Status != DelegationStatus.Cancelled && d.StartsOn >= from && d.StartsOn <= today)
            .Select(d => d.Id);
        var countries = await db.Set<DelegationCountry>().AsNoTracking()
            .Where(c => delegations.Contains(c.DelegationId)).Select(c => new { Id = c.DelegationId, c.Country })
            .Concat(db.Set<DelegationMember>().AsNoTracking().Where(m => delegations.Contains(m.DelegationId))
                .Select(m => new { Id = m.DelegationId, Country = m.Nationality }))
            .Distinct().ToListAsync(ct);
        var interpreters = languages.ToDictionary(l => l.Language, l => l.Interpreters, StringComparer.Ordinal);
        var needs = countries
            .Select(c => (c.Id, Language: Infrastructure.Languages.ForCountry(c.Country)))
            .Where(c => c.Language is not null and not "vi")
            .GroupBy(c => c.Language!)
            .Select(g => new LanguageNeed(g.Key, g.Select(c => c.Id).Distinct().Count(),
                interpreters.GetValueOrDefault(g.Key)))
            .OrderBy(n => n.Covered).ThenByDescending(n => n.Delegations).ThenBy(n => n.Language, StringComparer.Ordinal)
            .ToList();
        var active = await db.Set<StaffMember>().Where(s => s.Active)
            .GroupBy(s => s.IsInterpreter).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new StaffCoverage(today, from, active.Sum(a => a.Count),
            active.Where(a => a.Key).Sum(a => a.Count), languages, needs);
    }
}
