using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Consular;

public sealed class BorderHandoverEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, _) = app.MapRecords<BorderHandoverService, BorderHandover, BorderHandoverQuery, BorderHandoverRow,
            BorderHandoverDto, BorderHandoverInput>(new("/api/border-handovers", "Border handovers", "BorderHandover",
            "BorderHandovers", "a border handover", "border handovers")
            {
                List = "A page of the receptions of citizens handed back at the province's border gates, newest first, "
                + "filtered by gate and period [from, to]. Names of the persons only for the consular officers and "
                + "leaders (each read logged).",
                Get = "One handover with its persons where known (identities only for the consular officers and leaders, "
                + "the read logged); 404 when it is not in the province.",
                Create = "Records a handover at a gate of the province's border register. The number of persons is at "
                + "least the persons named; persons are sent only by the consular officers and leaders (403 "
                + "otherwise). Bad input is a 400 problem naming the field.",
                Update = "Replaces the handover's details; send the version read last. A stale version is a 409.",
                Delete = "Removes a handover with its persons; 404 when it does not exist in the province.",
            });

        group.MapGet("/per-gate", (BorderHandoverService handovers, [AsParameters] BorderHandoverQuery query,
            CancellationToken ct) => handovers.PerGateAsync(query, ct))
            .WithName("CountBorderHandoversPerGate").WithSummary("Citizens received per gate")
            .WithDescription("For each gate, the handovers and the persons received, with the list's gate and period "
                + "[from, to] filters (paging ignored).");

        group.MapDocuments("borderHandover", (db, id, ct) => db.Set<BorderHandover>().AnyAsync(h => h.Id == id, ct));
        return app;
    }
}
