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
            TypedResults.Ok(await ReportQueries.SummaryAsync(db, ReportRequest.Read(query, http.User, db.Tenant), ct)));

        group.MapGet("/summary.docx", async Task<FileContentHttpResult> (HttpContext http, AttacheDb db, [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await BuildAsync(http, db, query, ct);
            return TypedResults.File(ReportFiles.Docx(summary, request), Docx, FileName(summary, request, "docx"));
        });

        group.MapGet("/summary.xlsx", async Task<FileContentHttpResult> (HttpContext http, AttacheDb db, [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await BuildAsync(http, db, query, ct);
            return TypedResults.File(ReportFiles.Xlsx(summary, request), Xlsx, FileName(summary, request, "xlsx"));
        });

        group.MapGet("/summary.pdf", async Task<FileContentHttpResult> (HttpContext http, AttacheDb db, [AsParameters] ReportQuery query, CancellationToken ct) =>
        {
            var (request, summary) = await BuildAsync(http, db, query, ct);
            return TypedResults.File(ReportFiles.Pdf(summary, request), Pdf, FileName(summary, request, "pdf"));
        });

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
