using System.Security.Claims;
using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Agreements;

public sealed record TransitionsDto(AgreementStatus Status, IReadOnlyList<AgreementStatus> Allowed);

public static class AgreementEndpoints
{
    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agreements").WithTags("Agreements").RequireAuthorization(Policies.Read);

        group.MapGet("/", (AttacheDb db, [AsParameters] AgreementQuery query, CancellationToken ct) =>
            AgreementQueries.ListAsync(db, query, ct));

        group.MapGet("/{id:int}", async Task<Results<Ok<AgreementDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await AgreementQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        group.MapPost("/", async Task<Created<AgreementDto>> (AttacheDb db, AgreementInput input, CancellationToken ct) =>
        {
            var agreement = await AgreementQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/agreements/{agreement.Id}", (await AgreementQueries.GetAsync(db, agreement.Id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}", async Task<Ok<AgreementDto>> (AttacheDb db, int id, AgreementInput input, CancellationToken ct) =>
        {
            await AgreementQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await AgreementQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await AgreementQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        group.MapGet("/{id:int}/transitions", async Task<Results<Ok<TransitionsDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await AgreementQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(new TransitionsDto(dto.Status, dto.AllowedTransitions)) : TypedResults.NotFound());

        group.MapPost("/{id:int}/transitions", async Task<Ok<AgreementDto>> (AttacheDb db, ClaimsPrincipal user, int id, TransitionInput input,
            CancellationToken ct) =>
        {
            await AgreementLifecycle.TransitionAsync(db, id, input, user, ct);
            return TypedResults.Ok((await AgreementQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        MapConsultations(group);
        MapActivities(group);
        group.MapDocuments("agreement", AgreementQueries.ExistsAsync);

        group.MapGet("/stats", (AttacheDb db, [AsParameters] AgreementStatsQuery query, CancellationToken ct) =>
            AgreementStats.ComputeAsync(db, query, ct))
            .WithDescription("Agreements signed in [from, to] by kind, field and country, and 'inForce' on 'inForceOn' (to, " +
                "else today). " + AgreementDates.InForceRule);
        group.MapGet("/reminders/expiring", (AttacheDb db, [AsParameters] ReminderQuery query, CancellationToken ct) =>
            AgreementFollowUp.ExpiringAsync(db, query, ct));
        group.MapGet("/reminders/inactive", (AttacheDb db, [AsParameters] ReminderQuery query, CancellationToken ct) =>
            AgreementFollowUp.InactiveAsync(db, query, ct));

        var fields = app.MapGroup("/api/agreement-fields").WithTags("Agreements").RequireAuthorization(Policies.Read);
        fields.MapGet("/", (AttacheDb db, CancellationToken ct) => AgreementFields.ListAsync(db, ct));
        fields.MapPost("/", async Task<Created<AgreementFieldDto>> (AttacheDb db, AgreementFieldInput input, CancellationToken ct) =>
        {
            var dto = await AgreementFields.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/agreement-fields/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Admin);
        fields.MapPut("/{id:int}", async Task<Ok<AgreementFieldDto>> (AttacheDb db, int id, AgreementFieldInput input, CancellationToken ct) =>
            TypedResults.Ok(await AgreementFields.SaveAsync(db, id, input, ct))).RequireAuthorization(Policies.Admin);

        return app;
    }

    private static void MapConsultations(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/consultations", async Task<Results<Ok<Paged<ConsultationDto>>, NotFound>> (AttacheDb db, int id,
            [AsParameters] PageRequest page, CancellationToken ct) =>
            await AgreementQueries.ExistsAsync(db, id, ct) ? TypedResults.Ok(await AgreementFollowUp.ConsultationsAsync(db, id, page, ct)) : TypedResults.NotFound());

        group.MapPost("/{id:int}/consultations", async Task<Created<ConsultationDto>> (AttacheDb db, int id, ConsultationInput input, CancellationToken ct) =>
        {
            var dto = await AgreementFollowUp.SaveConsultationAsync(db, id, null, input, ct);
            return TypedResults.Created($"/api/agreements/{id}/consultations/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}/consultations/{consultationId:int}", async Task<Ok<ConsultationDto>> (AttacheDb db, int id, int consultationId,
            ConsultationInput input, CancellationToken ct) =>
            TypedResults.Ok(await AgreementFollowUp.SaveConsultationAsync(db, id, consultationId, input, ct))).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/consultations/{consultationId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id,
            int consultationId, CancellationToken ct) =>
            await AgreementFollowUp.DeleteChildAsync<AgreementConsultation>(db, id, consultationId, c => c.AgreementId, ct)
                ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Edit);
    }

    private static void MapActivities(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/activities", async Task<Results<Ok<Paged<ActivityDto>>, NotFound>> (AttacheDb db, int id,
            [AsParameters] PageRequest page, CancellationToken ct) =>
            await AgreementQueries.ExistsAsync(db, id, ct) ? TypedResults.Ok(await AgreementFollowUp.ActivitiesAsync(db, id, page, ct)) : TypedResults.NotFound());

        group.MapPost("/{id:int}/activities", async Task<Created<ActivityDto>> (AttacheDb db, int id, ActivityInput input, CancellationToken ct) =>
        {
            var dto = await AgreementFollowUp.SaveActivityAsync(db, id, null, input, ct);
            return TypedResults.Created($"/api/agreements/{id}/activities/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit);

        group.MapPut("/{id:int}/activities/{activityId:int}", async Task<Ok<ActivityDto>> (AttacheDb db, int id, int activityId,
            ActivityInput input, CancellationToken ct) =>
            TypedResults.Ok(await AgreementFollowUp.SaveActivityAsync(db, id, activityId, input, ct))).RequireAuthorization(Policies.Edit);

        group.MapDelete("/{id:int}/activities/{activityId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id,
            int activityId, CancellationToken ct) =>
            await AgreementFollowUp.DeleteChildAsync<AgreementActivity>(db, id, activityId, a => a.AgreementId, ct)
                ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(Policies.Edit);
    }
}
