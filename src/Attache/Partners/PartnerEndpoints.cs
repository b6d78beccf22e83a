using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Partners;

public static class PartnerEndpoints
{
    public static IEndpointRouteBuilder MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/partners").WithTags("Partners").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] PartnerQuery query, CancellationToken ct) =>
            PartnerQueries.ListAsync(db, query, ct));

        group.MapGet("/{id:int}", async Task<Results<Ok<PartnerDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await PartnerQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapPost("/", async Task<Created<PartnerDto>> (AttacheDb db, PartnerInput input, CancellationToken ct) =>
        {
            var partner = await PartnerQueries.SaveAsync(db, null, input, ct);
            var dto = (await PartnerQueries.GetAsync(db, partner.Id, ct))!;
            return TypedResults.Created($"/api/partners/{partner.Id}", dto);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}", async Task<Ok<PartnerDto>> (AttacheDb db, int id, PartnerInput input, CancellationToken ct) =>
        {
            await PartnerQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await PartnerQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await PartnerQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        return app;
    }
}
