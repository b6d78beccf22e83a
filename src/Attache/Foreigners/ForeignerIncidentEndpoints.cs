using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

public sealed class ForeignerIncidentEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, edit) = app.MapRecords<ForeignerIncidentService, ForeignerIncident, ForeignerIncidentQuery,
            ForeignerIncidentRow, ForeignerIncidentDto, ForeignerIncidentInput>(
            new("/api/foreigner-incidents", "Foreigners' incidents", "ForeignerIncident", "ForeignerIncidents",
                "an incident involving foreigners", "incidents involving foreigners")
            {
                List = "A page of the incidents involving foreigners, the latest first, filtered by text, kind, "
                    + "status, whether the consular notification was made and period. Persons are counted, never "
                    + "named.",
                Get = "One case with its timeline, the consular notification (and the days from the report to it), "
                    + "the days it has been open, and its persons, named only for a consular officer or a leader "
                    + "(that reading is logged). 404 when it is not in the province.",
                Create = "Records an incident. Bad input is a 400 problem naming every bad field (reported and "
                    + "notified not before the occurrence). Sending persons needs the right to see them (403).",
                Update = "Replaces the case's details; closing (Open → Closed, final) needs the closing day and the "
                    + "outcome. Send the version read last; a stale version is a 409.",
                Delete = "Removes the case with its persons and timeline; 404 when not in the province.",
            });

        edit.MapPost("/{id:int}/actions", async Task<Results<Created<IncidentActionDto>, NotFound>> (
            ForeignerIncidentService incidents, int id, IncidentActionInput input, CancellationToken ct) =>
            await incidents.AddActionAsync(id, input, ct) is { } dto
                ? TypedResults.Created($"/api/foreigner-incidents/{id}/actions/{dto.Id}", dto)
                : TypedResults.NotFound())
            .WithName("AddForeignerIncidentAction").WithSummary("Add a step to an incident's timeline")
            .WithDescription("Records what was done on which day; not before the incident. Bad input is a 400 "
                + "problem naming the field; 404 when the case is not in the province.");

        edit.MapDelete("/{id:int}/actions/{actionId:int}", async Task<Results<NoContent, NotFound>> (
            ForeignerIncidentService incidents, int id, int actionId, CancellationToken ct) =>
            await incidents.DeleteActionAsync(id, actionId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteForeignerIncidentAction").WithSummary("Delete a step of an incident's timeline")
            .WithDescription("Removes a step; 404 when the case has no such step.");

        group.MapDocuments("foreignerIncident",
            (db, id, ct) => db.Set<ForeignerIncident>().AnyAsync(i => i.Id == id, ct));
        return app;
    }
}
