using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Twinnings;

public sealed record CountBy<TKey>(TKey Key, int Count);

/// <param name="Active">Active on <see cref="ActiveOn"/> (<see cref="TwinningCounting"/>).</param>
public sealed record TwinningStats(int Total, int Active, IReadOnlyList<CountBy<TwinningStatus>> ByStatus,
    IReadOnlyList<CountBy<string>> ByCountry, DateOnly? From, DateOnly? To, int SignedInPeriod)
{
    /// <summary>The day <see cref="Active"/> is counted on: the period's last day, else today.</summary>
    public DateOnly ActiveOn { get; init; }

    /// <summary>Pairs signed by <see cref="ActiveOn"/> now Dormant or Ended without an end date, left out of
    /// <see cref="Active"/>: whether they were still active then is unknown.</summary>
    public int NotActiveUndated { get; init; }

    /// <summary>Pairs by status and by the partner's country, pairs signed within [from, to] (either end open) and
    /// pairs active on the last day (<see cref="TwinningCounting"/>; today when the end is open).</summary>
    public static async Task<TwinningStats> ComputeAsync(AttacheDb db, DateOnly? from, DateOnly? to,
        CancellationToken ct)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw InputValidation.Error("to", "The end of the period is before its start.");
        }

        var set = db.Set<Twinning>().AsNoTracking();
        var byStatus = await set.GroupBy(x => x.Status).Select(g => new CountBy<TwinningStatus>(g.Key, g.Count()))
            .ToListAsync(ct);
        var byCountry = await set.GroupBy(x => x.Partner!.Country).Select(g => new CountBy<string>(g.Key, g.Count()))
            .ToListAsync(ct);
        var signed = set.Where(x => x.SignedOn != null);
        if (from is { } start)
        {
            signed = signed.Where(x => x.SignedOn >= start);
        }

        if (to is { } end)
        {
            signed = signed.Where(x => x.SignedOn <= end);
        }

        var signedCount = await signed.CountAsync(ct);
        var day = to ?? db.Clock.TodayInVietnam();
        var active = await set.CountAsync(TwinningCounting.ActiveOn(day), ct);
        var undated = await set.CountAsync(TwinningCounting.EndedUndated(day), ct);
        return new TwinningStats(byStatus.Sum(s => s.Count), active, [.. byStatus.OrderBy(s => s.Key)],
            [.. byCountry.OrderByDescending(c => c.Count).ThenBy(c => c.Key)], from, to, signedCount)
        {
            ActiveOn = day,
            NotActiveUndated = undated,
        };
    }
}
