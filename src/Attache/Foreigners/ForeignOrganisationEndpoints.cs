using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

public sealed class ForeignOrganisationEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, edit) = app.MapRecords<ForeignOrganisationService, ForeignOrganisation, ForeignOrganisationQuery,
            ForeignOrganisationRow, ForeignOrganisationDto, ForeignOrganisationInput>(
            new("/api/foreign-organisations", "Foreign organisations", "ForeignOrganisation", "ForeignOrganisations",
                "a foreign organisation", "foreign organisations")
            {
                List = "A page of the foreign organisations working in the province, filtered by text, kind, status, "
                    + "country, a permit ending within 90 days (or ended) and an overdue report.",
                Get = "One organisation with its permit, linked aid projects and periodic reports (overdue: not "
                    + "received after the due day); 404 when it is not in the province.",
                Create = "Registers a foreign organisation. Bad input is a 400 problem naming every bad field; a "
                    + "linked aid project must exist in the province.",
                Update = "Replaces the organisation's details and linked projects; send the version read last. A "
                    + "status change follows Active ↔ Suspended → Closed (409 otherwise); a stale version is a 409.",
                Delete = "Removes the organisation with its reports and project links; 404 when not in the province.",
            });

        edit.MapPost("/{id:int}/reports", async Task<Results<Created<OrganisationReportDto>, NotFound>> (
            ForeignOrganisationService organisations, int id, OrganisationReportInput input, CancellationToken ct) =>
            await organisations.SaveReportAsync(id, null, input, ct) is { } dto
                ? TypedResults.Created($"/api/foreign-organisations/{id}/reports/{dto.Id}", dto)
                : TypedResults.NotFound())
            .WithName("AddForeignOrganisationReport").WithSummary("Add a periodic report")
            .WithDescription("Records a report the organisation owes (title, due day, received day when it came). "
                + "Bad input is a 400 problem naming the field.");

        edit.MapPut("/{id:int}/reports/{reportId:int}", async Task<Results<Ok<OrganisationReportDto>, NotFound>> (
            ForeignOrganisationService organisations, int id, int reportId, OrganisationReportInput input,
            CancellationToken ct) =>
            await organisations.SaveReportAsync(id, reportId, input, ct) is { } dto
                ? TypedResults.Ok(dto)
                : TypedResults.NotFound())
            .WithName("UpdateForeignOrganisationReport").WithSummary("Update a periodic report")
            .WithDescription("Changes a report, typically to record the day it was received; 404 when the "
                + "organisation has no such report.");

        edit.MapDelete("/{id:int}/reports/{reportId:int}", async Task<Results<NoContent, NotFound>> (
            ForeignOrganisationService organisations, int id, int reportId, CancellationToken ct) =>
            await organisations.DeleteReportAsync(id, reportId, ct) ? TypedResults.NoContent()
                : TypedResults.NotFound())
            .WithName("DeleteForeignOrganisationReport").WithSummary("Delete a periodic report")
            .WithDescription("Removes a report; 404 when the organisation has no such report.");

        group.MapDocuments("foreignOrganisation",
            (db, id, ct) => db.Set<ForeignOrganisation>().AnyAsync(o => o.Id == id, ct));
        return app;
    }
}
