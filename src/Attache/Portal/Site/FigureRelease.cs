using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Reports.Signing;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Site;

/// <summary>A figure a leader may release from a signed report: its key (the summary path, also the key of its
/// label), the unit, the English label (a <see cref="PortalText"/> key) and how to read it from the summary's leaves
/// (<see cref="SummaryPaths.Leaves"/>): one leaf, or the sum of the leaves a pattern matches.</summary>
public sealed record FigureKey(string Key, string Unit, string Label, Regex Paths)
{
    /// <summary>The figure in a signed summary; null when the summary has no such leaf.</summary>
    public decimal? ValueIn(IReadOnlyDictionary<string, JsonElement> leaves)
    {
        var values = leaves.Where(l => Paths.IsMatch(l.Key)).Select(l => Number(l.Value)).ToList();
        return values.Count == 0 || values.Any(v => v is null) ? null : values.Sum(v => v!.Value);
    }

    private static decimal? Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDecimal(),
        // Exact amounts are written as strings (DecimalStringConverter).
        JsonValueKind.String when decimal.TryParse(e.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture,
            out var d) => d,
        _ => null,
    };
}

/// <summary>The fixed list of figures that mean something to the public, in the order the portal shows them.</summary>
public static class FigureKeys
{
    private static FigureKey One(string key, string unit, string label) =>
        new(key, unit, label, new Regex("^" + Regex.Escape(key) + "$", RegexOptions.CultureInvariant));

    private static FigureKey Sum(string key, string unit, string label, string pattern) =>
        new(key, unit, label, new Regex(pattern, RegexOptions.CultureInvariant));

    public static readonly IReadOnlyList<FigureKey> All =
    [
        One("delegations.inbound.count", "count", "Foreign delegations received"),
        One("delegations.inbound.foreignVisitors", "people", "Foreign visitors in delegations"),
        One("delegations.outbound.count", "count", "Delegations sent abroad"),
        One("agreements.signed", "count", "International agreements signed"),
        One("agreements.inForce", "count", "International agreements in force"),
        One("aid.totalCommittedVnd", "VND", "Foreign aid committed"),
        Sum("aid.disbursedVnd", "VND", "Foreign aid disbursed", @"^aid\.byKind\[[^\]]+\]\.disbursedVnd$"),
        Sum("events.count", "count", "Foreign affairs events", @"^events\.byKind\[[^\]]+\]\.count$"),
        One("partners.total", "count", "Foreign partners"),
        One("partners.countries", "count", "Partner countries"),
        One("twinnings.active", "count", "Active twinning relationships"),
        One("twinnings.signedInPeriod", "count", "Twinning agreements signed"),
        One("borders.turnoverUsd", "USD", "Border trade turnover"),
        One("borders.stateRevenueVnd", "VND", "State revenue at the border gates"),
    ];

    public static FigureKey? Find(string key) => All.FirstOrDefault(k => k.Key == key);

    /// <summary>The figure in the page's language: whole numbers grouped, money with its currency.</summary>
    public static string Format(string lang, decimal value, string unit)
    {
        var culture = CultureInfo.GetCultureInfo(PortalLanguages.Get(lang).Culture);
        var number = value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", culture);
        return unit switch
        {
            "USD" => number + " USD",
            "VND" => number + " VND",
            "percent" => number + " %",
            _ => number,
        };
    }
}

/// <summary>The figures a signed report offers for release, each with its value as signed.</summary>
public sealed record FigureCandidate(string Key, string Label, string Unit, decimal Value);

public sealed record ReleasedFigureDto(string Key, string Label, decimal Value, string Unit);

public sealed record FigureSetDto(int Id, int SignedReportId, DateOnly From, DateOnly To, DateTime PublishedAt,
    string PublishedByName, DateTime? WithdrawnAt, IReadOnlyList<ReleasedFigureDto> Figures);

/// <summary>What a leader releases: the signed report and the keys of the figures chosen from it.</summary>
public sealed class FigureReleaseInput
{
    [Required(ErrorMessage = Messages.Required)]
    public int? SignedReportId { get; set; }

    [Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.Required),
     MaxLength(20, ErrorMessage = Messages.TooMany)]
    public List<string>? Keys { get; set; }
}

public sealed class FigureSetQuery : PageRequest;

/// <summary>Releasing key figures of a signed report to the public (a leader's decision): the values are copied from
/// the signed summary into a <see cref="PublishedFigureSet"/> and never read again from the records; withdrawing
/// takes the set off the portal. Both evict the site's cached pages.</summary>
public sealed class FigureReleaseService(AttacheDb db, CurrentUser user, PortalCache cache) : IFeatureService
{
    /// <summary>The releasable figures of a signed report of the province, with their signed values.</summary>
    public async Task<IReadOnlyList<FigureCandidate>> CandidatesAsync(int signedReportId, CancellationToken ct)
    {
        var leaves = await SignedLeavesAsync(signedReportId, ct);
        return [.. FigureKeys.All.Select(k => (Key: k, Value: k.ValueIn(leaves)))
            .Where(k => k.Value is not null)
            .Select(k => new FigureCandidate(k.Key.Key, k.Key.Label, k.Key.Unit, k.Value!.Value))];
    }

    public async Task<FigureSetDto> ReleaseAsync(FigureReleaseInput input, CancellationToken ct)
    {
        if (!await user.MayApproveAsync())
        {
            throw ProblemException.Forbidden("Only a leader of the department releases figures to the public.");
        }

        InputValidation.Check(input);
        var report = await db.Set<SignedReport>().AsNoTracking().Where(r => r.Id == input.SignedReportId)
            .Select(r => new { r.Id, r.ProvinceId, r.From, r.To }).FirstOrDefaultAsync(ct)
            ?? throw InputValidation.Error("signedReportId",
                $"There is no signed report {input.SignedReportId} in your province.");
        var candidates = await CandidatesAsync(report.Id, ct);
        var keys = input.Keys!.Distinct(StringComparer.Ordinal).ToList();
        if (keys.FirstOrDefault(k => candidates.All(c => c.Key != k)) is { } unknown)
        {
            throw InputValidation.Error("keys", $"'{unknown}' is not a figure of this signed report; use "
                + string.Join(", ", candidates.Select(c => c.Key)) + ".");
        }

        var userId = user.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw ProblemException.Forbidden("Only a signed-in leader releases figures.");
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => string.IsNullOrEmpty(u.DisplayName) ? u.Email : u.DisplayName).FirstAsync(ct);
        var set = new PublishedFigureSet
        {
            ProvinceId = report.ProvinceId,
            SignedReportId = report.Id,
            From = report.From,
            To = report.To,
            PublishedAt = db.Clock.GetUtcNow().UtcDateTime,
            PublishedById = userId,
            PublishedByName = name ?? userId,
            Figures = [.. candidates.Where(c => keys.Contains(c.Key)).Select((c, i) => new PublishedFigure
            {
                Key = c.Key, Value = c.Value, Unit = c.Unit, Order = i,
            })],
        };
        db.Add(set);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(set.ProvinceId, ct);
        return (await GetAsync(set.Id, ct))!;
    }

    public async Task<FigureSetDto> WithdrawAsync(int id, CancellationToken ct)
    {
        if (!await user.MayApproveAsync())
        {
            throw ProblemException.Forbidden("Only a leader of the department withdraws released figures.");
        }

        var set = await db.Set<PublishedFigureSet>().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                $"There is no released figure set {id} in your province.");
        if (set.WithdrawnAt is not null)
        {
            throw ProblemException.Conflict("These figures are already withdrawn.")
                .Localized("These figures are already withdrawn.");
        }

        set.WithdrawnAt = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(set.ProvinceId, ct);
        return (await GetAsync(id, ct))!;
    }

    public async Task<Paged<FigureSetDto>> ListAsync(FigureSetQuery query, CancellationToken ct)
    {
        InputValidation.Check(query);
        var page = await Sets().OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .ToPageAsync(query, ct);
        return new Paged<FigureSetDto>([.. page.Items.Select(Dto)], page.Total, page.Page, page.PageSize);
    }

    public async Task<FigureSetDto?> GetAsync(int id, CancellationToken ct) =>
        (await Sets().Where(s => s.Id == id).ToListAsync(ct)).Select(Dto).FirstOrDefault();

    /// <summary>What the portal shows: the latest set not withdrawn, in the site's province; null when none.</summary>
    public async Task<FigureSetDto?> PublicAsync(CancellationToken ct) =>
        (await Sets().Where(s => s.WithdrawnAt == null).OrderByDescending(s => s.PublishedAt)
            .ThenByDescending(s => s.Id).Take(1).ToListAsync(ct)).Select(Dto).FirstOrDefault();

    private IQueryable<PublishedFigureSet> Sets() =>
        db.Set<PublishedFigureSet>().AsNoTracking().Include(s => s.Figures);

    private static FigureSetDto Dto(PublishedFigureSet s) => new(s.Id, s.SignedReportId, s.From, s.To, s.PublishedAt,
        s.PublishedByName, s.WithdrawnAt, [.. s.Figures.OrderBy(f => f.Order)
            .Select(f => new ReleasedFigureDto(f.Key, FigureKeys.Find(f.Key)?.Label ?? f.Key, f.Value, f.Unit))]);

    private async Task<Dictionary<string, JsonElement>> SignedLeavesAsync(int signedReportId, CancellationToken ct)
    {
        var content = await db.Set<SignedReportFile>().AsNoTracking()
            .Where(f => f.SignedReportId == signedReportId && f.Format == SignedReportFormat.Json)
            .Select(f => f.Content).FirstOrDefaultAsync(ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                $"There is no signed report {signedReportId} in your province.");
        using var summary = JsonDocument.Parse(content);
        return SummaryPaths.Leaves(summary.RootElement.Clone());
    }
}
