using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Consular;

public sealed class CitizenCaseEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, edit) = app.MapRecords<CitizenCaseService, CitizenCase, CitizenCaseQuery, CitizenCaseRow,
            CitizenCaseDto, CitizenCaseInput>(new("/api/citizen-cases", "Citizen cases", "CitizenCase",
            "CitizenCases", "a citizen protection case", "citizen protection cases")
            {
                List = "A page of the province's citizen protection cases (citizens in difficulty abroad), newest first, "
                + "filtered by text, kind, country or status. The citizens' names only for the consular officers "
                + "and leaders (each read logged); everyone else sees how many persons a case has.",
                Get = "One case with its persons, family contact and actions; identities only for the consular officers "
                + "and leaders, the read logged in the audit trail. 404 when it is not in the province.",
                Create = "Opens a citizen protection case. Persons and the family contact are sent only by the consular "
                + "officers and leaders (403 otherwise). Bad input is a 400 problem naming the field.",
                Update = "Replaces the case's details; send the version read last. Closing (status Closed) needs closedOn "
                + "and outcome; a closed case stays closed (409). A stale version is a 409.",
                Delete = "Removes a case with its persons and actions; 404 when it does not exist in the province.",
            });

        edit.MapPost("/from-worker/{workerId:int}", async Task<Results<Created<CitizenCaseDto>, NotFound>> (
            CitizenCaseService cases, int workerId, CitizenCaseKind? kind, CancellationToken ct) =>
            await cases.FromWorkerAsync(workerId, kind, ct) is { } c
                ? TypedResults.Created($"/api/citizen-cases/{c.Id}", (await cases.GetAsync(c.Id, ct))!)
                : TypedResults.NotFound())
            .WithName("OpenCitizenCaseFromWorker").WithSummary("Open a citizen case for a seasonal worker")
            .WithDescription("Opens a case of kind Stranded (or Undocumented, by ?kind=) for a seasonal worker of the "
                + "labour register who did not come back: the worker as the person, the country of the programme's "
                + "partner, opened today. Needs SeeNames and SeePersons (403); 404 for a worker not in the province; "
                + "409 for a worker who came back or already has an open case.");

        group.MapGet("/{id:int}/actions", async Task<Results<Ok<Paged<CaseActionDto>>, NotFound>> (
            CitizenCaseService cases, int id, [AsParameters] PageRequest page, CancellationToken ct) =>
            await cases.ActionsAsync(id, page, ct) is { } actions ? TypedResults.Ok(actions) : TypedResults.NotFound())
            .WithName("ListCitizenCaseActions").WithSummary("List a citizen case's actions")
            .WithDescription("The timeline of what the desk did on the case, oldest first, a page at a time.");

        edit.MapPost("/{id:int}/actions", async Task<Results<Created<CaseActionDto>, NotFound>> (
            CitizenCaseService cases, int id, CaseActionInput input, CancellationToken ct) =>
            await cases.AddActionAsync(id, input, ct) is { } dto
                ? TypedResults.Created($"/api/citizen-cases/{id}/actions/{dto.Id}", dto)
                : TypedResults.NotFound())
            .WithName("AddCitizenCaseAction").WithSummary("Record an action on a citizen case")
            .WithDescription("Adds a dated step to the case's timeline. Bad input is a 400 problem naming the field.");

        edit.MapDelete("/{id:int}/actions/{actionId:int}", async Task<Results<NoContent, NotFound>> (
            CitizenCaseService cases, int id, int actionId, CancellationToken ct) =>
            await cases.DeleteActionAsync(id, actionId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteCitizenCaseAction").WithSummary("Delete an action of a citizen case")
            .WithDescription("Removes a step from the timeline; 404 when the case has no such action.");

        group.MapDocuments("citizenCase", (db, id, ct) => db.Set<CitizenCase>().AnyAsync(c => c.Id == id, ct));
        return app;
    }
}
