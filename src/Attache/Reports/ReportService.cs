using Attache.Accounts;
using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Provinces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Reports;

/// <summary>The period report for the signed-in user: the API, the report page, the records page and signing read
/// the request and make the summary here. A holder of the National policy names the province (or "all"); anyone
/// else reports on their own province.</summary>
public sealed class ReportService(AttacheDb db, CurrentUser user, IOptions<DelegationOptions> delegations)
    : IFeatureService
{
    public Task<bool> IsNationalAsync() => user.MayAsync(Policies.National);

    /// <summary>Reads and checks the query (400 naming the field when it is wrong).</summary>
    public async Task<ReportRequest> RequestAsync(ReportQuery query) =>
        ReportRequest.Read(query, await IsNationalAsync(), db.Tenant) with
        {
            ReportDueDays = delegations.Value.ReportDueDays,
        };

    public Task<PeriodSummary> SummaryAsync(ReportRequest request, CancellationToken ct) =>
        ReportQueries.SummaryAsync(db, request, ct);

    public async Task<(ReportRequest Request, PeriodSummary Summary)> BuildAsync(ReportQuery query,
        CancellationToken ct)
    {
        var request = await RequestAsync(query);
        return (request, await SummaryAsync(request, ct));
    }

    /// <summary>The provinces a national user chooses from.</summary>
    public Task<List<Province>> ProvincesAsync(CancellationToken ct) =>
        db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);

    public DateOnly Today => db.Clock.TodayInVietnam();

    /// <summary>Makes the report of the period (without comparison) and returns one section's records.</summary>
    public async Task<SectionRecords> RecordsAsync(ReportQuery query, string? section, CancellationToken ct)
    {
        if (!Enum.TryParse<ReportSection>(section, ignoreCase: true, out var which) || !Enum.IsDefined(which)
            || section!.Any(char.IsDigit))
        {
            throw ProblemException.Validation("section",
                    $"Name a section of the report: {string.Join(", ", Enum.GetNames<ReportSection>())}.")
                .Localized("Name a section of the report.");
        }

        var request = await RequestAsync(query) with { CompareFrom = null, CompareTo = null };
        var summary = await SummaryAsync(request, ct);
        return summary.Records.FirstOrDefault(r => r.Section == which)
            ?? throw ProblemException.Validation("section",
                    $"The report lists no records for the section {which}: its figures are counts only.")
                .Localized("The report lists no records for this section: its figures are counts only.");
    }
}
