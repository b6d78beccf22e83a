using Attache.Accounts;
using Attache.Infrastructure;

namespace Attache.Reception;

public sealed class SpendingNormEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (_, edit) = app.MapRecords<SpendingNormService, SpendingNorm, SpendingNormQuery, SpendingNormRow,
            SpendingNormRow, SpendingNormInput>(new("/api/spending-norms", "Reception", "SpendingNorm",
            "SpendingNorms", "a spending norm", "spending norms")
            {
                List = "The province's spending norms for receiving foreign guests (kind: PerGuestPerDay, "
                + "PerBanquetHead, PerGift; guest level: Ministerial, ViceMinisterial, Director, Other), filtered by "
                + "kind, level or the day they apply on ('on'). Amounts are whole VND as decimal strings.",
                Get = "One spending norm with the decision that sets it; 404 when it is not in the province.",
                Create = "Sets a norm (administrator only): kind, guest level, amount per unit in whole VND, the decision "
                + "and its validity. A norm of the same kind and level valid on any of the same days is a 400 "
                + "naming 'validFrom'; bad input is a 400 naming each field.",
                Update = "Changes a norm (administrator only); send the version read last. The cost lines already "
                + "checked keep their flag until they change.",
                Delete = "Removes a norm (administrator only); one a cost line was checked against is a 409: give it an "
                + "end date instead.",
            });
        edit.RequireAuthorization(Policies.Admin);
        return app;
    }
}
