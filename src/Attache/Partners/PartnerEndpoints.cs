using Attache.Infrastructure;

namespace Attache.Partners;

public sealed class PartnerEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapRecords<PartnerService, Partner, PartnerQuery, PartnerRow, PartnerDto, PartnerInput>(
            new("/api/partners", "Partners", "Partner", "Partners", "a partner", "partners")
            {
                List = "A page of the province's foreign partners, filtered by text, kind, country or parent "
                    + "and sorted as asked.",
                Get = "One partner with its localities and contacts; 404 when it does not exist in the province.",
                Create = "Registers a foreign partner in the province. Bad input is a 400 problem naming the field.",
                Update = "Replaces the partner's details; send the version read last. Bad input is a 400 "
                    + "problem naming the field; a stale version is a 409.",
                Delete = "Removes a partner that no record refers to; a partner still referred to is a 409.",
            });
        return app;
    }
}
