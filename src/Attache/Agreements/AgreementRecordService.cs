using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

public sealed record ActivityDto(int Id, DateOnly Date, string What, string? Result, string? LinkedEntity,
    int? LinkedId, int Version);

/// <summary>What is recorded under an agreement once it exists: the consultations before approval and the
/// activities carried out under it.</summary>
public sealed class AgreementRecordService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<ConsultationDto>> ConsultationsAsync(int id, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        return await db.Set<AgreementConsultation>().AsNoTracking().Where(c => c.AgreementId == id)
            .OrderBy(c => c.SentOn).ThenBy(c => c.Id)
            .Select(c => new ConsultationDto(c.Id, c.Body, c.SentOn, c.AnsweredOn, c.AnswerSummary, c.Version))
            .ToPageAsync(page, ct);
    }

    /// <summary>Records a request for opinions (id null) or its answer. New requests belong to the time before
    /// approval.</summary>
    public async Task<ConsultationDto> SaveConsultationAsync(int agreementId, int? id, ConsultationInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var agreement = await FindAsync(agreementId, ct);
        AgreementConsultation consultation;
        if (id is null)
        {
            if (agreement.Status is not (AgreementStatus.Proposed or AgreementStatus.Consulting))
            {
                throw ProblemException.Refusal(StatusCodes.Status409Conflict,
                    "Opinions are requested before approval; this agreement is {0}.", agreement.Status);
            }

            consultation = new AgreementConsultation
            {
                AgreementId = agreementId, ProvinceId = agreement.ProvinceId, Body = "",
            };
            db.Add(consultation);
        }
        else
        {
            consultation = await db.Set<AgreementConsultation>()
                .FirstOrDefaultAsync(c => c.Id == id && c.AgreementId == agreementId, ct)
                ?? throw NotFound("consultation", id.Value, agreementId);
            db.CheckVersion(consultation, input.Version);
        }

        consultation.Body = input.Body!.Trim();
        consultation.SentOn = input.SentOn!.Value;
        consultation.AnsweredOn = input.AnsweredOn;
        consultation.AnswerSummary = AgreementService.Clean(input.AnswerSummary);
        await db.SaveChangesAsync(ct);
        return AgreementService.ToDto(consultation);
    }

    public async Task<Paged<ActivityDto>> ActivitiesAsync(int id, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        return await db.Set<AgreementActivity>().AsNoTracking().Where(a => a.AgreementId == id)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(a => new ActivityDto(a.Id, a.Date, a.What, a.Result, a.LinkedEntity, a.LinkedId, a.Version))
            .ToPageAsync(page, ct);
    }

    /// <summary>Records (id null) or corrects an activity; only a signed agreement is implemented.</summary>
    public async Task<ActivityDto> SaveActivityAsync(int agreementId, int? id, ActivityInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var agreement = await FindAsync(agreementId, ct);
        if (!AgreementLifecycle.Implementing(agreement.Status))
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict,
                "Activities are carried out under a signed agreement; this one is {0}.", agreement.Status);
        }

        if (input.Date < agreement.SignedOn)
        {
            throw InputValidation.Error("date", "An activity under the agreement cannot come before its signing.");
        }

        AgreementActivity activity;
        if (id is null)
        {
            activity = new AgreementActivity
            {
                AgreementId = agreementId, ProvinceId = agreement.ProvinceId,
                What = ""
            };
            db.Add(activity);
        }
        else
        {
            activity = await db.Set<AgreementActivity>()
                .FirstOrDefaultAsync(a => a.Id == id && a.AgreementId == agreementId, ct)
                ?? throw NotFound("activity", id.Value, agreementId);
            db.CheckVersion(activity, input.Version);
        }

        activity.Date = input.Date!.Value;
        activity.What = input.What!.Trim();
        activity.Result = AgreementService.Clean(input.Result);
        activity.LinkedEntity = input.LinkedEntity;
        activity.LinkedId = input.LinkedId;
        await db.SaveChangesAsync(ct);
        return new ActivityDto(activity.Id, activity.Date, activity.What, activity.Result, activity.LinkedEntity,
            activity.LinkedId, activity.Version);
    }

    /// <summary>Removes a consultation or an activity of the agreement; false when the agreement has no such one.
    /// </summary>
    public async Task<bool> DeleteAsync<T>(int agreementId, int id, Func<T, int> owner, CancellationToken ct)
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

    private async Task<Agreement> FindAsync(int agreementId, CancellationToken ct) =>
        await db.Set<Agreement>().FirstOrDefaultAsync(a => a.Id == agreementId, ct)
        ?? throw AgreementService.NotFound(agreementId);

    private static ProblemException NotFound(string what, int id, int agreementId) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no {what} {id} on agreement {agreementId}.");
}
