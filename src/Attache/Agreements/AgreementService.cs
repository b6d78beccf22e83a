using System.Linq.Expressions;
using Attache.Accounts;
using Attache.Documents;
using Attache.Events;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

public sealed record PartnerRef(int Id, string NameLatin, string? NameVietnamese, string Country);

public sealed record FieldRef(string Code, string NameVi, string NameEn);

/// <param name="Status">The recorded status (the lifecycle's).</param>
public sealed record AgreementRow(int Id, string Province, AgreementKind Kind, AgreementStatus Status, string TitleVi,
    string? TitleEn, DateOnly? SignedOn, DateOnly? ExpiresOn, IReadOnlyList<PartnerRef> Partners,
    IReadOnlyList<FieldRef> Fields)
{
    /// <summary>The status today by the agreement's dates (<see cref="AgreementDates"/>): Expired once the expiry
    /// date has passed, even when nobody recorded it. The badge shows it.</summary>
    public AgreementStatus EffectiveStatus { get; init; }
}

public sealed record ConsultationDto(int Id, string Body, DateOnly SentOn, DateOnly? AnsweredOn, string? AnswerSummary,
    int Version);

public sealed record AgreementDto(int Id, string Province, AgreementKind Kind, AgreementStatus Status,
    IReadOnlyList<AgreementStatus> AllowedTransitions, string TitleVi, string? TitleEn, string? TitleNative,
    string ProvinceParty, IReadOnlyList<PartnerRef> Partners, IReadOnlyList<FieldRef> Fields, DateOnly? SignedOn,
    string? SignedPlace, string? ProvinceSignatory, string? PartnerSignatory, DateOnly? EffectiveOn,
        DateOnly? ExpiresOn,
    bool OpenEnded, bool AutoRenewal, IReadOnlyList<string> Languages, string? ApprovalAuthority,
        string? ApprovalNumber,
    DateOnly? ApprovedOn, DateOnly? EndedOn, string? EndNote, string? Notes,
        IReadOnlyList<ConsultationDto> Consultations,
    int ActivityCount, DateTime CreatedAt, DateTime UpdatedAt, int Version)
{
    /// <summary>The status today by the agreement's dates (<see cref="AgreementDates"/>); differs from
    /// <see cref="Status"/> when an expiry date has passed and nobody recorded it.</summary>
    public AgreementStatus EffectiveStatus { get; init; }
}

public sealed class AgreementQuery : PageRequest
{
    public string? Search { get; set; }
    public AgreementKind? Kind { get; set; }
    public AgreementStatus? Status { get; set; }

    /// <summary>A field code, e.g. tourism.</summary>
    public string? Field { get; set; }
    public int? PartnerId { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of a partner's country.</summary>
    public string? Country { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1900, 2200, ErrorMessage = Messages.OutOfRange)]
    public int? SignedYear { get; set; }

    /// <summary>Agreements whose expiry date falls on or before this day.</summary>
    public DateOnly? ExpiringBefore { get; set; }

    /// <summary>signed, title, expires, updated; a leading '-' sorts descending. Default: newest signing
    /// first.</summary>
    public string? Sort { get; set; }
}

/// <summary>The agreement register's reads and writes and the moves along its lifecycle, called by the API and the
/// pages alike.</summary>
public sealed class AgreementService(AttacheDb db, CurrentUser user) : IFeatureService
{
    public static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no agreement {id}.");

    public async Task<Paged<AgreementRow>> ListAsync(AgreementQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<Agreement>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(a => a.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        var today = db.Clock.TodayInVietnam();
        if (q.Status is { } status)
        {
            // The status the badge shows: by the dates, today.
            query = query.Where(AgreementDates.HasStatusOn(status, today));
        }

        if (!string.IsNullOrWhiteSpace(q.Field))
        {
            var field = q.Field.Trim().ToLowerInvariant();
            query = query.Where(a => a.Fields.Any(f => f.Field!.Code == field));
        }

        if (q.PartnerId is { } partnerId)
        {
            query = query.Where(a => a.Partners.Any(p => p.PartnerId == partnerId));
        }

        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var country = q.Country.Trim().ToUpperInvariant();
            query = query.Where(a => a.Partners.Any(p => p.Partner!.Country == country));
        }

        if (q.SignedYear is { } year)
        {
            DateOnly first = new(year, 1, 1), next = new(year + 1, 1, 1);
            query = query.Where(a => a.SignedOn >= first && a.SignedOn < next);
        }

        if (q.ExpiringBefore is { } before)
        {
            query = query.Where(a => a.ExpiresOn <= before);
        }

        return await Sorted(query, q.Sort).AsSplitQuery().Select(RowOn(today)).ToPageAsync(q, ct);
    }

    private static IQueryable<Agreement> Sorted(IQueryable<Agreement> query, string? sort) => (sort ?? "-signed") switch
    {
        // Projects (not signed yet) come last oldest-first and first newest-first, the same on both databases.
        "signed" => query.OrderBy(a => a.SignedOn == null).ThenBy(a => a.SignedOn).ThenBy(a => a.Id),
        "-signed" => query.OrderByDescending(a => a.SignedOn == null).ThenByDescending(a => a.SignedOn)
            .ThenByDescending(a => a.Id),
        "title" => query.OrderBy(a => a.TitleVi).ThenBy(a => a.Id),
        "-title" => query.OrderByDescending(a => a.TitleVi).ThenBy(a => a.Id),
        "expires" => query.OrderBy(a => a.ExpiresOn == null).ThenBy(a => a.ExpiresOn).ThenBy(a => a.Id),
        "-expires" => query.OrderBy(a => a.ExpiresOn == null).ThenByDescending(a => a.ExpiresOn).ThenBy(a => a.Id),
        "updated" => query.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id),
        "-updated" => query.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id),
        var other => throw InputValidation.Error("sort", $"'{other}' is not a sort order; use signed, title, "
            + "expires or updated, with '-' for descending."),
    };

    /// <summary>The list row with its status on <paramref name="day"/> by the agreement's dates.</summary>
    internal static Expression<Func<Agreement, AgreementRow>> RowOn(DateOnly day)
    {
        var row = (NewExpression)Row.Body;
        var status = AgreementDates.StatusOn(day).Apply(Row.Parameters[0]);
        var effective = typeof(AgreementRow).GetProperty(nameof(AgreementRow.EffectiveStatus))!;
        return Expression.Lambda<Func<Agreement, AgreementRow>>(
            Expression.MemberInit(row, Expression.Bind(effective, status)), Row.Parameters);
    }

    private static readonly Expression<Func<Agreement, AgreementRow>> Row = a => new AgreementRow(
        a.Id, a.Province!.Code, a.Kind, a.Status, a.TitleVi, a.TitleEn, a.SignedOn, a.ExpiresOn,
        a.Partners.OrderBy(p => p.Id).Select(p => new PartnerRef(
            p.PartnerId, p.Partner!.NameLatin, p.Partner.NameVietnamese, p.Partner.Country)).ToList(),
        a.Fields.OrderBy(f => f.Field!.SortOrder).Select(f => new FieldRef(
            f.Field!.Code, f.Field.NameVi, f.Field.NameEn)).ToList());

    public async Task<AgreementDto?> GetAsync(int id, CancellationToken ct)
    {
        var a = await db.Set<Agreement>().AsNoTracking().AsSplitQuery()
            .Include(x => x.Province).Include(x => x.Partners).ThenInclude(p => p.Partner)
            .Include(x => x.Fields).ThenInclude(f => f.Field).Include(x => x.Consultations)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        var activities = await db.Set<AgreementActivity>().CountAsync(x => x.AgreementId == id, ct);
        var partners = a.Partners.OrderBy(p => p.Id).Select(p => new PartnerRef(
            p.PartnerId, p.Partner!.NameLatin, p.Partner.NameVietnamese, p.Partner.Country));
        var fields = a.Fields.OrderBy(f => f.Field!.SortOrder).Select(f => new FieldRef(
            f.Field!.Code, f.Field.NameVi, f.Field.NameEn));
        return new AgreementDto(
            Id: a.Id, Province: a.Province!.Code, Kind: a.Kind, Status: a.Status,
            AllowedTransitions: Agreement.Lifecycle.Allowed(a.Status),
            TitleVi: a.TitleVi, TitleEn: a.TitleEn, TitleNative: a.TitleNative, ProvinceParty: a.ProvinceParty,
            Partners: [.. partners], Fields: [.. fields],
            SignedOn: a.SignedOn, SignedPlace: a.SignedPlace, ProvinceSignatory: a.ProvinceSignatory,
            PartnerSignatory: a.PartnerSignatory, EffectiveOn: a.EffectiveOn, ExpiresOn: a.ExpiresOn,
            OpenEnded: a.ExpiresOn is null, AutoRenewal: a.AutoRenewal, Languages: a.Languages,
            ApprovalAuthority: a.ApprovalAuthority, ApprovalNumber: a.ApprovalNumber, ApprovedOn: a.ApprovedOn,
            EndedOn: a.EndedOn, EndNote: a.EndNote, Notes: a.Notes,
            Consultations: [.. a.Consultations.OrderBy(c => c.SentOn).ThenBy(c => c.Id).Select(ToDto)],
            ActivityCount: activities, CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt, Version: a.Version)
        {
            EffectiveStatus = a.StatusOn(db.Clock.TodayInVietnam()),
        };
    }

    /// <summary>The agreement as its edit form holds it; null when it is not in the province.</summary>
    public async Task<AgreementInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Set<Agreement>().AsNoTracking().AsSplitQuery().Include(a => a.Partners)
            .Include(a => a.Fields).ThenInclude(f => f.Field).FirstOrDefaultAsync(a => a.Id == id, ct);
        return agreement is null ? null : AgreementInput.From(agreement);
    }

    /// <summary>The agreement's Vietnamese title; null when it is not in the province.</summary>
    public Task<string?> TitleAsync(int id, CancellationToken ct) =>
        db.Set<Agreement>().Where(a => a.Id == id).Select(a => a.TitleVi).FirstOrDefaultAsync(ct);

    /// <summary>Registers (id null) or changes an agreement; bad input is a 400, a stale version a 409.</summary>
    public async Task<Agreement> SaveAsync(int? id, AgreementInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        Agreement agreement;
        if (id is null)
        {
            agreement = new Agreement { TitleVi = "", ProvinceParty = "" };
            db.Add(agreement);
        }
        else
        {
            agreement = await db.Set<Agreement>().Include(a => a.Partners).Include(a => a.Fields)
                .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw NotFound(id.Value);
            db.CheckVersion(agreement, input.Version);
        }

        var partnerIds = input.PartnerIds!.Distinct().ToList();
        var known = await db.Set<Partner>().Where(p => partnerIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (known.Count != partnerIds.Count)
        {
            throw InputValidation.Error("partnerIds", AgreementMessages.UnknownPartner);
        }

        var codes = (input.Fields ?? []).Select(f => f.Trim().ToLowerInvariant()).Distinct().ToList();
        var fields = await db.Set<AgreementField>().Where(f => codes.Contains(f.Code)).Select(f => f.Id)
            .ToListAsync(ct);
        if (fields.Count != codes.Count)
        {
            throw InputValidation.Error("fields", AgreementMessages.UnknownField);
        }

        agreement.TitleVi = input.TitleVi!.Trim();
        agreement.TitleEn = Clean(input.TitleEn);
        agreement.TitleNative = Clean(input.TitleNative);
        agreement.Kind = input.Kind!.Value;
        agreement.ProvinceParty = input.ProvinceParty!.Trim();
        agreement.SignedOn = input.SignedOn;
        agreement.SignedPlace = Clean(input.SignedPlace);
        agreement.ProvinceSignatory = Clean(input.ProvinceSignatory);
        agreement.PartnerSignatory = Clean(input.PartnerSignatory);
        agreement.EffectiveOn = input.EffectiveOn;
        agreement.ExpiresOn = input.ExpiresOn;
        agreement.AutoRenewal = input.AutoRenewal;
        var languages = (input.Languages ?? []).Distinct().ToList();
        if (!languages.SequenceEqual(agreement.Languages))
        {
            agreement.Languages = languages;
        }

        agreement.Notes = Clean(input.Notes);
        AgreementLifecycle.CheckDates(agreement);

        // Links are matched by what they point at, so an unchanged party leaves no trace in the history.
        agreement.Partners.RemoveAll(p => !partnerIds.Contains(p.PartnerId));
        agreement.Partners.AddRange(partnerIds.Where(pid => agreement.Partners.All(p => p.PartnerId != pid))
            .Select(pid => new AgreementPartner { PartnerId = pid, ProvinceId = agreement.ProvinceId }));
        agreement.Fields.RemoveAll(f => !fields.Contains(f.FieldId));
        agreement.Fields.AddRange(fields.Where(fid => agreement.Fields.All(f => f.FieldId != fid))
            .Select(fid => new AgreementFieldLink { FieldId = fid, ProvinceId = agreement.ProvinceId }));
        await db.SaveChangesAsync(ct);
        return agreement;
    }

    /// <summary>Moves the agreement along <see cref="Agreement.Lifecycle"/> with what the new stage records; a move
    /// the table does not allow is a 409, an approval by someone who may not approve a 403, a stale version a 409.
    /// </summary>
    public async Task<Agreement> TransitionAsync(int id, TransitionInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var agreement = await db.Set<Agreement>().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw NotFound(id);
        db.CheckVersion(agreement, input.Version, required: false);
        var to = input.To!.Value;
        Agreement.Lifecycle.Check(agreement.Status, to, await user.MayApproveAsync());
        AgreementLifecycle.Apply(agreement, to, input, db.Clock.TodayInVietnam());
        await db.SaveChangesAsync(ct);
        return agreement;
    }

    /// <summary>Only a project (proposed, under consultation or withdrawn) may be deleted; a signed agreement stays
    /// on record.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Set<Agreement>().Include(a => a.Partners).Include(a => a.Fields)
            .Include(a => a.Consultations).Include(a => a.Activities).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return false;
        }

        if (agreement.Status is not (AgreementStatus.Proposed or AgreementStatus.Consulting
            or AgreementStatus.Withdrawn))
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict,
                "An agreement that is {0} is part of the record and cannot be deleted.", agreement.Status);
        }

        db.RemoveRange(await db.Set<StoredDocument>().Where(d => d.OwnerEntity == "agreement" && d.OwnerId == id)
            .ToListAsync(ct));
        db.Remove(agreement);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<bool> ExistsAsync(int id, CancellationToken ct) => db.Set<Agreement>().AnyAsync(a => a.Id == id, ct);

    internal static ConsultationDto ToDto(AgreementConsultation c) =>
        new(c.Id, c.Body, c.SentOn, c.AnsweredOn, c.AnswerSummary, c.Version);

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
