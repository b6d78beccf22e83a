using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Delegations;

public sealed class DelegationEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/delegations").WithTags("Delegations").RequireAuthorization(Policies.Read);

        group.MapGet("/", (DelegationService delegations, [AsParameters] DelegationQuery query, CancellationToken ct) =>
            delegations.ListAsync(query, ct))
            .WithName("ListDelegations").WithSummary("List delegations")
            .WithDescription("A page of inbound and outbound delegations, filtered by direction, status, country, "
                + "partner, start date and text.");

        group.MapGet("/stats", (AttacheDb db, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            DelegationStats.ComputeAsync(db, from, to, ct))
            .WithName("DelegationStats").WithSummary("Delegation figures for a period")
            .WithDescription("Delegations per province by direction, year and country. "
                + DelegationCounting.TookPlaceRule);

        group.MapGet("/overdue-reports", (DelegationService delegations, [AsParameters] PageRequest page,
            CancellationToken ct) => delegations.OverdueReportsAsync(page, ct))
            .WithName("OverdueDelegationReports").WithSummary("Overdue outcome reports")
            .WithDescription("Outbound delegations back home whose outcome report is past due (a number of days "
                + "after the return).");

        group.MapGet("/{id:int}", async Task<Results<Ok<DelegationDto>, NotFound>> (DelegationService delegations,
            int id, CancellationToken ct) =>
            await delegations.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetDelegation").WithSummary("Get a delegation")
            .WithDescription("One delegation with its lifecycle (allowed transitions) and report deadline; 404 when "
                + "not in the province. " + Reception.MemberPrecedence.Rule);

        group.MapPost("/", async Task<Created<DelegationDto>> (DelegationService delegations, DelegationInput input,
            CancellationToken ct) =>
        {
            var delegation = await delegations.SaveAsync(null, input, ct);
            var dto = (await delegations.GetAsync(delegation.Id, ct))!;
            return TypedResults.Created($"/api/delegations/{delegation.Id}", dto);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateDelegation").WithSummary("Create a delegation")
            .WithDescription("Registers a proposed delegation. Bad input is a 400 problem naming the field.");

        group.MapPut("/{id:int}", async Task<Ok<DelegationDto>> (DelegationService delegations, int id,
            DelegationInput input, CancellationToken ct) =>
        {
            await delegations.SaveAsync(id, input, ct);
            return TypedResults.Ok((await delegations.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdateDelegation").WithSummary("Update a delegation")
            .WithDescription("Replaces the delegation's details; send the version read last. Bad input is a 400 "
                + "problem naming the field; a stale version is a 409.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (DelegationService delegations, int id,
            CancellationToken ct) =>
            await delegations.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteDelegation").WithSummary("Delete a delegation")
            .WithDescription("Only a delegation that never took place (proposed or cancelled) may be deleted; the "
                + "others are the record (409).");

        group.MapPost("/{id:int}/transitions", async Task<Ok<DelegationDto>> (DelegationService delegations, int id,
            DelegationTransition move, CancellationToken ct) =>
        {
            await delegations.TransitionAsync(id, move, ct);
            return TypedResults.Ok((await delegations.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("MoveDelegation").WithSummary("Move a delegation along its lifecycle")
            .WithDescription("Changes the status (e.g. Proposed to Approved, Under way, Completed, Reported or "
                + "Cancelled). Approving needs the Approve policy (Leader, Admin); a transition the "
                + "lifecycle does not allow is a 409.");

        MapProgramme(group);
        group.MapDocuments("delegation", (db, id, ct) => db.Set<Delegation>().AnyAsync(d => d.Id == id, ct));
        return app;
    }

    private static void MapProgramme(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/members", async Task<Results<Ok<List<MemberDto>>, NotFound>> (
            DelegationProgramme programme, int id, CancellationToken ct) =>
            await programme.MembersAsync(id, ct) is { } members ? TypedResults.Ok(members) : TypedResults.NotFound())
            .WithName("ListDelegationMembers").WithSummary("List delegation members")
            .WithDescription("The people of the delegation, with their positions. "
                + Reception.MemberPrecedence.Rule);

        group.MapPost("/{id:int}/invitations", (DelegationInvitations invitations, int id, CancellationToken ct) =>
            invitations.SendAsync(id, ct)).RequireAuthorization(Policies.Edit)
            .WithName("SendDelegationInvitation").WithSummary("Send the delegation's calendar invitation")
            .WithDescription("Queues an iCalendar invitation (METHOD:REQUEST, one UID per delegation, SEQUENCE raised "
                + "on each sending) to every member with an e-mail address, sent by the signed-in user. Later changes "
                + "of dates or places send an update and a cancellation sends METHOD:CANCEL. 409 when the delegation "
                + "is not approved or no member has an address; 404 when not in the province.");

        group.MapPost("/{id:int}/members", async Task<Created<MemberDto>> (DelegationProgramme programme, int id,
            MemberInput input, CancellationToken ct) =>
        {
            var member = await programme.AddMemberAsync(id, input, ct);
            return TypedResults.Created($"/api/delegations/{id}/members/{member.Id}", member);
        }).RequireAuthorization(Policies.Edit)
            .WithName("AddDelegationMember").WithSummary("Add a delegation member")
            .WithDescription("Adds a person to the delegation. Bad input is a 400 problem naming the field.");

        group.MapDelete("/{id:int}/members/{memberId:int}", async Task<Results<NoContent, NotFound>> (
            DelegationProgramme programme, int id, int memberId, CancellationToken ct) =>
            await programme.RemoveMemberAsync(id, memberId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("RemoveDelegationMember").WithSummary("Remove a delegation member")
            .WithDescription("Removes a person from the delegation; 404 when the delegation has no such member.");

        group.MapGet("/{id:int}/itinerary", async Task<Results<Ok<List<ItineraryDto>>, NotFound>> (
            DelegationProgramme programme, int id, CancellationToken ct) =>
            await programme.ItineraryAsync(id, ct) is { } items ? TypedResults.Ok(items) : TypedResults.NotFound())
            .WithName("ListDelegationItinerary").WithSummary("List the itinerary")
            .WithDescription("The delegation's programme, item by item in date order.");

        group.MapPost("/{id:int}/itinerary", async Task<Created<ItineraryDto>> (DelegationProgramme programme, int id,
            ItineraryInput input, CancellationToken ct) =>
        {
            var item = await programme.AddItineraryAsync(id, input, ct);
            return TypedResults.Created($"/api/delegations/{id}/itinerary/{item.Id}", item);
        }).RequireAuthorization(Policies.Edit)
            .WithName("AddDelegationItineraryItem").WithSummary("Add an itinerary item")
            .WithDescription("Adds a programme item (day, time, place, activity). Bad input is a 400 problem naming "
                + "the field.");

        group.MapDelete("/{id:int}/itinerary/{itemId:int}", async Task<Results<NoContent, NotFound>> (
            DelegationProgramme programme, int id, int itemId, CancellationToken ct) =>
            await programme.RemoveItineraryAsync(id, itemId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("RemoveDelegationItineraryItem").WithSummary("Remove an itinerary item")
            .WithDescription("Removes a programme item; 404 when the delegation has no such item.");
    }
}
