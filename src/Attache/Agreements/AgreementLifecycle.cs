using System.Security.Claims;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

/// <summary>The one place that knows the stages of an agreement and which may follow which (Law on International
/// Agreements 2020, chapter on agreements of provincial bodies: proposal, consultation of the Ministry of Foreign
/// Affairs and the ministries concerned, approval by the competent authority, signing, effect).</summary>
public static class AgreementLifecycle
{
    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> Next = new()
    {
        [AgreementStatus.Proposed] = [AgreementStatus.Consulting, AgreementStatus.Withdrawn],
        [AgreementStatus.Consulting] = [AgreementStatus.Approved, AgreementStatus.Withdrawn],
        [AgreementStatus.Approved] = [AgreementStatus.Signed, AgreementStatus.Withdrawn],
        [AgreementStatus.Signed] = [AgreementStatus.InForce],
        [AgreementStatus.InForce] = [AgreementStatus.Expired, AgreementStatus.Terminated],
        [AgreementStatus.Expired] = [],
        [AgreementStatus.Terminated] = [],
        [AgreementStatus.Withdrawn] = [],
    };

    public static IReadOnlyList<AgreementStatus> Allowed(AgreementStatus from) => Next[from];

    /// <summary>Only a leader (or the administrator) approves: the approval records a decision of the authority.</summary>
    public static bool NeedsApprover(AgreementStatus to) => to == AgreementStatus.Approved;

    public static bool MayApprove(ClaimsPrincipal user) => user.IsInRole(Roles.Leader) || user.IsInRole(Roles.Admin);

    /// <summary>Stages before signing, while the agreement is still a project: consultations are recorded then.</summary>
    public static bool BeforeSigning(AgreementStatus status) =>
        status is AgreementStatus.Proposed or AgreementStatus.Consulting or AgreementStatus.Approved;

    /// <summary>Stages in which something can be carried out under the agreement.</summary>
    public static bool Implementing(AgreementStatus status) =>
        status is AgreementStatus.Signed or AgreementStatus.InForce or AgreementStatus.Expired or AgreementStatus.Terminated;

    public static async Task<Agreement> TransitionAsync(AttacheDb db, int id, TransitionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        InputValidation.Check(input);
        var agreement = await db.Set<Agreement>().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw AgreementQueries.NotFound(id);
        if (input.Version is { } version)
        {
            if (version != agreement.Version)
            {
                throw ProblemException.Stale($"The agreement was changed by someone else (version {agreement.Version}, yours {version}). Reload it and try again.");
            }

            db.Entry(agreement).Property(a => a.Version).OriginalValue = version;
        }

        var to = input.To!.Value;
        var allowed = Allowed(agreement.Status);
        if (!allowed.Contains(to))
        {
            throw ProblemException.Conflict(allowed.Count == 0
                ? $"An agreement that is {agreement.Status} cannot change any more."
                : $"An agreement that is {agreement.Status} can move to {string.Join(" or ", allowed)}, not to {to}.");
        }

        if (NeedsApprover(to) && !MayApprove(user))
        {
            throw ProblemException.Forbidden("Only a leader of the department approves an agreement.");
        }

        Apply(agreement, to, input, db.Clock.TodayInVietnam());
        await db.SaveChangesAsync(ct);
        return agreement;
    }

    private static void Apply(Agreement a, AgreementStatus to, TransitionInput input, DateOnly today)
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
                a.SignedPlace = Clean(input.SignedPlace) ?? a.SignedPlace;
                a.ProvinceSignatory = Clean(input.ProvinceSignatory) ?? a.ProvinceSignatory;
                a.PartnerSignatory = Clean(input.PartnerSignatory) ?? a.PartnerSignatory;
                break;
            case AgreementStatus.InForce:
                a.EffectiveOn = input.EffectiveOn ?? a.EffectiveOn;
                Require(a.EffectiveOn, "effectiveOn");
                a.ExpiresOn = input.ExpiresOn ?? a.ExpiresOn;
                break;
            case AgreementStatus.Expired:
                a.EndedOn = input.EndedOn ?? a.ExpiresOn;
                Require(a.EndedOn, "endedOn");
                a.EndNote = Clean(input.Note);
                break;
            case AgreementStatus.Terminated or AgreementStatus.Withdrawn:
                // On the day given, or today.
                a.EndedOn = input.EndedOn ?? today;
                a.EndNote = Clean(input.Note);
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

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
