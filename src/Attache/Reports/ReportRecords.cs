using System.Globalization;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Reports;

/// <summary>The records behind a section's figures, exactly as the report computes them (the report's own
/// <see cref="SectionRecords"/>), so that every figure leads to the records it counts.</summary>
public sealed class ReportRecords : IEndpoints
{
    /// <summary>Per section of the summary (its JSON name), the API address that lists the records behind its
    /// figures.</summary>
    public static IReadOnlyDictionary<string, string> DrillThrough(string province, DateOnly from, DateOnly to,
        IEnumerable<ReportSection> sections) =>
        sections.Distinct().ToDictionary(s => JsonName(s), s => "/api" + Path(s, province, from, to));

    /// <summary>The records view of a section on the staff pages.</summary>
    public static string PagePath(ReportSection section, string province, DateOnly from, DateOnly to) =>
        Path(section, province, from, to);

    private static string Path(ReportSection section, string province, DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/reports/records?section={section}&province={province}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

    private static string JsonName(ReportSection section) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(section.ToString());

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/records", async Task<Ok<SectionRecords>> (ReportService reports, string? section,
                [AsParameters] ReportQuery query, CancellationToken ct) =>
            TypedResults.Ok(await reports.RecordsAsync(query, section, ct)))
            .WithTags("Reports").RequireAuthorization(Policies.Read)
            .WithName("GetReportRecords")
            .WithSummary("The records behind one section of the period report")
            .WithDescription("The same records the report counts for the section (Partners, Delegations, Agreements, "
                + "Aid, Borders, Twinnings, Events, Labour, Consular: counts per record, never a name), for the period from..to of the province; the summary's "
                + "`drillThrough` names this address with its query for each section.");
        return app;
    }
}
