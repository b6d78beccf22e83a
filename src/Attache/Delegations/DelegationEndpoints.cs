using System.Security.Claims;
using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Delegations;

public static class DelegationEndpoints
{
    public static IEndpointRouteBuilder MapDelegationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/delegations").WithTags("Delegations").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] DelegationQuery query, CancellationToken ct) =>
            DelegationQueries.ListAsync(db, query, ct));

        group.MapGet("/stats", (AttacheDb db, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            DelegationFigures.StatsAsync(db, from, to, ct))
            .WithDescription("Delegations per province by direction, year and country. " + DelegationCounting.TookPlaceRule);

        group.MapGet("/overdue-reports", (AttacheDb db, IOptions<DelegationOptions> options, [AsParameters] PageRequest page, CancellationToken ct) =>
            DelegationFigures.OverdueReportsAsync(db, options.Value.ReportDueDays, page, ct));

        group.MapGet("/{id:int}", async Task<Results<Ok<DelegationDto>, NotFound>> (AttacheDb db, IOptions<DelegationOptions> options, int id,
            CancellationToken ct) =>
            await DelegationQueries.GetAsync(db, id, options.Value.ReportDueDays, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapPost("/", async Task<Created<DelegationDto>> (AttacheDb db, IOptions<DelegationOptions> options, DelegationInput input,
            CancellationToken ct) =>
        {
            var delegation = await DelegationQueries.SaveAsync(db, null, input, ct);
            var dto = (await DelegationQueries.GetAsync(db, delegation.Id, options.Value.ReportDueDays, ct))!;
            return TypedResults.Created($"/api/delegations/{delegation.Id}", dto);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}", async Task<Ok<DelegationDto>> (AttacheDb db, IOptions<DelegationOptions> options, int id,
            DelegationInput input, CancellationToken ct) =>
        {
            await DelegationQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await DelegationQueries.GetAsync(db, id, options.Value.ReportDueDays, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await DelegationQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapPost("/{id:int}/transitions", async Task<Ok<DelegationDto>> (AttacheDb db, IOptions<DelegationOptions> options,
            IAuthorizationService authorization, ClaimsPrincipal user, int id, DelegationTransition move, CancellationToken ct) =>
        {
            var mayApprove = (await authorization.AuthorizeAsync(user, Policies.Approve)).Succeeded;
            await DelegationQueries.TransitionAsync(db, id, move, mayApprove, ct);
            return TypedResults.Ok((await DelegationQueries.GetAsync(db, id, options.Value.ReportDueDays, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/members", async Task<Results<Ok<List<MemberDto>>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await DelegationProgramme.MembersAsync(db, id, ct) is { } members ? TypedResults.Ok(members) : TypedResults.NotFound());

        group.MapPost("/{id:int}/members", async Task<Created<MemberDto>> (AttacheDb db, int id, MemberInput input, CancellationToken ct) =>
        {
            var member = await DelegationProgramme.AddMemberAsync(db, id, input, ct);
            return TypedResults.Created($"/api/delegations/{id}/members/{member.Id}", member);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/members/{memberId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int memberId,
            CancellationToken ct) =>
            await DelegationProgramme.RemoveMemberAsync(db, id, memberId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/itinerary", async Task<Results<Ok<List<ItineraryDto>>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await DelegationProgramme.ItineraryAsync(db, id, ct) is { } items ? TypedResults.Ok(items) : TypedResults.NotFound());

        group.MapPost("/{id:int}/itinerary", async Task<Created<ItineraryDto>> (AttacheDb db, int id, ItineraryInput input, CancellationToken ct) =>
        {
            var item = await DelegationProgramme.AddItineraryAsync(db, id, input, ct);
            return TypedResults.Created($"/api/delegations/{id}/itinerary/{item.Id}", item);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/itinerary/{itemId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int itemId,
            CancellationToken ct) =>
            await DelegationProgramme.RemoveItineraryAsync(db, id, itemId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapDocuments("delegation", (db, id, ct) => db.Set<Delegation>().AnyAsync(d => d.Id == id, ct));
        return app;
    }
}
