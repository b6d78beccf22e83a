using System.Text;
using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Borders;

public static class BorderGateEndpoints
{
    public static IEndpointRouteBuilder MapBorderGateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/border-gates").WithTags("Border gates").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] BorderGateQuery query, CancellationToken ct) => BorderGateQueries.ListAsync(db, query, ct));

        group.MapGet("/stats", (AttacheDb db, [AsParameters] BorderStatsQuery query, CancellationToken ct) => BorderStats.ComputeAsync(db, query, ct));

        group.MapGet("/{id:int}", async Task<Results<Ok<BorderGateDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await BorderGateQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapPost("/", async Task<Created<BorderGateDto>> (AttacheDb db, BorderGateInput input, CancellationToken ct) =>
        {
            var gate = await BorderGateQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/border-gates/{gate.Id}", (await BorderGateQueries.GetAsync(db, gate.Id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}", async Task<Ok<BorderGateDto>> (AttacheDb db, int id, BorderGateInput input, CancellationToken ct) =>
        {
            await BorderGateQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await BorderGateQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await BorderGateQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/events", async Task<Results<Ok<Paged<GateEventDto>>, NotFound>> (AttacheDb db, int id,
            [AsParameters] PageRequest page, CancellationToken ct) =>
            await BorderGateQueries.EventsAsync(db, id, page, ct) is { } events ? TypedResults.Ok(events) : TypedResults.NotFound());

        group.MapPost("/{id:int}/events", async Task<Created<GateEventDto>> (AttacheDb db, int id, GateEventInput input, CancellationToken ct) =>
        {
            var e = await BorderGateQueries.AddEventAsync(db, id, input, ct);
            return TypedResults.Created($"/api/border-gates/{id}/events", e);
        }).RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/figures", async Task<Results<Ok<Paged<GateFigureDto>>, NotFound>> (AttacheDb db, int id,
            [AsParameters] GateFigureQuery query, CancellationToken ct) =>
            await GateFigureQueries.ListAsync(db, id, query, ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound());

        group.MapGet("/{id:int}/figures/by-year", async Task<Results<Ok<List<YearRevenue>>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await BorderGateQueries.ExistsAsync(db, id, ct) ? TypedResults.Ok(await GateFigureQueries.ByYearAsync(db, id, ct)) : TypedResults.NotFound());

        group.MapPost("/{id:int}/figures", async Task<Results<Created<GateFigureDto>, Ok<GateFigureDto>>> (AttacheDb db, int id,
            GateFigureInput input, CancellationToken ct) =>
        {
            var (figure, created) = await GateFigureQueries.SaveAsync(db, id, input, ct);
            var dto = (await GateFigureQueries.ListAsync(db, id, new GateFigureQuery { Year = figure.Year, PageSize = 20 }, ct))!.Items
                .Single(f => f.Id == figure.Id);
            return created ? TypedResults.Created($"/api/border-gates/{id}/figures", dto) : TypedResults.Ok(dto);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/figures/{figureId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int figureId,
            CancellationToken ct) =>
            await GateFigureQueries.DeleteAsync(db, id, figureId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapPost("/figures/import", async Task<Ok<FigureImportResult>> (AttacheDb db, IFormFile? file, CancellationToken ct) =>
            TypedResults.Ok(await GateFigureImport.ImportAsync(db, file, ct)))
            .RequireAuthorization(Policies.Edit).DisableAntiforgery();

        group.MapGet("/figures/template.csv", () => TypedResults.File(Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(string.Join(',', GateFigureImport.Columns) + "\nTà Lùng,2025,,120000000.50,95000000,250000000000,350000,42000,Chi cục Hải quan\n"))
            .ToArray(), "text/csv", "gate-figures.csv"));

        group.MapDocuments("borderGate", BorderGateQueries.ExistsAsync);

        var revenue = app.MapGroup("/api/province-revenue").WithTags("Border gates").RequireAuthorization(Policies.Read);
        revenue.MapGet("/", (AttacheDb db, [AsParameters] ProvinceRevenueQuery query, CancellationToken ct) =>
            GateFigureQueries.ProvinceRevenueAsync(db, query, ct));
        revenue.MapPut("/", async (AttacheDb db, ProvinceRevenueInput input, CancellationToken ct) =>
            TypedResults.Ok(await GateFigureQueries.SaveProvinceRevenueAsync(db, input, ct))).RequireAuthorization(Policies.Edit);

        return app;
    }
}
