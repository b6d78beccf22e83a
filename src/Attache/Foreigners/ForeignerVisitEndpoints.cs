using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

public sealed class ForeignerVisitEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, _) = app.MapRecords<ForeignerVisitService, ForeignerVisit, ForeignerVisitQuery, ForeignerVisitRow,
            ForeignerVisitDto, ForeignerVisitInput>(
            new("/api/foreigner-visits", "Foreigners' visits", "ForeignerVisit", "ForeignerVisits",
                "a foreigners' visit", "foreigners' visits")
            {
                List = "A page of the foreigners' reporting and working visits, the latest first, filtered by text, "
                    + "purpose, country and period. Visitors are counted, never named.",
                Get = "One visit; its visitors are named only for a consular officer or a leader, and that reading "
                    + "is logged. 404 when it is not in the province.",
                Create = "Records a visit. Bad input is a 400 problem naming every bad field (the end not before the "
                    + "start; the delegation or event must exist in the province). Sending persons needs the right "
                    + "to see them (403 otherwise).",
                Update = "Replaces the visit's details; persons left out (null) stay as they are. Send the version "
                    + "read last; a stale version is a 409.",
                Delete = "Removes the visit with its visitors; 404 when not in the province.",
            });
        group.MapDocuments("foreignerVisit", (db, id, ct) => db.Set<ForeignerVisit>().AnyAsync(v => v.Id == id, ct));
        return app;
    }
}
