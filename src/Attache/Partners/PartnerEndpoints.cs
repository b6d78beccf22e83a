using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Partners;

public sealed class PartnerEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/partners").WithTags("Partners").RequireAuthorization(Policies.Read);

        group.MapGet("/", (PartnerService partners, [AsParameters] PartnerQuery query, CancellationToken ct) =>
            partners.ListAsync(query, ct))
            .WithName("ListPartners").WithSummary("List partners")
            .WithDescription("A page of the province's foreign partners, filtered by text, kind, country or parent "
                + "and sorted as asked.");

        group.MapGet("/{id:int}", async Task<Results<Ok<PartnerDto>, NotFound>> (PartnerService partners, int id, CancellationToken ct) =>
            await partners.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetPartner").WithSummary("Get a partner")
            .WithDescription("One partner with its localities and contacts; 404 when it does not exist in the "
                + "province.");

        group.MapPost("/", async Task<Created<PartnerDto>> (PartnerService partners, PartnerInput input, CancellationToken ct) =>
        {
            var partner = await partners.SaveAsync(null, input, ct);
            var dto = (await partners.GetAsync(partner.Id, ct))!;
            return TypedResults.Created($"/api/partners/{partner.Id}", dto);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreatePartner").WithSummary("Create a partner")
            .WithDescription("Registers a foreign partner in the province. Bad input is a 400 problem naming the "
                + "field.");

        group.MapPut("/{id:int}", async Task<Ok<PartnerDto>> (PartnerService partners, int id, PartnerInput input, CancellationToken ct) =>
        {
            await partners.SaveAsync(id, input, ct);
            return TypedResults.Ok((await partners.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdatePartner").WithSummary("Update a partner")
            .WithDescription("Replaces the partner's details; send the version read last. Bad input is a 400 "
                + "problem naming the field; a stale version is a 409.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (PartnerService partners, int id, CancellationToken ct) =>
            await partners.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeletePartner").WithSummary("Delete a partner")
            .WithDescription("Removes a partner that no record refers to; a partner still referred to is a 409.");

        return app;
    }
}
