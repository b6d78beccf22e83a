using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Labour;

public sealed class LabourEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/labour-programmes").WithTags("Labour programmes")
            .RequireAuthorization(Policies.Read);

        group.MapGet("/", (LabourService labour, [AsParameters] LabourProgrammeQuery query, CancellationToken ct) =>
            labour.ListAsync(query, ct))
            .WithName("ListLabourProgrammes").WithSummary("List labour programmes")
            .WithDescription("A page of seasonal-worker programmes, filtered by text, partner or agreement.");

        group.MapGet("/stats", (AttacheDb db, DateOnly? from, DateOnly? to, int? programmeId, CancellationToken ct) =>
            LabourStats.ComputeAsync(db, from, to, programmeId, ct))
            .WithName("LabourStats").WithSummary("Labour figures for a period")
            .WithDescription("Workers who left in [from, to] and their outcomes. " + WorkerDates.PastReturnRule);

        group.MapGet("/{id:int}", async Task<Results<Ok<LabourProgrammeDto>, NotFound>> (LabourService labour, int id,
            CancellationToken ct) =>
            await labour.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetLabourProgramme").WithSummary("Get a labour programme")
            .WithDescription("One programme with its cohorts' counts; 404 when not in the province.");

        group.MapPost("/", async Task<Created<LabourProgrammeDto>> (LabourService labour, LabourInput input,
            CancellationToken ct) =>
        {
            var p = await labour.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/labour-programmes/{p.Id}", (await labour.GetAsync(p.Id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateLabourProgramme").WithSummary("Create a labour programme")
            .WithDescription("Registers a seasonal-worker programme. Bad input is a 400 problem naming the field.");

        group.MapPut("/{id:int}", async Task<Ok<LabourProgrammeDto>> (LabourService labour, int id, LabourInput input,
            CancellationToken ct) =>
        {
            await labour.SaveAsync(id, input, ct);
            return TypedResults.Ok((await labour.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdateLabourProgramme").WithSummary("Update a labour programme")
            .WithDescription("Replaces the programme's details; send the version read last. Bad input is a 400 "
                + "problem naming the field; a stale version is a 409.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (LabourService labour, int id,
            CancellationToken ct) =>
            await labour.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteLabourProgramme").WithSummary("Delete a labour programme")
            .WithDescription("Removes a programme; one that still has cohorts is a 409.");

        group.MapGet("/{id:int}/cohorts", async Task<Results<Ok<Paged<CohortDto>>, NotFound>> (LabourService labour,
            int id, [AsParameters] PageRequest page, CancellationToken ct) =>
            await labour.CohortsPageAsync(id, page,
                ct) is { } cohorts ? TypedResults.Ok(cohorts) : TypedResults.NotFound())
            .WithName("ListLabourCohorts").WithSummary("List cohorts")
            .WithDescription("The programme's cohorts (groups leaving together), a page at a time.");

        group.MapPost("/{id:int}/cohorts", async Task<Results<Created<CohortDto>, NotFound>> (LabourService labour,
            int id, CohortInput input, CancellationToken ct) =>
            await labour.SaveCohortAsync(id, null, input, ct) is { } dto
                ? TypedResults.Created($"/api/labour-programmes/{id}/cohorts/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("AddLabourCohort").WithSummary("Add a cohort")
            .WithDescription("Adds a cohort to the programme; 404 when the programme does not exist in the "
                + "province.");

        group.MapPut("/{id:int}/cohorts/{cohortId:int}", async Task<Results<Ok<CohortDto>, NotFound>> (
            LabourService labour, int id, int cohortId, CohortInput input, CancellationToken ct) =>
            await labour.SaveCohortAsync(id, cohortId, input,
                ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("UpdateLabourCohort").WithSummary("Update a cohort")
            .WithDescription("Replaces a cohort's details; 404 when the programme has no such cohort. With the "
                + "version read last, a stale version is a 409.");

        group.MapDelete("/{id:int}/cohorts/{cohortId:int}", async Task<Results<NoContent, NotFound>> (
            LabourService labour, int id, int cohortId, CancellationToken ct) =>
            await labour.DeleteCohortAsync(id, cohortId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteLabourCohort").WithSummary("Delete a cohort")
            .WithDescription("Removes a cohort; 404 when the programme has no such cohort.");

        // Worker names: the service refuses everyone without the SeeNames policy with 403.
        group.MapGet("/{id:int}/cohorts/{cohortId:int}/workers", async Task<Results<Ok<Paged<WorkerDto>>, NotFound>> (
            WorkerService workers, int id, int cohortId, [AsParameters] WorkerQuery query, CancellationToken ct) =>
            await workers.ListAsync(id, cohortId, query,
                ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound())
            .WithName("ListLabourWorkers").WithSummary("List workers")
            .WithDescription("The cohort's workers (personal data): only the province's officers and leaders may "
                + "read them (403 otherwise), and the read is recorded in the audit trail.");

        group.MapPost("/{id:int}/cohorts/{cohortId:int}/workers", async Task<Results<Created<WorkerDto>, NotFound>> (
            WorkerService workers, int id, int cohortId, WorkerInput input, CancellationToken ct) =>
            await workers.SaveAsync(id, cohortId, null, input, ct) is { } dto
                ? TypedResults.Created($"/api/labour-programmes/{id}/cohorts/{cohortId}/workers/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("AddLabourWorker").WithSummary("Add a worker")
            .WithDescription("Adds a worker to the cohort; 404 when the programme has no such cohort.");

        group.MapPut("/{id:int}/cohorts/{cohortId:int}/workers/{workerId:int}", async Task<Results<Ok<WorkerDto>,
            NotFound>> (WorkerService workers, int id, int cohortId, int workerId, WorkerInput input,
            CancellationToken ct) =>
            await workers.SaveAsync(id, cohortId, workerId, input, ct) is { } dto
                ? TypedResults.Ok(dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("UpdateLabourWorker").WithSummary("Update a worker")
            .WithDescription("Replaces a worker's details, e.g. the return date and outcome; 404 when the cohort "
                + "has no such worker.");

        group.MapDelete("/{id:int}/cohorts/{cohortId:int}/workers/{workerId:int}", async Task<Results<NoContent,
            NotFound>> (WorkerService workers, int id, int cohortId, int workerId, CancellationToken ct) =>
            await workers.DeleteAsync(id, cohortId, workerId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteLabourWorker").WithSummary("Delete a worker")
            .WithDescription("Removes a worker; 404 when the cohort has no such worker.");

        return app;
    }
}
