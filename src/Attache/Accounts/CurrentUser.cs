using System.Security.Claims;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace Attache.Accounts;

/// <summary>Who is asking, and what they may do: the policies of <see cref="Policies"/> evaluated the same way for
/// the API and for the pages (both run inside an HTTP request). Feature services ask this, never a role name.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, IAuthorizationService authorization) : IFeatureService
{
    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public async Task<bool> MayAsync(string policy) =>
        (await authorization.AuthorizeAsync(Principal, policy)).Succeeded;

    /// <summary>May record a decision (approve a delegation or an agreement, sign a report).</summary>
    public Task<bool> MayApproveAsync() => MayAsync(Policies.Approve);

    public Task<bool> MayEditAsync() => MayAsync(Policies.Edit);

    /// <summary>May write the portal's articles and moderate its comments.</summary>
    public Task<bool> MayWriteAsync() => MayAsync(Policies.Write);
}
