using System.Linq.Expressions;
using Attache.Events;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Twinnings;

public sealed record TwinningRow(int Id, string Province, string LocalityName, LocalityKind LocalityKind,
    int PartnerId, string PartnerName, string? PartnerNameVietnamese, string PartnerCountry, DateOnly? SignedOn,
    TwinningStatus Status, int Activities);

public sealed record TwinningActivityDto(int Id, DateOnly Date, string Title, string? Description);

public sealed record TwinningDto(int Id, string Province, string LocalityName, LocalityKind LocalityKind,
    int PartnerId, string PartnerName, string? PartnerNameVietnamese, string PartnerCountry, DateOnly? SignedOn,
    TwinningStatus Status, DateOnly? EndedOn, IReadOnlyList<TwinningStatus> AllowedStatuses, string? Notes,
    IReadOnlyList<TwinningActivityDto> Activities, DateTime CreatedAt, DateTime UpdatedAt, int Version);

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
public sealed class TwinningService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<TwinningRow>> ListAsync(TwinningQuery q, CancellationToken ct)
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
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use locality, signed or status, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    private static readonly Expression<Func<Twinning, TwinningRow>> Row = t => new TwinningRow(t.Id, t.Province!.Code,
        t.LocalityName, t.LocalityKind, t.PartnerId, t.Partner!.NameLatin, t.Partner.NameVietnamese, t.Partner.Country,
        t.SignedOn, t.Status, t.Activities.Count);

    public async Task<TwinningDto?> GetAsync(int id, CancellationToken ct)
    {
        var t = await db.Set<Twinning>().AsNoTracking().Include(x => x.Partner).Include(x => x.Province)
            .Include(x => x.Activities).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null)
        {
            return null;
        }

        var activities = t.Activities.OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new TwinningActivityDto(a.Id, a.Date, a.Title, a.Description));
        return new TwinningDto(
            Id: t.Id, Province: t.Province!.Code, LocalityName: t.LocalityName, LocalityKind: t.LocalityKind,
            PartnerId: t.PartnerId, PartnerName: t.Partner!.NameLatin, PartnerNameVietnamese: t.Partner.NameVietnamese,
            PartnerCountry: t.Partner.Country, SignedOn: t.SignedOn, Status: t.Status, EndedOn: t.EndedOn,
            AllowedStatuses: Twinning.Lifecycle.Allowed(t.Status), Notes: t.Notes, Activities: [.. activities],
            CreatedAt: t.CreatedAt, UpdatedAt: t.UpdatedAt, Version: t.Version);
    }

    /// <summary>The twinning as its edit form holds it; null when it is not in the province.</summary>
    public async Task<TwinningInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var twinning = await db.Set<Twinning>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return twinning is null ? null : TwinningInput.From(twinning);
    }

    /// <summary>The name of the twinned locality; null when the twinning is not in the province.</summary>
    public Task<string?> NameAsync(int id, CancellationToken ct) =>
        db.Set<Twinning>().Where(t => t.Id == id).Select(t => t.LocalityName).FirstOrDefaultAsync(ct);

    /// <summary>The register's figures (<see cref="TwinningStats.ComputeAsync"/>).</summary>
    public Task<TwinningStats> StatsAsync(DateOnly? from, DateOnly? to, CancellationToken ct) =>
        TwinningStats.ComputeAsync(db, from, to, ct);

    /// <summary>A twinning's activities, oldest first; null when there is no such twinning.</summary>
    public async Task<Paged<TwinningActivityDto>?> ActivitiesAsync(int id, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        if (!await db.Set<Twinning>().AnyAsync(t => t.Id == id, ct))
        {
            return null;
        }

        return await db.Set<TwinningActivity>().AsNoTracking().Where(a => a.TwinningId == id)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new TwinningActivityDto(a.Id, a.Date, a.Title, a.Description)).ToPageAsync(page, ct);
    }

    /// <summary>Creates (id null) or updates a twinning: 400 for bad input, 404 unknown, 409 stale or a status
    /// change <see cref="Twinning.Lifecycle"/> does not allow.</summary>
    public async Task<Twinning> SaveAsync(int? id, TwinningInput input, CancellationToken ct)
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
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no twinning {id}.");
            db.CheckVersion(twinning, input.Version);
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

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
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

    public async Task<TwinningActivityDto?> AddActivityAsync(int twinningId, TwinningActivityInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var provinceId = await db.Set<Twinning>().Where(t => t.Id == twinningId).Select(t => (int?)t.ProvinceId)
            .FirstOrDefaultAsync(ct);
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

    public async Task<bool> DeleteActivityAsync(int twinningId, int activityId, CancellationToken ct)
    {
        var activity = await db.Set<TwinningActivity>()
            .FirstOrDefaultAsync(a => a.Id == activityId && a.TwinningId == twinningId, ct);
        if (activity is null)
        {
            return false;
        }

        db.Remove(activity);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
