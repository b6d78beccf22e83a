using System.Linq.Expressions;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Dossiers;

/// <summary>Dossiers of a period by kind (<see cref="Rule"/>; the deadline's meaning is
/// <see cref="DossierDeadlines"/>).</summary>
public sealed record DossierStats(int Received, int HandledWithinDeadline, int HandledBeyondDeadline,
    int OverdueAtEnd, IReadOnlyList<DossierKindFigures> ByKind)
{
    public const string Rule = "Dossiers received (receivedOn) within the period; dossiers handled (their result "
        + "returned, returnedOn) within the period, within their deadline (returnedOn on or before dueOn) or beyond "
        + "it; and dossiers overdue at the period's end (not returned by its last day and due before it).";

    public static readonly DossierStats Empty = new(0, 0, 0, 0, []);

    public static Expression<Func<Dossier, bool>> ReceivedBetween(DateOnly from, DateOnly to) =>
        d => d.ReceivedOn >= from && d.ReceivedOn <= to;

    public static Expression<Func<Dossier, bool>> HandledBetween(DateOnly from, DateOnly to) =>
        d => d.ReturnedOn != null && d.ReturnedOn >= from && d.ReturnedOn <= to;

    public static async Task<DossierStats> ComputeAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var set = db.Set<Dossier>().AsNoTracking();
        var received = await Count(set.Where(ReceivedBetween(from, to)), ct);
        var handled = set.Where(HandledBetween(from, to));
        var within = await Count(handled.Where(DossierDeadlines.HandledWithinDeadline), ct);
        var beyond = await Count(handled.Where(DossierDeadlines.HandledBeyondDeadline), ct);
        var overdue = await Count(set.Where(DossierDeadlines.OverdueOn(to)), ct);
        var byKind = received.Keys.Union(within.Keys).Union(beyond.Keys).Union(overdue.Keys).Order()
            .Select(k => new DossierKindFigures(k, received.GetValueOrDefault(k), within.GetValueOrDefault(k),
                beyond.GetValueOrDefault(k), overdue.GetValueOrDefault(k)))
            .ToList();
        return new DossierStats(received.Values.Sum(), within.Values.Sum(), beyond.Values.Sum(),
            overdue.Values.Sum(), byKind);
    }

    private static Task<Dictionary<DossierKind, int>> Count(IQueryable<Dossier> dossiers, CancellationToken ct) =>
        dossiers.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}

public sealed record DossierKindFigures(DossierKind Kind, int Received, int HandledWithinDeadline,
    int HandledBeyondDeadline, int OverdueAtEnd);
