using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Reports;

public static class ReportEndpoints
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Read);

        group.MapGet("/summary", async Task<Ok<PeriodSummary>> (HttpContext http, AttacheDb db, [AsParameters] ReportQuery query, CancellationToken ct) =>
            TypedResults.Ok(await ReportQueries.SummaryAsync(db, ReportRequest.Read(query, http.User, db.Tenant), ct)))
            .WithName("ReportSummary").WithSummary("The period report (JSON)")
            .WithDescription("Every section's figures for a province (or the nation) and a period, optionally "
                + "against a comparison period, with the narrative in the chosen language.");

        group.MapGet("/summary.docx", async Task<FileContentHttpResult> (HttpContext http, AttacheDb db, [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await BuildAsync(http, db, query, ct);
            return TypedResults.File(DocxWriter.Write(ReportDocument.Build(summary, request)), Docx, FileName(summary, request, "docx"));
        })
            .WithName("ReportSummaryDocx").WithSummary("The period report (Word)")
            .WithDescription("The period report as an administrative document (Decree 30/2020) in Vietnamese or "
                + "English.");

        group.MapGet("/summary.xlsx", async Task<FileContentHttpResult> (HttpContext http, AttacheDb db, [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await BuildAsync(http, db, query, ct);
            return TypedResults.File(XlsxWriter.Write(summary, request.Vietnamese), Xlsx, FileName(summary, request, "xlsx"));
        })
            .WithName("ReportSummaryXlsx").WithSummary("The period report (Excel)")
            .WithDescription("The period report's figures, one sheet per section.");

        group.MapGet("/summary.pdf", async Task<FileContentHttpResult> (HttpContext http, AttacheDb db, [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await BuildAsync(http, db, query, ct);
            var document = ReportDocument.Build(summary, request);
            return TypedResults.File(PdfWriter.Write(document, document.Subtitle), Pdf, FileName(summary, request, "pdf"));
        })
            .WithName("ReportSummaryPdf").WithSummary("The period report (PDF)")
            .WithDescription("The period report as a PDF, the same document as the Word file.");

        return app;
    }

    private static async Task<(ReportRequest, PeriodSummary)> BuildAsync(HttpContext http, AttacheDb db, ReportQuery query, CancellationToken ct)
    {
        var request = ReportRequest.Read(query, http.User, db.Tenant);
        return (request, await ReportQueries.SummaryAsync(db, request, ct));
    }

    /// <summary>"bao-cao-VN-04-2020-2025.docx" / "report-VN-04-2020-2025.docx": ASCII, so every browser keeps it.</summary>
    public static string FileName(PeriodSummary s, ReportRequest request, string extension) =>
        $"{(request.Vietnamese ? "bao-cao" : "report")}-{s.Province}-{s.From:yyyy}-{s.To:yyyy}.{extension}";
}
