using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Plans;

public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] PlanQuery q, CancellationToken ct) => PlanQueries.ListAsync(db, q, ct));

        group.MapGet("/{id:int}", async Task<Results<Ok<PlanDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await PlanQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapGet("/{id:int}/progress", async Task<Results<Ok<List<PlanProgress>>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await PlanQueries.GetAsync(db, id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await PlanQueries.ProgressAsync(db, id, ct)));

        var edit = group.MapGroup("/").RequireAuthorization(Policies.Edit);

        edit.MapPost("/", async Task<Created<PlanDto>> (AttacheDb db, PlanInput input, CancellationToken ct) =>
        {
            var plan = await PlanQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/plans/{plan.Id}", (await PlanQueries.GetAsync(db, plan.Id, ct))!);
        });

        edit.MapPut("/{id:int}", async Task<Ok<PlanDto>> (AttacheDb db, int id, PlanInput input, CancellationToken ct) =>
        {
            await PlanQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await PlanQueries.GetAsync(db, id, ct))!);
        });

        edit.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await PlanQueries.DeleteAsync<AnnualPlan>(db, id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound());

        edit.MapPost("/{id:int}/items", async Task<Created<PlanDto>> (AttacheDb db, int id, PlanItemInput input, CancellationToken ct) =>
        {
            var item = await PlanQueries.SaveItemAsync(db, id, null, input, ct);
            return TypedResults.Created($"/api/plans/{id}/items/{item.Id}", (await PlanQueries.GetAsync(db, id, ct))!);
        });

        edit.MapPut("/{id:int}/items/{itemId:int}", async Task<Ok<PlanDto>> (AttacheDb db, int id, int itemId, PlanItemInput input, CancellationToken ct) =>
        {
            await PlanQueries.SaveItemAsync(db, id, itemId, input, ct);
            return TypedResults.Ok((await PlanQueries.GetAsync(db, id, ct))!);
        });

        edit.MapDelete("/{id:int}/items/{itemId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int itemId, CancellationToken ct) =>
            await PlanQueries.DeleteAsync<PlanItem>(db, id, itemId, ct) ? TypedResults.NoContent() : TypedResults.NotFound());

        edit.MapPost("/{id:int}/items/{itemId:int}/links", async Task<Created<PlanDto>> (AttacheDb db, int id, int itemId, PlanLinkInput input, CancellationToken ct) =>
        {
            var link = await PlanQueries.LinkAsync(db, id, itemId, input, ct);
            return TypedResults.Created($"/api/plans/{id}/items/{itemId}/links/{link.Id}", (await PlanQueries.GetAsync(db, id, ct))!);
        });

        edit.MapDelete("/{id:int}/items/{itemId:int}/links/{linkId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int linkId, CancellationToken ct) =>
            await PlanQueries.DeleteAsync<PlanItemLink>(db, id, linkId, ct) ? TypedResults.NoContent() : TypedResults.NotFound());

        return app;
    }
}
