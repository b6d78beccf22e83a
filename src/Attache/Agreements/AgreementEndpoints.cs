using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

public sealed record TransitionsDto(AgreementStatus Status, IReadOnlyList<AgreementStatus> Allowed);

public sealed class AgreementEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agreements").WithTags("Agreements").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AgreementService agreements, [AsParameters] AgreementQuery query, CancellationToken ct) =>
            agreements.ListAsync(query, ct))
            .WithName("ListAgreements").WithSummary("List agreements")
            .WithDescription("A page of international agreements, filtered by text, kind, status, field, partner, "
                + "country, signing year or expiry.");

        group.MapGet("/{id:int}", async Task<Results<Ok<AgreementDto>, NotFound>> (AgreementService agreements, int id,
            CancellationToken ct) =>
            await agreements.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetAgreement").WithSummary("Get an agreement")
            .WithDescription("One agreement with its fields, partners and allowed transitions; 404 when not in the "
                + "province.");

        group.MapPost("/", async Task<Created<AgreementDto>> (AgreementService agreements, AgreementInput input,
            CancellationToken ct) =>
        {
            var agreement = await agreements.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/agreements/{agreement.Id}",
                (await agreements.GetAsync(agreement.Id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateAgreement").WithSummary("Register an agreement")
            .WithDescription("Registers an agreement (usually a project under consultation). Bad input is a 400 "
                + "problem naming the field.");

        group.MapPut("/{id:int}", async Task<Ok<AgreementDto>> (AgreementService agreements, int id,
            AgreementInput input, CancellationToken ct) =>
        {
            await agreements.SaveAsync(id, input, ct);
            return TypedResults.Ok((await agreements.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdateAgreement").WithSummary("Update an agreement")
            .WithDescription("Replaces the agreement's details; send the version read last. Bad input is a 400 "
                + "problem naming the field; a stale version is a 409.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AgreementService agreements, int id,
            CancellationToken ct) =>
            await agreements.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteAgreement").WithSummary("Delete an agreement")
            .WithDescription("Only a project (proposed, under consultation or withdrawn) may be deleted; a signed "
                + "agreement stays on record (409).");

        group.MapGet("/{id:int}/transitions", async Task<Results<Ok<TransitionsDto>, NotFound>> (
            AgreementService agreements, int id, CancellationToken ct) =>
            await agreements.GetAsync(id, ct) is { } dto
                ? TypedResults.Ok(new TransitionsDto(dto.Status, dto.AllowedTransitions))
                : TypedResults.NotFound())
            .WithName("AgreementTransitions").WithSummary("Allowed status changes")
            .WithDescription("The agreement's status and the statuses it may move to from there.");

        group.MapPost("/{id:int}/transitions", async Task<Ok<AgreementDto>> (AgreementService agreements, int id,
            TransitionInput input, CancellationToken ct) =>
        {
            await agreements.TransitionAsync(id, input, ct);
            return TypedResults.Ok((await agreements.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("MoveAgreement").WithSummary("Change an agreement's status")
            .WithDescription("Moves the agreement along its lifecycle (signed, in force, suspended, terminated, "
                + "expired...); a change the lifecycle does not allow is a 409.");

        MapConsultations(group);
        MapActivities(group);
        group.MapDocuments("agreement", (db, id, ct) => db.Set<Agreement>().AnyAsync(a => a.Id == id, ct));

        group.MapGet("/stats", (AttacheDb db, [AsParameters] AgreementStatsQuery query, CancellationToken ct) =>
            AgreementStats.ComputeAsync(db, query, ct))
            .WithName("AgreementStats").WithSummary("Agreement figures for a period")
            .WithDescription("Agreements signed in [from, to] by kind, field and country, and 'inForce' on "
                + "'inForceOn' (to, else today). " + AgreementDates.InForceRule);
        group.MapGet("/reminders/expiring", (AttacheDb db, [AsParameters] ReminderQuery query, CancellationToken ct) =>
            AgreementFollowUp.ExpiringAsync(db, query, ct))
            .WithName("ExpiringAgreements").WithSummary("Agreements about to expire")
            .WithDescription("Agreements in force whose expiry date falls within the given number of days after the "
                + "given day (default today).");
        group.MapGet("/reminders/inactive", (AttacheDb db, [AsParameters] ReminderQuery query, CancellationToken ct) =>
            AgreementFollowUp.InactiveAsync(db, query, ct))
            .WithName("InactiveAgreements").WithSummary("Agreements without follow-up")
            .WithDescription("Agreements in force with no follow-up activity in the given number of days before the "
                + "given day (default today).");

        var fields = app.MapGroup("/api/agreement-fields").WithTags("Agreements").RequireAuthorization(Policies.Read);
        fields.MapGet("/", (AgreementFieldService fieldList, CancellationToken ct) => fieldList.ListAsync(ct))
            .WithName("ListAgreementFields").WithSummary("List agreement fields")
            .WithDescription("The fields of cooperation an agreement can be filed under, by code with their "
                + "Vietnamese and English names.");
        fields.MapPost("/", async Task<Created<AgreementFieldDto>> (AgreementFieldService fieldList,
            AgreementFieldInput input, CancellationToken ct) =>
        {
            var dto = await fieldList.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/agreement-fields/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Admin)
            .WithName("CreateAgreementField").WithSummary("Create an agreement field")
            .WithDescription("Adds a field of cooperation (administrators only). Bad input is a 400 problem naming "
                + "the field; a taken code is a 409.");
        fields.MapPut("/{id:int}", async Task<Ok<AgreementFieldDto>> (AgreementFieldService fieldList, int id,
            AgreementFieldInput input, CancellationToken ct) =>
            TypedResults.Ok(await fieldList.SaveAsync(id, input, ct))).RequireAuthorization(Policies.Admin)
            .WithName("UpdateAgreementField").WithSummary("Update an agreement field")
            .WithDescription("Renames a field of cooperation or changes its place in lists (administrators only).");

        return app;
    }

    private static void MapConsultations(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/consultations", async Task<Results<Ok<Paged<ConsultationDto>>, NotFound>> (
            AgreementService agreements, AgreementRecordService records, int id, [AsParameters] PageRequest page,
            CancellationToken ct) =>
            await agreements.ExistsAsync(id, ct)
                ? TypedResults.Ok(await records.ConsultationsAsync(id, page, ct))
                : TypedResults.NotFound())
            .WithName("ListAgreementConsultations").WithSummary("List consultations")
            .WithDescription("The consultations held on the agreement (Law on International Agreements 2020), a "
                + "page at a time.");

        group.MapPost("/{id:int}/consultations", async Task<Created<ConsultationDto>> (AgreementRecordService records,
            int id, ConsultationInput input, CancellationToken ct) =>
        {
            var dto = await records.SaveConsultationAsync(id, null, input, ct);
            return TypedResults.Created($"/api/agreements/{id}/consultations/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit)
            .WithName("AddAgreementConsultation").WithSummary("Record a consultation")
            .WithDescription("Records a consultation of a ministry or body on the agreement. Bad input is a 400 "
                + "problem naming the field.");

        group.MapPut("/{id:int}/consultations/{consultationId:int}", async Task<Ok<ConsultationDto>> (
            AgreementRecordService records, int id, int consultationId, ConsultationInput input,
            CancellationToken ct) =>
            TypedResults.Ok(await records.SaveConsultationAsync(id, consultationId, input, ct)))
            .RequireAuthorization(Policies.Edit)
            .WithName("UpdateAgreementConsultation").WithSummary("Update a consultation")
            .WithDescription("Replaces a consultation's details (e.g. the answer received); 404 when the agreement "
                + "has no such consultation; a stale version is a 409.");

        group.MapDelete("/{id:int}/consultations/{consultationId:int}", async Task<Results<NoContent, NotFound>> (
            AgreementRecordService records, int id, int consultationId, CancellationToken ct) =>
            await records.DeleteAsync<AgreementConsultation>(id, consultationId, c => c.AgreementId, ct)
                ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Edit)
            .WithName("DeleteAgreementConsultation").WithSummary("Delete a consultation")
            .WithDescription("Removes a consultation; 404 when the agreement has no such consultation.");
    }

    private static void MapActivities(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/activities", async Task<Results<Ok<Paged<ActivityDto>>, NotFound>> (
            AgreementService agreements, AgreementRecordService records, int id, [AsParameters] PageRequest page,
            CancellationToken ct) =>
            await agreements.ExistsAsync(id, ct)
                ? TypedResults.Ok(await records.ActivitiesAsync(id, page, ct))
                : TypedResults.NotFound())
            .WithName("ListAgreementActivities").WithSummary("List follow-up activities")
            .WithDescription("What was done to carry the agreement out, a page at a time.");

        group.MapPost("/{id:int}/activities", async Task<Created<ActivityDto>> (AgreementRecordService records, int id,
            ActivityInput input, CancellationToken ct) =>
        {
            var dto = await records.SaveActivityAsync(id, null, input, ct);
            return TypedResults.Created($"/api/agreements/{id}/activities/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit)
            .WithName("AddAgreementActivity").WithSummary("Record a follow-up activity")
            .WithDescription("Records an activity carrying the agreement out. Bad input is a 400 problem naming the "
                + "field.");

        group.MapPut("/{id:int}/activities/{activityId:int}", async Task<Ok<ActivityDto>> (
            AgreementRecordService records, int id, int activityId, ActivityInput input, CancellationToken ct) =>
            TypedResults.Ok(await records.SaveActivityAsync(id, activityId, input, ct)))
            .RequireAuthorization(Policies.Edit)
            .WithName("UpdateAgreementActivity").WithSummary("Update a follow-up activity")
            .WithDescription("Replaces an activity's details; 404 when the agreement has no such activity; a stale "
                + "version is a 409.");

        group.MapDelete("/{id:int}/activities/{activityId:int}", async Task<Results<NoContent, NotFound>> (
            AgreementRecordService records, int id, int activityId, CancellationToken ct) =>
            await records.DeleteAsync<AgreementActivity>(id, activityId, a => a.AgreementId, ct)
                ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Edit)
            .WithName("DeleteAgreementActivity").WithSummary("Delete a follow-up activity")
            .WithDescription("Removes an activity; 404 when the agreement has no such activity.");
    }
}
