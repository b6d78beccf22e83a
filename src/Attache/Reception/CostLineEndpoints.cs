using Attache.Accounts;
using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Reception;

public sealed class CostLineEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/delegations/{id:int}/reception/costs").WithTags("Reception")
            .RequireAuthorization(Policies.Read);
        var edit = group.MapGroup("/").RequireAuthorization(Policies.Edit);

        group.MapGet("/", async Task<Results<Ok<CostSheet>, NotFound>> (CostLineService costs, int id,
                CancellationToken ct) =>
                await costs.SheetAsync(id, ct) is { } sheet ? TypedResults.Ok(sheet) : TypedResults.NotFound())
            .WithName("GetReceptionCosts").WithSummary("The reception costs of a delegation")
            .WithDescription("The delegation's cost lines, each checked against the spending norm of its kind and "
                + "guest level valid on the delegation's start date (exceedsNorm when its unit amount is above the "
                + "norm; needsApproval while no leader has approved it), their totals (units × days × unit amount) "
                + "and the delegation's budget, which the lines set. 404 when the delegation is not in the province.");

        edit.MapPost("/", async Task<Created<CostSheet>> (CostLineService costs, int id, CostLineInput input,
                CancellationToken ct) =>
            {
                var line = await costs.SaveAsync(id, null, input, ct);
                return TypedResults.Created($"/api/delegations/{id}/reception/costs/{line.Id}",
                    (await costs.SheetAsync(id, ct))!);
            })
            .WithName("CreateReceptionCostLine").WithSummary("Add a reception cost line")
            .WithDescription("Adds a cost line (creating the delegation's reception plan if it has none) and sets "
                + "the delegation's planned and spent budget from its lines. A line above its norm is saved and "
                + "flagged: the delegation cannot be approved until a leader approves the line. Bad input is a 400 "
                + "naming each field; amounts are whole VND.");

        edit.MapPut("/{lineId:int}", async Task<Ok<CostSheet>> (CostLineService costs, int id, int lineId,
                CostLineInput input, CancellationToken ct) =>
            {
                await costs.SaveAsync(id, lineId, input, ct);
                return TypedResults.Ok((await costs.SheetAsync(id, ct))!);
            })
            .WithName("UpdateReceptionCostLine").WithSummary("Change a reception cost line")
            .WithDescription("Replaces the line (send its version read last: a stale one is a 409) and checks it "
                + "again; changing the amount, kind or level of an approved line clears the approval when the line "
                + "is still above its norm.");

        edit.MapDelete("/{lineId:int}", async Task<Results<NoContent, NotFound>> (CostLineService costs, int id,
                int lineId, CancellationToken ct) =>
                await costs.DeleteAsync(id, lineId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteReceptionCostLine").WithSummary("Remove a reception cost line")
            .WithDescription("Removes the line and sets the delegation's budget from the lines left (none left: "
                + "the budget is empty again, to be entered on the delegation's form).");

        group.MapPost("/{lineId:int}/approve", async Task<Ok<CostSheet>> (CostLineService costs, int id,
                int lineId, CostLineApproval approval, CancellationToken ct) =>
            {
                await costs.ApproveAsync(id, lineId, approval, ct);
                return TypedResults.Ok((await costs.SheetAsync(id, ct))!);
            })
            .RequireAuthorization(Policies.Approve)
            .WithName("ApproveReceptionCostLine").WithSummary("Approve a cost above its norm")
            .WithDescription("A leader approves a cost line above its norm with a reason (required: a 422 naming "
                + "'reason' without one); anyone else is a 403, a line within its norm a 409.");
        return app;
    }
}
