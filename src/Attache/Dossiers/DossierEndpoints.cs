using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Dossiers;

public sealed class DossierEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, edit) = app.MapRecords<DossierService, Dossier, DossierQuery, DossierRow, DossierDto,
            DossierInput>(new("/api/dossiers", "Dossiers", "Dossier", "Dossiers", "a dossier", "dossiers")
            {
                List = "A page of the province's consular and administrative dossiers (Abtc, ConsularCertification, "
                + "ConsularLegalisation, Nationality), filtered by text, kind, status, deadline (week: due from "
                + "today to Sunday and not handled; overdue: past its due day and not handled) or renewal (ABTC "
                + "cards expiring within 90 days). Applicants are counted, never named.",
                Get = "One dossier with its applicants: names and identity numbers only for consular officers and "
                + "leaders (the read is logged), anonymised for everyone else; 404 when not in the province.",
                Create = "Registers a dossier; its due day is the receipt plus the working days allowed, weekends and "
                + "the public holidays of /api/holidays excluded. " + DossierRules.DefaultsText + " A nationality "
                + "dossier needs its matter; only ABTC has a card, only nationality an opinion. Applicants may be "
                + "sent only by consular officers and leaders (403). Bad input is a 400 problem naming the field.",
                Update = "Replaces the dossier's details and recomputes its due day; send the version read last. Bad "
                + "input is a 400 problem naming the field; a stale version is a 409.",
                Delete = "Removes a dossier with its applicants; 404 when it does not exist in the province.",
            });

        edit.MapPost("/{id:int}/status", async Task<Ok<DossierDto>> (DossierService dossiers, int id,
            DossierMove move, CancellationToken ct) =>
        {
            await dossiers.MoveAsync(id, move, ct);
            return TypedResults.Ok((await dossiers.GetAsync(id, ct))!);
        })
            .WithName("MoveDossier").WithSummary("Move a dossier along its lifecycle")
            .WithDescription("Received, Checking, Forwarded, Result, Returned, one step at a time; a move the "
                + "lifecycle does not allow is a 409. Returning sets the day it was handed back ('on', default "
                + "today), which decides whether it was handled within its deadline.");

        group.MapDocuments("dossier", (db, id, ct) => db.Set<Dossier>().AnyAsync(d => d.Id == id, ct));
        return app;
    }
}
