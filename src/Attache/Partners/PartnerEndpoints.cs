using Attache.Infrastructure;
using Attache.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Partners;

public sealed class PartnerEndpoints : IEndpoints
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, _) = app.MapRecords<PartnerService, Partner, PartnerQuery, PartnerRow, PartnerDto, PartnerInput>(
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

        group.MapGet("/{id:int}/brief.docx", async Task<Results<FileContentHttpResult, NotFound>> (
            PartnerHistory history, int id, string? lang, CancellationToken ct) =>
        {
            var vi = PlainDocx.Language(lang);
            return await history.BriefAsync(id, vi, ct) is { } brief
                ? TypedResults.File(PartnerBriefDocx.Write(brief, vi), Docx, PartnerBriefDocx.FileName(brief, vi))
                : TypedResults.NotFound();
        })
            .Produces(StatusCodes.Status200OK, contentType: Docx)
            .WithName("GetPartnerBriefDocx").WithSummary("A partner's one-page brief for a meeting (Word)")
            .WithDescription("Who the partner is (names, kind, country, parent, sub-units, contacts), what was signed "
                + "with it (agreements in force, then the others, with their dates), who visited whom (the last "
                + "delegations held each way), its aid projects and what is pending (delegations proposed or "
                + "approved not yet held, agreements expiring within 90 days or past their expiry, overdue outcome "
                + "reports, aid projects past their end date), counting the records of its sub-units too; in "
                + "Vietnamese (lang=vi, the default) or English (lang=en), another language is a 400 naming 'lang'. "
                + "404 when the partner is not in the province.");
        return app;
    }
}
