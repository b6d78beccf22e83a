using Attache.Accounts;
using Attache.Agreements;
using Attache.Aid;
using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Twinnings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Reports;

public sealed class ReportEndpoints : IEndpoints
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Read);

        group.MapGet("/summary", async Task<Ok<PeriodSummary>> (ReportService reports,
                [AsParameters] ReportQuery query, CancellationToken ct) =>
            TypedResults.Ok((await reports.BuildAsync(query, ct)).Summary))
            .WithName("ReportSummary").WithSummary("The period report (JSON)")
            .WithDescription(FigureRules);

        group.MapGet("/summary.docx", async Task<FileContentHttpResult> (ReportService reports,
            [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await reports.BuildAsync(query, ct);
            return TypedResults.File(ReportFiles.Docx(summary, request), Docx, FileName(summary, request, "docx"));
        })
            .WithName("ReportSummaryDocx").WithSummary("The period report (Word)")
            .WithDescription("The period report as an administrative document (Decree 30/2020) in Vietnamese or "
                + "English.");

        group.MapGet("/summary.xlsx", async Task<FileContentHttpResult> (ReportService reports,
            [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await reports.BuildAsync(query, ct);
            return TypedResults.File(ReportFiles.Xlsx(summary, request), Xlsx, FileName(summary, request, "xlsx"));
        })
            .WithName("ReportSummaryXlsx").WithSummary("The period report (Excel)")
            .WithDescription("The period report's figures, one sheet per section.");

        group.MapGet("/summary.pdf", async Task<FileContentHttpResult> (ReportService reports,
            [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await reports.BuildAsync(query, ct);
            return TypedResults.File(ReportFiles.Pdf(summary, request), Pdf, FileName(summary, request, "pdf"));
        })
            .WithName("ReportSummaryPdf").WithSummary("The period report (PDF)")
            .WithDescription("The period report as a PDF, the same document as the Word file.");

        return app;
    }

    /// <summary>What each figure of the summary means, as the features define it (issue 9).</summary>
    public const string FigureRules =
        "The period summary of one province (or 'all'). Each figure follows the rule of the feature that owns it. " +
        "Delegations: " + DelegationCounting.TookPlaceRule + " " +
        "Agreements: 'signed' counts those signed in the period; 'inForce' those in force on the period's last day. " +
        AgreementDates.InForceRule + " " +
        "Twinnings: 'signedInPeriod' counts those signed in the period; 'active' those active on its last day. " +
        TwinningCounting.ActiveRule + " " +
        "Aid: projects running in the period. " + AidMoney.ConversionRule + " 'aid.complete' and 'aid.missingRates' " +
        "say what is left out. Warnings count the statuses the dates contradict today: " +
        AidProjectDates.PastEndRule + " " + WorkerDates.PastReturnRule + " " + DelegationCounting.ReportOverdueRule +
        " " + ReceptionStats.Rules + " Records lists the records behind each section's figures.";

    /// <summary>"bao-cao-VN-04-2020-2025.docx" / "report-VN-04-2020-2025.docx": ASCII, so every browser keeps
    /// it.</summary>
    public static string FileName(PeriodSummary s, ReportRequest request, string extension) =>
        $"{(request.Vietnamese ? "bao-cao" : "report")}-{s.Province}-{s.From:yyyy}-{s.To:yyyy}.{extension}";
}
