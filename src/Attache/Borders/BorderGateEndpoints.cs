using System.Text;
using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Borders;

public sealed class BorderGateEndpoints : IEndpoints
{
    private const string TemplateExample =
        "Tà Lùng,2025,,120000000.50,95000000,250000000000,350000,42000,Chi cục Hải quan";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/border-gates").WithTags("Border gates").RequireAuthorization(Policies.Read);

        group.MapGet("/", (BorderGateService gates, [AsParameters] BorderGateQuery query, CancellationToken ct) =>
            gates.ListAsync(query, ct))
            .WithName("ListBorderGates").WithSummary("List border gates")
            .WithDescription("A page of the province's border-gate pairs, filtered by text, type or neighbouring "
                + "country.");

        group.MapGet("/stats", (GateFigureService figures, [AsParameters] BorderStatsQuery query,
            CancellationToken ct) => figures.StatsAsync(query, ct))
            .WithName("BorderStats").WithSummary("Border figures for a period")
            .WithDescription("Gate counts by type and state, and the period's revenue and traffic, optionally "
                + "against a comparison period.");

        group.MapGet("/{id:int}", async Task<Results<Ok<BorderGateDto>, NotFound>> (BorderGateService gates, int id,
            CancellationToken ct) =>
            await gates.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetBorderGate").WithSummary("Get a border gate")
            .WithDescription("One gate pair with its current legal state; 404 when not in the province.");

        group.MapPost("/", async Task<Created<BorderGateDto>> (BorderGateService gates, BorderGateInput input,
            CancellationToken ct) =>
        {
            var gate = await gates.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/border-gates/{gate.Id}", (await gates.GetAsync(gate.Id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateBorderGate").WithSummary("Create a border gate")
            .WithDescription("Registers a gate pair. Bad input is a 400 problem naming the field.");

        group.MapPut("/{id:int}", async Task<Ok<BorderGateDto>> (BorderGateService gates, int id, BorderGateInput input,
            CancellationToken ct) =>
        {
            await gates.SaveAsync(id, input, ct);
            return TypedResults.Ok((await gates.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdateBorderGate").WithSummary("Update a border gate")
            .WithDescription("Replaces the gate's details; send the version read last. Bad input is a 400 problem "
                + "naming the field; a stale version is a 409.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (BorderGateService gates, int id,
            CancellationToken ct) =>
            await gates.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteBorderGate").WithSummary("Delete a border gate")
            .WithDescription("Removes a gate pair with its routes and legal history; a gate that still has figures "
                + "is a 409.");

        group.MapGet("/{id:int}/events", async Task<Results<Ok<Paged<GateEventDto>>, NotFound>> (
            BorderGateService gates, int id, [AsParameters] PageRequest page, CancellationToken ct) =>
            await gates.EventsAsync(id, page, ct) is { } events ? TypedResults.Ok(events) : TypedResults.NotFound())
            .WithName("ListBorderGateEvents").WithSummary("List a gate's legal history")
            .WithDescription("The gate's legal steps (opening, upgrade, suspension, reopening...) in date order, a "
                + "page at a time.");

        group.MapPost("/{id:int}/events", async Task<Created<GateEventDto>> (BorderGateService gates, int id,
            GateEventInput input, CancellationToken ct) =>
        {
            var step = await gates.AddEventAsync(id, input, ct);
            return TypedResults.Created($"/api/border-gates/{id}/events", step);
        }).RequireAuthorization(Policies.Edit)
            .WithName("AddBorderGateEvent").WithSummary("Record a legal step")
            .WithDescription("Records a step of the gate's legal history; a step that does not follow (a closed "
                + "gate upgraded) is a 400.");

        group.MapGet("/{id:int}/figures", async Task<Results<Ok<Paged<GateFigureDto>>, NotFound>> (
            GateFigureService figures, int id, [AsParameters] GateFigureQuery query, CancellationToken ct) =>
            await figures.ListAsync(id, query, ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound())
            .WithName("ListGateFigures").WithSummary("List a gate's figures")
            .WithDescription("The gate's monthly or yearly figures (revenue, turnover, people, vehicles), a page at "
                + "a time.");

        group.MapGet("/{id:int}/figures/by-year", async Task<Results<Ok<List<YearRevenue>>, NotFound>> (
            BorderGateService gates, GateFigureService figures, int id, CancellationToken ct) =>
            await gates.ExistsAsync(id, ct)
                ? TypedResults.Ok(await figures.ByYearAsync(id, ct))
                : TypedResults.NotFound())
            .WithName("GateFiguresByYear").WithSummary("A gate's figures by year")
            .WithDescription("State revenue and turnover per calendar year, summed in the database.");

        group.MapPost("/{id:int}/figures", async Task<Results<Created<GateFigureDto>, Ok<GateFigureDto>>> (
            GateFigureService figures, int id, GateFigureInput input, CancellationToken ct) =>
        {
            var (figure, created) = await figures.SaveAsync(id, input, ct);
            var year = new GateFigureQuery { Year = figure.Year, PageSize = 20 };
            var dto = (await figures.ListAsync(id, year, ct))!.Items.Single(f => f.Id == figure.Id);
            return created ? TypedResults.Created($"/api/border-gates/{id}/figures", dto) : TypedResults.Ok(dto);
        }).RequireAuthorization(Policies.Edit)
            .WithName("SaveGateFigure").WithSummary("Enter a gate figure")
            .WithDescription("Creates (201) or replaces (200) the gate's figure for a month or a year; a year is "
                + "entered yearly or monthly, never both (400).");

        group.MapDelete("/{id:int}/figures/{figureId:int}", async Task<Results<NoContent, NotFound>> (
            GateFigureService figures, int id, int figureId, CancellationToken ct) =>
            await figures.DeleteAsync(id, figureId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteGateFigure").WithSummary("Delete a gate figure")
            .WithDescription("Removes a figure; 404 when the gate has no such figure.");

        group.MapPost("/figures/import", async Task<Ok<FigureImportResult>> (GateFigureImport import, IFormFile? file,
            CancellationToken ct) => TypedResults.Ok(await import.ImportAsync(file, ct)))
            .RequireAuthorization(Policies.Edit).DisableAntiforgery()
            .WithName("ImportGateFigures").WithSummary("Import gate figures")
            .WithDescription("Imports figures from a CSV or xlsx file (multipart field 'file', columns as in the "
                + "template). Every row is checked first; one bad row refuses the whole file with a 400 "
                + "naming it.");

        group.MapGet("/figures/template.csv", () => TypedResults.File(Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(string.Join(',', GateFigureImport.Columns) + "\n" + TemplateExample + "\n"))
            .ToArray(), "text/csv", "gate-figures.csv"))
            .WithName("GateFigureTemplate").WithSummary("Gate-figure import template")
            .WithDescription("A CSV with the import's columns and one example row.");

        group.MapDocuments("borderGate", BorderGateService.Exists);

        var revenue = app.MapGroup("/api/province-revenue").WithTags("Border gates")
            .RequireAuthorization(Policies.Read);
        revenue.MapGet("/", (GateFigureService figures, [AsParameters] ProvinceRevenueQuery query,
            CancellationToken ct) => figures.ProvinceRevenueAsync(query, ct))
            .WithName("ListProvinceRevenue").WithSummary("List the province's revenue")
            .WithDescription("The province's total state revenue from border trade per period, a page at a time.");
        revenue.MapPut("/", async (GateFigureService figures, ProvinceRevenueInput input, CancellationToken ct) =>
            TypedResults.Ok(await figures.SaveProvinceRevenueAsync(input, ct)))
            .RequireAuthorization(Policies.Edit)
            .WithName("SaveProvinceRevenue").WithSummary("Enter the province's revenue")
            .WithDescription("Creates or replaces the province's revenue for a period. Bad input is a 400 problem "
                + "naming the field.");

        return app;
    }
}
