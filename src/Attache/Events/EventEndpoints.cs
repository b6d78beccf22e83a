using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Events;

public sealed class EventEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events").RequireAuthorization(Policies.Read);

        group.MapGet("/", (EventService events, [AsParameters] EventQuery query, CancellationToken ct) =>
            events.ListAsync(query, ct))
            .WithName("ListEvents").WithSummary("List cooperation events")
            .WithDescription("A page of exchanges, seminars, press visits, ceremonies and border mechanisms, "
                + "filtered by text, kind, date, country or partner.");

        group.MapGet("/stats", (AttacheDb db, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            EventStats.ComputeAsync(db, from, to, ct))
            .WithName("EventStats").WithSummary("Event figures for a period")
            .WithDescription("Events of the period (from, to) by kind and by country.");

        group.MapGet("/{id:int}", async Task<Results<Ok<EventDto>, NotFound>> (EventService events, int id,
            CancellationToken ct) =>
            await events.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetEvent").WithSummary("Get an event")
            .WithDescription("One event with its partners; 404 when not in the province.");

        group.MapPost("/", async Task<Created<EventDto>> (EventService events, EventInput input,
            CancellationToken ct) =>
        {
            var e = await events.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/events/{e.Id}", (await events.GetAsync(e.Id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateEvent").WithSummary("Create an event")
            .WithDescription("Registers a cooperation event. Bad input is a 400 problem naming the field.");

        group.MapPut("/{id:int}", async Task<Ok<EventDto>> (EventService events, int id, EventInput input,
            CancellationToken ct) =>
        {
            await events.SaveAsync(id, input, ct);
            return TypedResults.Ok((await events.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdateEvent").WithSummary("Update an event")
            .WithDescription("Replaces the event's details; send the version read last. Bad input is a 400 problem "
                + "naming the field; a stale version is a 409.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (EventService events, int id,
            CancellationToken ct) =>
            await events.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteEvent").WithSummary("Delete an event")
            .WithDescription("Removes an event; 404 when it does not exist in the province.");

        group.MapGet("/{id:int}/media", async Task<Results<Ok<Paged<MediaDto>>, NotFound>> (EventService events,
            int id, [AsParameters] PageRequest page, CancellationToken ct) =>
            await events.MediaAsync(id, page, ct) is { } media ? TypedResults.Ok(media) : TypedResults.NotFound())
            .WithName("ListEventMedia").WithSummary("List press coverage")
            .WithDescription("The articles and broadcasts about the event, a page at a time.");

        group.MapPost("/{id:int}/media", async Task<Results<Created<MediaDto>, NotFound>> (EventService events,
            int id, MediaInput input, CancellationToken ct) =>
            await events.AddMediaAsync(id, input, ct) is { } dto
                ? TypedResults.Created($"/api/events/{id}/media/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("AddEventMedia").WithSummary("Record press coverage")
            .WithDescription("Records an article or broadcast about the event. Bad input is a 400 problem naming "
                + "the field.");

        group.MapDelete("/{id:int}/media/{mediaId:int}", async Task<Results<NoContent, NotFound>> (
            EventService events, int id, int mediaId, CancellationToken ct) =>
            await events.DeleteMediaAsync(id, mediaId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteEventMedia").WithSummary("Delete press coverage")
            .WithDescription("Removes a coverage item; 404 when the event has no such item.");

        group.MapDocuments("cooperationEvent", EventService.ExistsAsync);
        return app;
    }
}
