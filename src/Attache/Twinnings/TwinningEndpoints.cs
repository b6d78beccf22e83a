using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Twinnings;

public static class TwinningEndpoints
{
    public static IEndpointRouteBuilder MapTwinningEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/twinnings").WithTags("Twinnings").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] TwinningQuery query, CancellationToken ct) =>
            TwinningQueries.ListAsync(db, query, ct));

        group.MapGet("/stats", (AttacheDb db, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            TwinningQueries.StatsAsync(db, from, to, ct))
            .WithDescription("Twinnings by status and country, those signed in [from, to], and 'active' on 'activeOn' (to, else " +
                "today). " + TwinningCounting.ActiveRule);

        group.MapGet("/{id:int}", async Task<Results<Ok<TwinningDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await TwinningQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapPost("/", async Task<Created<TwinningDto>> (AttacheDb db, TwinningInput input, CancellationToken ct) =>
        {
            var twinning = await TwinningQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/twinnings/{twinning.Id}", (await TwinningQueries.GetAsync(db, twinning.Id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}", async Task<Ok<TwinningDto>> (AttacheDb db, int id, TwinningInput input, CancellationToken ct) =>
        {
            await TwinningQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await TwinningQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await TwinningQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/activities", async Task<Results<Ok<Paged<TwinningActivityDto>>, NotFound>> (AttacheDb db, int id,
            [AsParameters] PageRequest page, CancellationToken ct) =>
            await TwinningQueries.ActivitiesAsync(db, id, page, ct) is { } activities ? TypedResults.Ok(activities) : TypedResults.NotFound());

        group.MapPost("/{id:int}/activities", async Task<Results<Created<TwinningActivityDto>, NotFound>> (AttacheDb db, int id,
            TwinningActivityInput input, CancellationToken ct) =>
            await TwinningQueries.AddActivityAsync(db, id, input, ct) is { } dto
                ? TypedResults.Created($"/api/twinnings/{id}/activities/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/activities/{activityId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id,
            int activityId, CancellationToken ct) =>
            await TwinningQueries.DeleteActivityAsync(db, id, activityId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapDocuments("twinning", TwinningQueries.ExistsAsync);
        return app;
    }
}
