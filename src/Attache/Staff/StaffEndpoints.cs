using Attache.Infrastructure;

namespace Attache.Staff;

public sealed class StaffEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (read, _) = app.MapRecords<StaffService, StaffMember, StaffQuery, StaffRow, StaffDto, StaffInput>(
            new("/api/staff", "Staff", "StaffMember", "Staff", "a staff member", "the staff roster")
            {
                List = "A page of the department's people by name, filtered by text, language (ISO 639-1), "
                    + "interpreter or not, and active or not; each row with its languages, best level first.",
                Get = "One staff member with languages, trainings and linked account; 404 when not in the province.",
                Create = "Adds a person to the roster, with languages and trainings. " + LanguageLevels.Rule
                    + " The account, when given, is one of the province not linked to another member. Bad input is "
                    + "a 400 problem naming every bad field at once.",
                Update = "Replaces the member's details and lists: a language or training naming its id is changed, "
                    + "one without an id added, one left out removed; send the member's version read last (a stale "
                    + "version is a 409, and a change of the lists alone raises it too). " + LanguageLevels.Rule,
                Delete = "Removes a staff member with languages and trainings; one who interprets or sits at a "
                    + "reception is a 409 (mark them inactive instead).",
            });

        read.MapGet("/interpreters", (StaffService staff, string? language, CancellationToken ct) =>
                staff.InterpretersAsync(language, ct))
            .WithName("ListInterpreters").WithSummary("Active interpreters of a language")
            .WithDescription("The province's active staff members marked as interpreters who speak the language "
                + "(ISO 639-1, required: ?language=ko), with their level on its scale and its rank (1 = the scale's "
                + "lowest level), best first. What a reception item's interpreter is chosen from.");

        read.MapGet("/coverage", (StaffService staff, CancellationToken ct) => staff.CoverageAsync(ct))
            .WithName("StaffLanguageCoverage").WithSummary("The department's language coverage")
            .WithDescription(StaffCoverage.Rule);
        return app;
    }
}
