using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Events;

public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] EventQuery query, CancellationToken ct) => EventQueries.ListAsync(db, query, ct));

        group.MapGet("/stats", (AttacheDb db, DateOnly? from, DateOnly? to, CancellationToken ct) => EventQueries.StatsAsync(db, from, to, ct));

        group.MapGet("/{id:int}", async Task<Results<Ok<EventDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await EventQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapPost("/", async Task<Created<EventDto>> (AttacheDb db, EventInput input, CancellationToken ct) =>
        {
            var e = await EventQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/events/{e.Id}", (await EventQueries.GetAsync(db, e.Id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}", async Task<Ok<EventDto>> (AttacheDb db, int id, EventInput input, CancellationToken ct) =>
        {
            await EventQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await EventQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await EventQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/media", async Task<Results<Ok<Paged<MediaDto>>, NotFound>> (AttacheDb db, int id, [AsParameters] PageRequest page,
            CancellationToken ct) =>
            await EventQueries.MediaAsync(db, id, page, ct) is { } media ? TypedResults.Ok(media) : TypedResults.NotFound());

        group.MapPost("/{id:int}/media", async Task<Results<Created<MediaDto>, NotFound>> (AttacheDb db, int id, MediaInput input,
            CancellationToken ct) =>
            await EventQueries.AddMediaAsync(db, id, input, ct) is { } dto
                ? TypedResults.Created($"/api/events/{id}/media/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/media/{mediaId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int mediaId,
            CancellationToken ct) =>
            await EventQueries.DeleteMediaAsync(db, id, mediaId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapDocuments("cooperationEvent", EventQueries.ExistsAsync);
        return app;
    }
}
