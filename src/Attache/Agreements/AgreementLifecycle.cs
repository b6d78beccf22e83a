using Attache.Infrastructure;

namespace Attache.Agreements;

/// <summary>What the stages of an agreement mean beyond the table of <see cref="Agreement.Lifecycle"/>: what each
/// stage records (the approval decision, the signing, the effect, the end) and the order its dates must keep.</summary>
public static class AgreementLifecycle
{
    /// <summary>Stages before signing, while the agreement is still a project: consultations are recorded then.
    /// </summary>
    public static bool BeforeSigning(AgreementStatus status) =>
        status is AgreementStatus.Proposed or AgreementStatus.Consulting or AgreementStatus.Approved;

    /// <summary>Stages in which something can be carried out under the agreement.</summary>
    public static bool Implementing(AgreementStatus status) => status is AgreementStatus.Signed
        or AgreementStatus.InForce or AgreementStatus.Expired or AgreementStatus.Terminated;

    /// <summary>Records what the stage <paramref name="to"/> needs and moves the agreement there; the move itself was
    /// checked against the table before. A missing item is a 400 naming it.</summary>
    internal static void Apply(Agreement a, AgreementStatus to, TransitionInput input, DateOnly today)
    {
        var missing = new Dictionary<string, string[]>();
        void Require(object? value, string field)
        {
            if (value is null or "")
            {
                missing[field] = [Messages.Required];
            }
        }

        switch (to)
        {
            case AgreementStatus.Consulting:
                // The requests themselves are recorded one by one under /consultations.
                break;
            case AgreementStatus.Approved:
                Require(input.ApprovalAuthority, "approvalAuthority");
                Require(input.ApprovalNumber, "approvalNumber");
                Require(input.ApprovedOn, "approvedOn");
                a.ApprovalAuthority = input.ApprovalAuthority?.Trim();
                a.ApprovalNumber = input.ApprovalNumber?.Trim();
                a.ApprovedOn = input.ApprovedOn;
                break;
            case AgreementStatus.Signed:
                a.SignedOn = input.SignedOn ?? a.SignedOn;
                Require(a.SignedOn, "signedOn");
                a.SignedPlace = AgreementService.Clean(input.SignedPlace) ?? a.SignedPlace;
                a.ProvinceSignatory = AgreementService.Clean(input.ProvinceSignatory) ?? a.ProvinceSignatory;
                a.PartnerSignatory = AgreementService.Clean(input.PartnerSignatory) ?? a.PartnerSignatory;
                break;
            case AgreementStatus.InForce:
                a.EffectiveOn = input.EffectiveOn ?? a.EffectiveOn;
                Require(a.EffectiveOn, "effectiveOn");
                a.ExpiresOn = input.ExpiresOn ?? a.ExpiresOn;
                break;
            case AgreementStatus.Expired:
                a.EndedOn = input.EndedOn ?? a.ExpiresOn;
                Require(a.EndedOn, "endedOn");
                a.EndNote = AgreementService.Clean(input.Note);
                break;
            case AgreementStatus.Terminated or AgreementStatus.Withdrawn:
                // On the day given, or today.
                a.EndedOn = input.EndedOn ?? today;
                a.EndNote = AgreementService.Clean(input.Note);
                break;
            default:
                throw new InvalidOperationException($"No rule for moving to {to}.");
        }

        if (missing.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.",
                $"Moving to {to} needs: {string.Join(", ", missing.Keys)}.", missing);
        }

        a.Status = to;
        CheckDates(a);
    }

    /// <summary>The dates of an agreement must follow one another: approval, signing, effect, expiry. A violation
    /// is a 400 naming the later date.</summary>
    public static void CheckDates(Agreement a)
    {
        var errors = new Dictionary<string, string[]>();
        if (a.SignedOn < a.ApprovedOn)
        {
            errors["signedOn"] = [AgreementMessages.SignedBeforeApproval];
        }

        if (a.EffectiveOn < a.SignedOn)
        {
            errors["effectiveOn"] = [AgreementMessages.EffectiveBeforeSigning];
        }

        if (a.ExpiresOn <= (a.EffectiveOn ?? a.SignedOn))
        {
            errors["expiresOn"] = [AgreementMessages.ExpiryNotAfterEffect];
        }

        if (a.EndedOn < a.SignedOn && a.Status is AgreementStatus.Expired or AgreementStatus.Terminated)
        {
            errors["endedOn"] = [AgreementMessages.EndBeforeSigning];
        }

        if (errors.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.",
                string.Join(" ", errors.Values.SelectMany(v => v)), errors);
        }
    }

}
