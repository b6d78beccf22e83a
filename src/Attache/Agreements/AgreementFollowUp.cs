using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

public sealed record ActivityDto(int Id, DateOnly Date, string What, string? Result, string? LinkedEntity, int? LinkedId, int Version);

public sealed record ReminderRow(int Id, string Province, AgreementKind Kind, string TitleVi, string? TitleEn, DateOnly? SignedOn,
    DateOnly? ExpiresOn, bool AutoRenewal, DateOnly? LastActivityOn);

public sealed class ReminderQuery : PageRequest
{
    /// <summary>The day to count from; today (in Viet Nam) when not given.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>How far ahead an expiry counts as coming (expiring) or how long without activity counts as idle (inactive).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650, ErrorMessage = Messages.OutOfRange)]
    public int? Days { get; set; }
}

/// <summary>What happens once an agreement exists: the consultations before approval, the activities carried out
/// under it, and the reminders that keep it alive (expiring soon, nothing done for a year).</summary>
public static class AgreementFollowUp
{
    public const int ExpiringWithinDays = 90;
    public const int InactiveAfterDays = 365;

    public static async Task<Paged<ConsultationDto>> ConsultationsAsync(AttacheDb db, int id, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        return await db.Set<AgreementConsultation>().AsNoTracking().Where(c => c.AgreementId == id)
            .OrderBy(c => c.SentOn).ThenBy(c => c.Id)
            .Select(c => new ConsultationDto(c.Id, c.Body, c.SentOn, c.AnsweredOn, c.AnswerSummary, c.Version))
            .ToPageAsync(page, ct);
    }

    /// <summary>Records a request for opinions (id null) or its answer. New requests belong to the time before approval.</summary>
    public static async Task<ConsultationDto> SaveConsultationAsync(AttacheDb db, int agreementId, int? id, ConsultationInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var agreement = await db.Set<Agreement>().FirstOrDefaultAsync(a => a.Id == agreementId, ct) ?? throw AgreementQueries.NotFound(agreementId);
        AgreementConsultation consultation;
        if (id is null)
        {
            if (agreement.Status is not (AgreementStatus.Proposed or AgreementStatus.Consulting))
            {
                throw ProblemException.Conflict($"Opinions are requested before approval; this agreement is {agreement.Status}.")
                    .Localized("Opinions are requested before approval; this agreement is {0}.", agreement.Status);
            }

            consultation = new AgreementConsultation { AgreementId = agreementId, ProvinceId = agreement.ProvinceId, Body = "" };
            db.Add(consultation);
        }
        else
        {
            consultation = await db.Set<AgreementConsultation>().FirstOrDefaultAsync(c => c.Id == id && c.AgreementId == agreementId, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no consultation {id} on agreement {agreementId}.");
        }

        consultation.Body = input.Body!.Trim();
        consultation.SentOn = input.SentOn!.Value;
        consultation.AnsweredOn = input.AnsweredOn;
        consultation.AnswerSummary = AgreementQueries.Clean(input.AnswerSummary);
        await db.SaveChangesAsync(ct);
        return AgreementQueries.ToDto(consultation);
    }

    public static async Task<Paged<ActivityDto>> ActivitiesAsync(AttacheDb db, int id, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        return await db.Set<AgreementActivity>().AsNoTracking().Where(a => a.AgreementId == id)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new ActivityDto(a.Id, a.Date, a.What, a.Result, a.LinkedEntity, a.LinkedId, a.Version))
            .ToPageAsync(page, ct);
    }

    /// <summary>Records (id null) or corrects an activity; only a signed agreement is implemented.</summary>
    public static async Task<ActivityDto> SaveActivityAsync(AttacheDb db, int agreementId, int? id, ActivityInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var agreement = await db.Set<Agreement>().FirstOrDefaultAsync(a => a.Id == agreementId, ct) ?? throw AgreementQueries.NotFound(agreementId);
        if (!AgreementLifecycle.Implementing(agreement.Status))
        {
            throw ProblemException.Conflict($"Activities are carried out under a signed agreement; this one is {agreement.Status}.")
                .Localized("Activities are carried out under a signed agreement; this one is {0}.", agreement.Status);
        }

        if (input.Date < agreement.SignedOn)
        {
            throw InputValidation.Error("date", "An activity under the agreement cannot come before its signing.");
        }

        AgreementActivity activity;
        if (id is null)
        {
            activity = new AgreementActivity { AgreementId = agreementId, ProvinceId = agreement.ProvinceId, What = "" };
            db.Add(activity);
        }
        else
        {
            activity = await db.Set<AgreementActivity>().FirstOrDefaultAsync(a => a.Id == id && a.AgreementId == agreementId, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no activity {id} on agreement {agreementId}.");
        }

        activity.Date = input.Date!.Value;
        activity.What = input.What!.Trim();
        activity.Result = AgreementQueries.Clean(input.Result);
        activity.LinkedEntity = input.LinkedEntity;
        activity.LinkedId = input.LinkedId;
        await db.SaveChangesAsync(ct);
        return new ActivityDto(activity.Id, activity.Date, activity.What, activity.Result, activity.LinkedEntity, activity.LinkedId, activity.Version);
    }

    public static async Task<bool> DeleteChildAsync<T>(AttacheDb db, int agreementId, int id, Func<T, int> owner, CancellationToken ct)
        where T : Entity
    {
        var child = await db.Set<T>().FindAsync([id], ct);
        if (child is null || owner(child) != agreementId)
        {
            return false;
        }

        db.Remove(child);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Agreements in force whose expiry falls within the coming days (90 unless told): time to renew or let go.
    /// One already past its expiry but still marked in force is listed too, first: it needs the most urgent look.</summary>
    public static async Task<Paged<ReminderRow>> ExpiringAsync(AttacheDb db, ReminderQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var asOf = q.AsOf ?? db.Clock.TodayInVietnam();
        var until = asOf.AddDays(q.Days ?? ExpiringWithinDays);
        return await db.Set<Agreement>().AsNoTracking()
            .Where(a => a.Status == AgreementStatus.InForce && a.ExpiresOn <= until)
            .OrderBy(a => a.ExpiresOn).ThenBy(a => a.Id)
            .Select(a => new ReminderRow(a.Id, a.Province!.Code, a.Kind, a.TitleVi, a.TitleEn, a.SignedOn, a.ExpiresOn, a.AutoRenewal,
                a.Activities.Max(x => (DateOnly?)x.Date)))
            .ToPageAsync(q, ct);
    }

    /// <summary>Agreements in force for over a year with no activity in the last year (365 days unless told): alive on paper only.</summary>
    public static async Task<Paged<ReminderRow>> InactiveAsync(AttacheDb db, ReminderQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var asOf = q.AsOf ?? db.Clock.TodayInVietnam();
        var since = asOf.AddDays(-(q.Days ?? InactiveAfterDays));
        return await db.Set<Agreement>().AsNoTracking()
            .Where(a => a.Status == AgreementStatus.InForce && (a.EffectiveOn ?? a.SignedOn) <= since
                && !a.Activities.Any(x => x.Date > since))
            .OrderBy(a => a.Activities.Max(x => (DateOnly?)x.Date) ?? a.EffectiveOn ?? a.SignedOn).ThenBy(a => a.Id)
            .Select(a => new ReminderRow(a.Id, a.Province!.Code, a.Kind, a.TitleVi, a.TitleEn, a.SignedOn, a.ExpiresOn, a.AutoRenewal,
                a.Activities.Max(x => (DateOnly?)x.Date)))
            .ToPageAsync(q, ct);
    }
}
