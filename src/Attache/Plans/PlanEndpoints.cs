using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Plans;

public sealed class PlanEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.Read);

        group.MapGet("/", (PlanService plans, [AsParameters] PlanQuery q, CancellationToken ct) =>
            plans.ListAsync(q, ct))
            .WithName("ListPlans").WithSummary("List yearly plans")
            .WithDescription("A page of the province's yearly foreign-affairs plans, by year.");

        group.MapGet("/{id:int}", async Task<Results<Ok<PlanDto>, NotFound>> (PlanService plans, int id,
            CancellationToken ct) =>
            await plans.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetPlan").WithSummary("Get a yearly plan")
            .WithDescription("One plan with its items and the records linked to each; 404 when not in the province.");

        group.MapGet("/{id:int}/progress", async Task<Results<Ok<List<PlanProgress>>, NotFound>> (PlanService plans,
            int id, CancellationToken ct) =>
            await plans.GetAsync(id, ct) is null
                ? TypedResults.NotFound()
                : TypedResults.Ok(await plans.ProgressAsync(id, ct)))
            .WithName("PlanProgress").WithSummary("Planned against done")
            .WithDescription("Per category, the items planned and the linked records that carried them out, counted "
                + "up to each item's target.");

        var edit = group.MapGroup("/").RequireAuthorization(Policies.Edit);

        edit.MapPost("/", async Task<Created<PlanDto>> (PlanService plans, PlanInput input, CancellationToken ct) =>
        {
            var plan = await plans.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/plans/{plan.Id}", (await plans.GetAsync(plan.Id, ct))!);
        })
            .WithName("CreatePlan").WithSummary("Create a yearly plan")
            .WithDescription("Creates the plan of a year; a second plan for the same year is a 409.");

        edit.MapPut("/{id:int}", async Task<Ok<PlanDto>> (PlanService plans, int id, PlanInput input,
            CancellationToken ct) =>
        {
            await plans.SaveAsync(id, input, ct);
            return TypedResults.Ok((await plans.GetAsync(id, ct))!);
        })
            .WithName("UpdatePlan").WithSummary("Update a yearly plan")
            .WithDescription("Replaces the plan's details; send the version read last. Bad input is a 400 problem "
                + "naming the field; a stale version is a 409.");

        edit.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (PlanService plans, int id,
            CancellationToken ct) =>
            await plans.DeleteAsync<AnnualPlan>(id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeletePlan").WithSummary("Delete a yearly plan")
            .WithDescription("Removes the plan with its items and links; 404 when it does not exist in the "
                + "province.");

        edit.MapPost("/{id:int}/items", async Task<Created<PlanDto>> (PlanService plans, int id, PlanItemInput input,
            CancellationToken ct) =>
        {
            var item = await plans.SaveItemAsync(id, null, input, ct);
            return TypedResults.Created($"/api/plans/{id}/items/{item.Id}", (await plans.GetAsync(id, ct))!);
        })
            .WithName("AddPlanItem").WithSummary("Add a plan item")
            .WithDescription("Adds a planned activity with its category and target; answers the whole plan.");

        edit.MapPut("/{id:int}/items/{itemId:int}", async Task<Ok<PlanDto>> (PlanService plans, int id, int itemId,
            PlanItemInput input, CancellationToken ct) =>
        {
            await plans.SaveItemAsync(id, itemId, input, ct);
            return TypedResults.Ok((await plans.GetAsync(id, ct))!);
        })
            .WithName("UpdatePlanItem").WithSummary("Update a plan item")
            .WithDescription("Replaces a planned activity; answers the whole plan. A stale version is a 409.");

        edit.MapDelete("/{id:int}/items/{itemId:int}", async Task<Results<NoContent, NotFound>> (PlanService plans,
            int id, int itemId, CancellationToken ct) =>
            await plans.DeleteAsync<PlanItem>(id, itemId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeletePlanItem").WithSummary("Delete a plan item")
            .WithDescription("Removes a planned activity and its links; 404 when the plan has no such item.");

        edit.MapPost("/{id:int}/items/{itemId:int}/links", async Task<Created<PlanDto>> (PlanService plans, int id,
            int itemId, PlanLinkInput input, CancellationToken ct) =>
        {
            var link = await plans.LinkAsync(id, itemId, input, ct);
            return TypedResults.Created($"/api/plans/{id}/items/{itemId}/links/{link.Id}",
                (await plans.GetAsync(id, ct))!);
        })
            .WithName("LinkPlanItem").WithSummary("Link a record to a plan item")
            .WithDescription("Counts a record (delegation, agreement, event, aid project...) as carrying the item "
                + "out; answers the whole plan.");

        edit.MapDelete("/{id:int}/items/{itemId:int}/links/{linkId:int}", async Task<Results<NoContent, NotFound>> (
            PlanService plans, int id, int itemId, int linkId, CancellationToken ct) =>
            await plans.UnlinkAsync(id, itemId, linkId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("UnlinkPlanItem").WithSummary("Unlink a record from a plan item")
            .WithDescription("Removes a link; 404 when the item has no such link.");

        return app;
    }
}
