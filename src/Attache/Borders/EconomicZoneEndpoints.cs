using Attache.Accounts;
using Attache.Infrastructure;

namespace Attache.Borders;

public sealed class EconomicZoneEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapRecords<EconomicZoneService, EconomicZone, EconomicZoneQuery, EconomicZoneRow, EconomicZoneDto,
            EconomicZoneInput>(
            new("/api/economic-zones", "Economic zones", "EconomicZone", "EconomicZones", "an economic zone",
                "economic zones")
            {
                List = "A page of the province's economic zones (border-gate economic zones, industrial parks...), "
                    + "filtered by text or kind and sorted as asked.",
                Get = "One economic zone with the border gates it contains; 404 when it is not in the province.",
                Create = "Registers an economic zone of the province and the province's border gates it contains. "
                    + "Bad input is a 400 problem naming every bad field; a gate of another province is a 400.",
                Update = "Replaces the zone's details and gates; send the version read last. Bad input is a 400 "
                    + "problem naming the field; a stale version is a 409.",
                Delete = "Removes an economic zone (its gates stay in the border register); the public province "
                    + "page no longer shows it.",
                EditPolicy = Policies.Edit,
            });
        return app;
    }
}
