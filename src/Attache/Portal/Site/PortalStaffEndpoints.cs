using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Portal.Site;

/// <summary>The staff API of the province's public site: its profile, its investment opportunities, the figures a
/// leader released and the enquiries sent through the contact form.</summary>
public sealed class PortalStaffEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var profile = app.MapGroup("/api/portal/profile").WithTags("Portal").RequireAuthorization(Policies.Read);
        profile.MapGet("/", async Task<Results<Ok<ProfileDto>, NotFound>> (ProfileService profiles,
                CancellationToken ct) =>
                await profiles.GetAsync(ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetPortalProfile").WithSummary("Get the province's public profile")
            .WithDescription("The public site's address part, default language and the profile's texts per "
                + "language; 404 when the province has no public site yet.");
        profile.MapPut("/", async (ProfileService profiles, ProfileInput input, CancellationToken ct) =>
                TypedResults.Ok(await profiles.SaveAsync(input, ct)))
            .RequireAuthorization(Policies.Write)
            .WithName("SavePortalProfile").WithSummary("Create or replace the province's public profile")
            .WithDescription("Editors and leaders. Sets the address part (lai-chau), the default language and the "
                + "texts per language (name, tagline, about in Markdown); send the version read last. Bad input is a "
                + "400 naming the field, an address another province uses a 409. Evicts the site's cached pages.");

        app.MapRecords<OpportunityService, InvestmentOpportunity, OpportunityQuery, OpportunityRow, OpportunityDto,
            OpportunityInput>(new("/api/portal/opportunities", "Portal", "PortalOpportunity", "PortalOpportunities",
                "an investment opportunity", "investment opportunities")
            {
                List = "A page of the province's investment opportunities, filtered by sector, published flag or text.",
                Get = "One opportunity with its texts per language; 404 when it is not in the province.",
                Create = "Lists an investment opportunity (editors and leaders). Bad input is a 400 naming the field.",
                Update = "Replaces the opportunity; send the version read last (409 when stale).",
                Delete = "Removes the opportunity from the list and from the portal.",
                EditPolicy = Policies.Write,
            });

        var figures = app.MapGroup("/api/portal/figures").WithTags("Portal").RequireAuthorization(Policies.Read);
        figures.MapGet("/", (FigureReleaseService release, [AsParameters] FigureSetQuery query, CancellationToken ct) =>
                release.ListAsync(query, ct))
            .WithName("ListPortalFigureSets").WithSummary("List the released figure sets")
            .WithDescription("The key figures leaders released to the portal, newest first, withdrawn ones "
                + "included (the portal shows the latest that is not withdrawn).");
        figures.MapGet("/{id:int}", async Task<Results<Ok<FigureSetDto>, NotFound>> (FigureReleaseService release,
                int id, CancellationToken ct) =>
                await release.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetPortalFigureSet").WithSummary("Get a released figure set")
            .WithDescription("One released set with its frozen figures; 404 when it is not in the province.");
        figures.MapGet("/candidates/{signedReportId:int}", (FigureReleaseService release, int signedReportId,
                CancellationToken ct) => release.CandidatesAsync(signedReportId, ct))
            .WithName("ListPortalFigureCandidates").WithSummary("List the figures a signed report offers")
            .WithDescription("The figures of the fixed public list that the signed report's summary holds, with "
                + "their values as signed; 404 when the signed report is not in the province.");
        figures.MapPost("/", async (FigureReleaseService release, FigureReleaseInput input, CancellationToken ct) =>
            {
                var set = await release.ReleaseAsync(input, ct);
                return TypedResults.Created($"/api/portal/figures/{set.Id}", set);
            })
            .RequireAuthorization(Policies.Approve)
            .WithName("ReleasePortalFigures").WithSummary("Release key figures of a signed report")
            .WithDescription("Leaders only. Copies the chosen figures (keys from the candidates) of a signed report "
                + "into a frozen set the portal shows with its period and release date. Evicts the site's pages.");
        figures.MapPost("/{id:int}/withdraw", (FigureReleaseService release, int id, CancellationToken ct) =>
                release.WithdrawAsync(id, ct))
            .RequireAuthorization(Policies.Approve)
            .WithName("WithdrawPortalFigures").WithSummary("Withdraw released figures")
            .WithDescription("Leaders only. Takes the set off the portal (the previous set not withdrawn shows "
                + "again); 409 when it is already withdrawn.");

        var enquiries = app.MapGroup("/api/portal/enquiries").WithTags("Portal")
            .RequireAuthorization(Policies.Read).RequireAuthorization(Policies.Enquiries);
        enquiries.MapGet("/", (EnquiryService service, [AsParameters] EnquiryQuery query, CancellationToken ct) =>
                service.ListAsync(query, ct))
            .WithName("ListPortalEnquiries").WithSummary("List the enquiries from the portal")
            .WithDescription("A page of the enquiries sent through the contact form, newest first, filtered by "
                + "status or text.");
        enquiries.MapGet("/{id:int}", async Task<Results<Ok<EnquiryDto>, NotFound>> (EnquiryService service, int id,
                CancellationToken ct) =>
                await service.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetPortalEnquiry").WithSummary("Get an enquiry")
            .WithDescription("One enquiry with its status, the moves allowed from it, notes and officer; 404 when "
                + "it is not in the province. Its history is at /api/audit?entity=enquiry&id={id}.");
        enquiries.MapPut("/{id:int}", (EnquiryService service, int id, EnquiryUpdate input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .WithName("UpdatePortalEnquiry").WithSummary("Follow an enquiry")
            .WithDescription("Moves the status (New → InProgress → Answered → Closed; a refused move is a 409), sets "
                + "the notes and the officer following it; send the version read last.");
        return app;
    }
}
