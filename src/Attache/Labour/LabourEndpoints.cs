using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Labour;

public static class LabourEndpoints
{
    public static IEndpointRouteBuilder MapLabourEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/labour-programmes").WithTags("Labour programmes").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] LabourProgrammeQuery query, CancellationToken ct) => LabourQueries.ListAsync(db, query, ct));

        group.MapGet("/stats", (AttacheDb db, DateOnly? from, DateOnly? to, int? programmeId, CancellationToken ct) =>
            WorkerQueries.StatsAsync(db, from, to, programmeId, ct))
            .WithDescription("Workers who left in [from, to] and their outcomes. " + WorkerDates.PastReturnRule);

        group.MapGet("/{id:int}", async Task<Results<Ok<LabourProgrammeDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await LabourQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapPost("/", async Task<Created<LabourProgrammeDto>> (AttacheDb db, LabourInput input, CancellationToken ct) =>
        {
            var p = await LabourQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/labour-programmes/{p.Id}", (await LabourQueries.GetAsync(db, p.Id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}", async Task<Ok<LabourProgrammeDto>> (AttacheDb db, int id, LabourInput input, CancellationToken ct) =>
        {
            await LabourQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await LabourQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await LabourQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/cohorts", async Task<Results<Ok<Paged<CohortDto>>, NotFound>> (AttacheDb db, int id, [AsParameters] PageRequest page,
            CancellationToken ct) =>
            await LabourQueries.CohortsPageAsync(db, id, page, ct) is { } cohorts ? TypedResults.Ok(cohorts) : TypedResults.NotFound());

        group.MapPost("/{id:int}/cohorts", async Task<Results<Created<CohortDto>, NotFound>> (AttacheDb db, int id, CohortInput input,
            CancellationToken ct) =>
            await LabourQueries.SaveCohortAsync(db, id, null, input, ct) is { } dto
                ? TypedResults.Created($"/api/labour-programmes/{id}/cohorts/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}/cohorts/{cohortId:int}", async Task<Results<Ok<CohortDto>, NotFound>> (AttacheDb db, int id, int cohortId,
            CohortInput input, CancellationToken ct) =>
            await LabourQueries.SaveCohortAsync(db, id, cohortId, input, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/cohorts/{cohortId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int cohortId,
            CancellationToken ct) =>
            await LabourQueries.DeleteCohortAsync(db, id, cohortId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        // Worker names: the queries refuse everyone but the province's officers and leaders with 403.
        group.MapGet("/{id:int}/cohorts/{cohortId:int}/workers", async Task<Results<Ok<Paged<WorkerDto>>, NotFound>> (AttacheDb db, int id,
            int cohortId, [AsParameters] WorkerQuery query, CancellationToken ct) =>
            await WorkerQueries.ListAsync(db, id, cohortId, query, ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound());

        group.MapPost("/{id:int}/cohorts/{cohortId:int}/workers", async Task<Results<Created<WorkerDto>, NotFound>> (AttacheDb db, int id,
            int cohortId, WorkerInput input, CancellationToken ct) =>
            await WorkerQueries.SaveAsync(db, id, cohortId, null, input, ct) is { } dto
                ? TypedResults.Created($"/api/labour-programmes/{id}/cohorts/{cohortId}/workers/{dto.Id}", dto)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}/cohorts/{cohortId:int}/workers/{workerId:int}", async Task<Results<Ok<WorkerDto>, NotFound>> (AttacheDb db,
            int id, int cohortId, int workerId, WorkerInput input, CancellationToken ct) =>
            await WorkerQueries.SaveAsync(db, id, cohortId, workerId, input, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/cohorts/{cohortId:int}/workers/{workerId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db,
            int id, int cohortId, int workerId, CancellationToken ct) =>
            await WorkerQueries.DeleteAsync(db, id, cohortId, workerId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        return app;
    }
}
