using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Reception;

/// <summary>The reception plan under its delegation: the plan, the members' import, seating plans and the
/// documents for the leader who receives.</summary>
public sealed class ReceptionEndpoints : IEndpoints
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/delegations/{id:int}/reception").WithTags("Reception")
            .RequireAuthorization(Policies.Read);

        group.MapGet("/", async Task<Results<Ok<ReceptionDto>, NotFound>> (ReceptionService reception, int id,
            CancellationToken ct) =>
            await reception.GetAsync(id, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .WithName("GetReceptionPlan").WithSummary("Get the reception plan of a delegation")
            .WithDescription("Both sides' people in order of precedence (" + Precedence.Rule + "), the items with "
                + "their interpreters and seating, the talking points. An empty plan (version 0) when none is "
                + "saved yet; 404 when the delegation is not in the province.");

        group.MapPut("/", async Task<Ok<ReceptionDto>> (ReceptionService reception, int id, ReceptionInput input,
            CancellationToken ct) => TypedResults.Ok(await reception.SaveAsync(id, input, ct)))
            .RequireAuthorization(Policies.Edit)
            .WithName("SaveReceptionPlan").WithSummary("Save the reception plan")
            .WithDescription("Replaces the plan: people and items with an id are updated, without one added, left "
                + "out removed; send the version read last (not needed for the first save). A rank left out follows "
                + "from the title. An item's interpreter must be an active interpreter of the roster speaking its "
                + "language (400 naming interpreterId); the same interpreter at two items of the province whose "
                + "times overlap on the same date is refused with a 409 naming interpreterId and the other item.");

        group.MapPost("/participants/import", async Task<Ok<ReceptionDto>> (ReceptionService reception, int id,
            CancellationToken ct) => TypedResults.Ok(await reception.ImportMembersAsync(id, ct)))
            .RequireAuthorization(Policies.Edit)
            .WithName("ImportReceptionParticipants").WithSummary("Import the delegation's members")
            .WithDescription("Adds the members of the delegation not yet in the plan, in one step: on the guests' "
                + "side for an inbound delegation, the hosts' for an outbound one; ranks from their titles, the "
                + "head of the delegation as head.");

        group.MapDelete("/participants/{participantId:int}", async Task<Results<NoContent, NotFound>> (
            ReceptionService reception, int id, int participantId, CancellationToken ct) =>
            await reception.DeleteParticipantAsync(id, participantId, ct) ? TypedResults.NoContent()
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteReceptionParticipant").WithSummary("Remove a person from the reception plan")
            .WithDescription("Removes one person of either side with their seats at every item's seating plan; the "
                + "others keep their seats, and the order of precedence closes up. The delegation's member list is "
                + "not changed. Recorded in the delegation's history; 404 when the plan has no such person.");

        group.MapDelete("/items/{itemId:int}", async Task<Results<NoContent, NotFound>> (ReceptionService reception,
            int id, int itemId, CancellationToken ct) =>
            await reception.DeleteItemAsync(id, itemId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteReceptionItem").WithSummary("Remove a talk, banquet or visit from the reception plan")
            .WithDescription("Removes the item with its interpreter and its whole seating plan. Recorded in the "
                + "delegation's history; 404 when the plan has no such item.");

        group.MapPost("/items/{itemId:int}/seating", async Task<Ok<ReceptionDto>> (ReceptionService reception,
            int id, int itemId, SeatingRequest request, CancellationToken ct) =>
            TypedResults.Ok(await reception.GenerateSeatingAsync(id, itemId, request, ct)))
            .RequireAuthorization(Policies.Edit)
            .WithName("GenerateReceptionSeating").WithSummary("Generate the seating plan of an item")
            .WithDescription("Seats both sides by protocol from the order of precedence, replacing the item's "
                + "seating. " + SeatingPlanner.Rules + " 404 when the item is not in the plan.");

        group.MapPut("/items/{itemId:int}/seating", async Task<Ok<ReceptionDto>> (ReceptionService reception,
            int id, int itemId, SeatingInput input, CancellationToken ct) =>
            TypedResults.Ok(await reception.EditSeatingAsync(id, itemId, input, ct)))
            .RequireAuthorization(Policies.Edit)
            .WithName("EditReceptionSeating").WithSummary("Edit the seating plan of an item")
            .WithDescription("Replaces the seats by hand (a person moved, two swapped); send the item's version. "
                + "Each seat within the tables generated, each person once (400 naming the seat); 409 before the "
                + "seating is generated.");

        group.MapGet("/items/{itemId:int}/seating.docx", async Task<FileContentHttpResult> (
            ReceptionDocuments documents, int id, int itemId, string? lang, CancellationToken ct) =>
        {
            var (bytes, name) = await documents.SeatingAsync(id, itemId, ReceptionDocuments.Language(lang), ct);
            return TypedResults.File(bytes, Docx, name);
        })
            .WithName("ReceptionSeatingDocx").WithSummary("The seating plan of an item (Word)")
            .WithDescription("The seating plan drawn as tables, with the list of seats in order of precedence, in "
                + "Vietnamese (lang=vi, the default) or English (lang=en).");

        group.MapGet("/briefing.docx", async Task<FileContentHttpResult> (ReceptionDocuments documents, int id,
            string? lang, CancellationToken ct) =>
        {
            var (bytes, name) = await documents.BriefingAsync(id, ReceptionDocuments.Language(lang), ct);
            return TypedResults.File(bytes, Docx, name);
        })
            .WithName("ReceptionBriefingDocx").WithSummary("The briefing pack for the leader who receives (Word)")
            .WithDescription("One document: the delegation, the partner's history (agreements signed, previous "
                + "delegations), the programme, both sides in order of precedence, the seating of each item, the "
                + "talking points, the interpreters and the gifts given and received; all in Vietnamese (lang=vi, the default) or English "
                + "(lang=en).");

        return app;
    }
}
