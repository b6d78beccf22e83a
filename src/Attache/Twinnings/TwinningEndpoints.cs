using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Twinnings;

public sealed class TwinningEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/twinnings").WithTags("Twinnings").RequireAuthorization(Policies.Read);

        group.MapGet("/", (TwinningService twinnings, [AsParameters] TwinningQuery query, CancellationToken ct) =>
            twinnings.ListAsync(query, ct))
            .WithName("ListTwinnings").WithSummary("List twinnings")
            .WithDescription("A page of twinning relations with foreign localities, filtered by text, status, "
                + "locality kind, partner or signing date.");

        group.MapGet("/stats", (TwinningService twinnings, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            twinnings.StatsAsync(from, to, ct))
            .WithName("TwinningStats").WithSummary("Twinning figures for a period")
            .WithDescription("Twinnings by status and country, those signed in [from, to], and 'active' on "
                + "'activeOn' (to, else today). " + TwinningCounting.ActiveRule);

        group.MapGet("/{id:int}", async Task<Results<Ok<TwinningDto>, NotFound>> (TwinningService twinnings, int id,
            CancellationToken ct) =>
            await twinnings.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetTwinning").WithSummary("Get a twinning")
            .WithDescription("One twinning relation; 404 when not in the province.");

        group.MapPost("/", async Task<Created<TwinningDto>> (TwinningService twinnings, TwinningInput input,
            CancellationToken ct) =>
        {
            var twinning = await twinnings.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/twinnings/{twinning.Id}", (await twinnings.GetAsync(twinning.Id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateTwinning").WithSummary("Create a twinning")
            .WithDescription("Registers a twinning relation. Bad input is a 400 problem naming the field.");

        group.MapPut("/{id:int}", async Task<Ok<TwinningDto>> (TwinningService twinnings, int id, TwinningInput input,
            CancellationToken ct) =>
        {
            await twinnings.SaveAsync(id, input, ct);
            return TypedResults.Ok((await twinnings.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdateTwinning").WithSummary("Update a twinning")
            .WithDescription("Replaces the twinning's details; send the version read last. Bad input is a 400 "
                + "problem naming the field; a stale version is a 409.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (TwinningService twinnings, int id,
            CancellationToken ct) =>
            await twinnings.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteTwinning").WithSummary("Delete a twinning")
            .WithDescription("Removes a twinning relation; 404 when it does not exist in the province.");

        group.MapGet("/{id:int}/activities", async Task<Results<Ok<Paged<TwinningActivityDto>>, NotFound>> (
            TwinningService twinnings, int id, [AsParameters] PageRequest page, CancellationToken ct) =>
            await twinnings.ActivitiesAsync(id, page, ct) is { } activities
                ? TypedResults.Ok(activities)
                : TypedResults.NotFound())
            .WithName("ListTwinningActivities").WithSummary("List twinning activities")
            .WithDescription("What the twinned localities did together, a page at a time.");

        group.MapPost("/{id:int}/activities", async Task<Results<Created<TwinningActivityDto>, NotFound>> (
            TwinningService twinnings, int id, TwinningActivityInput input, CancellationToken ct) =>
            await twinnings.AddActivityAsync(id, input, ct) is { } dto
                ? TypedResults.Created($"/api/twinnings/{id}/activities/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("AddTwinningActivity").WithSummary("Record a twinning activity")
            .WithDescription("Records an activity of the twinning. Bad input is a 400 problem naming the field.");

        group.MapDelete("/{id:int}/activities/{activityId:int}", async Task<Results<NoContent, NotFound>> (
            TwinningService twinnings, int id, int activityId, CancellationToken ct) =>
            await twinnings.DeleteActivityAsync(id, activityId, ct) ? TypedResults.NoContent()
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteTwinningActivity").WithSummary("Delete a twinning activity")
            .WithDescription("Removes an activity; 404 when the twinning has no such activity.");

        group.MapDocuments("twinning", (db, id, ct) => db.Set<Twinning>().AnyAsync(t => t.Id == id, ct));
        return app;
    }
}
