using System.Linq.Expressions;
using Attache.Events;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Twinnings;

public sealed record TwinningRow(int Id, string Province, string LocalityName, LocalityKind LocalityKind, int PartnerId,
    string PartnerName, string? PartnerNameVietnamese, string PartnerCountry, DateOnly? SignedOn, TwinningStatus Status,
    int Activities);

public sealed record TwinningActivityDto(int Id, DateOnly Date, string Title, string? Description);

public sealed record TwinningDto(int Id, string Province, string LocalityName, LocalityKind LocalityKind, int PartnerId,
    string PartnerName, string? PartnerNameVietnamese, string PartnerCountry, DateOnly? SignedOn, TwinningStatus Status,
    DateOnly? EndedOn, IReadOnlyList<TwinningStatus> AllowedStatuses, string? Notes, IReadOnlyList<TwinningActivityDto> Activities,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

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
}

public sealed class TwinningQuery : PageRequest
{
    public string? Search { get; set; }
    public TwinningStatus? Status { get; set; }
    public LocalityKind? LocalityKind { get; set; }
    public int? PartnerId { get; set; }
    public DateOnly? SignedFrom { get; set; }
    public DateOnly? SignedTo { get; set; }

    /// <summary>locality, signed, status; a leading '-' sorts descending.</summary>
    public string? Sort { get; set; }
}

/// <summary>The twinning register's reads and writes, called by the API and the pages alike.</summary>
public static class TwinningQueries
{
    public static async Task<Paged<TwinningRow>> ListAsync(AttacheDb db, TwinningQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<Twinning>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(t => t.SearchText.Contains(term) || t.Partner!.SearchText.Contains(term));
        }

        if (q.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (q.LocalityKind is { } kind)
        {
            query = query.Where(t => t.LocalityKind == kind);
        }

        if (q.PartnerId is { } partnerId)
        {
            query = query.Where(t => t.PartnerId == partnerId);
        }

        if (q.SignedFrom is { } from)
        {
            query = query.Where(t => t.SignedOn >= from);
        }

        if (q.SignedTo is { } to)
        {
            query = query.Where(t => t.SignedOn <= to);
        }

        query = (q.Sort ?? "locality") switch
        {
            "locality" => query.OrderBy(t => t.LocalityName).ThenBy(t => t.Id),
            "-locality" => query.OrderByDescending(t => t.LocalityName).ThenBy(t => t.Id),
            "signed" => query.OrderBy(t => t.SignedOn).ThenBy(t => t.Id),
            "-signed" => query.OrderByDescending(t => t.SignedOn).ThenBy(t => t.Id),
            "status" => query.OrderBy(t => t.Status).ThenBy(t => t.LocalityName),
            "-status" => query.OrderByDescending(t => t.Status).ThenBy(t => t.LocalityName),
            var other => throw InputValidation.Error("sort", $"'{other}' is not a sort order; use locality, signed or status, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    private static readonly Expression<Func<Twinning, TwinningRow>> Row = t => new TwinningRow(t.Id, t.Province!.Code,
        t.LocalityName, t.LocalityKind, t.PartnerId, t.Partner!.NameLatin, t.Partner.NameVietnamese, t.Partner.Country,
        t.SignedOn, t.Status, t.Activities.Count);

    public static async Task<TwinningDto?> GetAsync(AttacheDb db, int id, CancellationToken ct)
    {
        var t = await db.Set<Twinning>().AsNoTracking().Include(x => x.Partner).Include(x => x.Province)
            .Include(x => x.Activities).FirstOrDefaultAsync(x => x.Id == id, ct);
        return t is null ? null : new TwinningDto(t.Id, t.Province!.Code, t.LocalityName, t.LocalityKind, t.PartnerId,
            t.Partner!.NameLatin, t.Partner.NameVietnamese, t.Partner.Country, t.SignedOn, t.Status, t.EndedOn, Twinning.Allowed(t.Status),
            t.Notes, [.. t.Activities.OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => new TwinningActivityDto(a.Id, a.Date, a.Title, a.Description))],
            t.CreatedAt, t.UpdatedAt, t.Version);
    }

    /// <summary>A twinning's activities, oldest first; null when there is no such twinning.</summary>
    public static async Task<Paged<TwinningActivityDto>?> ActivitiesAsync(AttacheDb db, int id, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        if (!await ExistsAsync(db, id, ct))
        {
            return null;
        }

        return await db.Set<TwinningActivity>().AsNoTracking().Where(a => a.TwinningId == id).OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new TwinningActivityDto(a.Id, a.Date, a.Title, a.Description)).ToPageAsync(page, ct);
    }

    public static Task<bool> ExistsAsync(AttacheDb db, int id, CancellationToken ct) => db.Set<Twinning>().AnyAsync(t => t.Id == id, ct);

    /// <summary>Creates (id null) or updates a twinning: 400 for bad input, 404 unknown, 409 stale or illegal status change.</summary>
    public static async Task<Twinning> SaveAsync(AttacheDb db, int? id, TwinningInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        Twinning twinning;
        if (id is null)
        {
            twinning = new Twinning { LocalityName = "" };
            db.Add(twinning);
        }
        else
        {
            twinning = await db.Set<Twinning>().FirstOrDefaultAsync(t => t.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no twinning {id}.");
            CheckVersion(db, twinning, input.Version);
        }

        await PartnerLookup.RequireAsync(db, input.PartnerId!.Value, "partnerId", ct);
        twinning.LocalityName = input.LocalityName!.Trim();
        twinning.LocalityKind = input.LocalityKind!.Value;
        twinning.PartnerId = input.PartnerId.Value;
        twinning.SignedOn = input.SignedOn;
        twinning.Notes = Clean(input.Notes);
        twinning.EndedOn = input.EndedOn;
        twinning.ChangeStatus(input.Status ?? twinning.Status, db.Clock.TodayInVietnam());
        if (twinning.EndedOn < twinning.SignedOn)
        {
            throw InputValidation.Error("endedOn", TwinningInput.EndBeforeSigning);
        }

        await db.SaveChangesAsync(ct);
        return twinning;
    }

    private static void CheckVersion(AttacheDb db, Twinning twinning, int? version)
    {
        if (version is not { } v)
        {
            throw InputValidation.Error("version", "Send the version you edited, so that a concurrent change is not overwritten.");
        }

        if (v != twinning.Version)
        {
            throw ProblemException.Stale($"The twinning was changed by someone else (version {twinning.Version}, yours {v}). Reload it and apply your change again.");
        }

        db.Entry(twinning).Property(t => t.Version).OriginalValue = v;
    }

    public static async Task<bool> DeleteAsync(AttacheDb db, int id, CancellationToken ct)
    {
        var twinning = await db.Set<Twinning>().Include(t => t.Activities).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (twinning is null)
        {
            return false;
        }

        db.Remove(twinning);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<TwinningActivityDto?> AddActivityAsync(AttacheDb db, int twinningId, TwinningActivityInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var provinceId = await db.Set<Twinning>().Where(t => t.Id == twinningId).Select(t => (int?)t.ProvinceId).FirstOrDefaultAsync(ct);
        if (provinceId is null)
        {
            return null;
        }

        var activity = new TwinningActivity
        {
            TwinningId = twinningId,
            ProvinceId = provinceId.Value,
            Date = input.Date!.Value,
            Title = input.Title!.Trim(),
            Description = Clean(input.Description),
        };
        db.Add(activity);
        await db.SaveChangesAsync(ct);
        return new TwinningActivityDto(activity.Id, activity.Date, activity.Title, activity.Description);
    }

    public static async Task<bool> DeleteActivityAsync(AttacheDb db, int twinningId, int activityId, CancellationToken ct)
    {
        var activity = await db.Set<TwinningActivity>().FirstOrDefaultAsync(a => a.Id == activityId && a.TwinningId == twinningId, ct);
        if (activity is null)
        {
            return false;
        }

        db.Remove(activity);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Pairs by status and by the partner's country, pairs signed within [from, to] (either end open) and pairs
    /// active on the last day (<see cref="TwinningCounting"/>; today when the end is open).</summary>
    public static async Task<TwinningStats> StatsAsync(AttacheDb db, DateOnly? from, DateOnly? to, CancellationToken ct)
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
        return new TwinningStats(byStatus.Sum(s => s.Count), active,
            [.. byStatus.OrderBy(s => s.Key)], [.. byCountry.OrderByDescending(c => c.Count).ThenBy(c => c.Key)], from, to, signedCount)
        {
            ActiveOn = day,
            NotActiveUndated = undated,
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
