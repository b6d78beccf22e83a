using Attache.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Reports.Signing;

public sealed class SignedReportEndpoints : Attache.Infrastructure.IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports/signed").WithTags("Reports").RequireAuthorization(Policies.Read);

        group.MapGet("", async Task<Ok<Infrastructure.Paged<SignedReportItem>>> (SignedReportService signed,
                [AsParameters] SignedReportListQuery query, CancellationToken ct) =>
            TypedResults.Ok(await signed.ListAsync(query, ct)))
            .WithName("ListSignedReports")
            .WithSummary("The signed reports of the province")
            .WithDescription("Newest first; `from` and `to` narrow the list to the reports of exactly that period. "
                + "Each report names its files with their SHA-256.");

        group.MapPost("", async Task<Created<SignedReportItem>> (SignedReportService signed,
                [AsParameters] ReportQuery query, CancellationToken ct) =>
            {
                var report = await signed.SignAsync(query, ct);
                return TypedResults.Created($"/api/reports/signed/{report.Id}", report);
            })
            .RequireAuthorization(Policies.Approve)
            .WithName("SignReport")
            .WithSummary("Sign the period report (Leader or Admin)")
            .WithDescription("Takes the parameters of `GET /api/reports/summary` (province, from, to, compareFrom, "
                + "compareTo, lang, signer) and keeps the summary JSON and the Word, Excel and PDF files exactly as "
                + "they are made now, with who signed, when and the SHA-256 of each file. They are served unchanged "
                + "from then on, whatever happens to the records. Signing the same report (province, period, "
                + "comparison, language) again adds a new revision when any of its figures changed since the latest "
                + "signature, and answers 409 when nothing did. A national report (province=all) cannot be signed: "
                + "name one province.");

        group.MapGet("/{id:int}", async Task<Ok<SignedReportDto>> (int id, SignedReportService signed,
                CancellationToken ct) =>
            TypedResults.Ok(await signed.GetAsync(id, ct)))
            .WithName("GetSignedReport")
            .WithSummary("A signed report with its summary JSON")
            .WithDescription("The summary as it was signed; `/api/reports/signed/{id}.json` serves the same JSON "
                + "byte for byte.");

        group.MapGet("/{id:int}.{format}", (int id, string format, HttpContext http, SignedReportService signed,
                CancellationToken ct) => FileAsync(http, signed, id, format, ct))
            .WithName("GetSignedReportFile")
            .WithSummary("A file of a signed report: json, docx, xlsx or pdf")
            .WithDescription("The file as it was signed; the `Repr-Digest` header (RFC 9530) carries its SHA-256.");

        group.MapGet("/{id:int}/files/{format}", (int id, string format, HttpContext http, SignedReportService signed,
                CancellationToken ct) => FileAsync(http, signed, id, format, ct))
            .WithName("GetSignedReportFileByFormat")
            .WithSummary("A file of a signed report, by format: json, docx, xlsx or pdf")
            .WithDescription("The same file as `/api/reports/signed/{id}.{format}`.");

        group.MapGet("/{id:int}/differences", async Task<Ok<SignedReportDifferences>> (int id,
                SignedReportService signed, CancellationToken ct) =>
            TypedResults.Ok(await signed.DifferencesAsync(id, ct)))
            .WithName("GetSignedReportDifferences")
            .WithSummary("What the live report now says differently from the signed one")
            .WithDescription("The report is made again from today's records with the signed report's parameters; every "
                + "number of the summary that differs is listed by its JSON path (array items by their code, country "
                + "or year), with the signed and the live value (null where one side has none).");

        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(HttpContext http,
        SignedReportService signed, int id, string format, CancellationToken ct)
    {
        if (!Enum.TryParse<SignedReportFormat>(format, ignoreCase: true, out var which) || !Enum.IsDefined(which)
            || !format.All(char.IsLetter))
        {
            return TypedResults.NotFound();
        }

        var file = await signed.FileAsync(id, which, ct);
        http.Response.Headers.Append("Repr-Digest",
            $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:");
        return TypedResults.File(file.Content, file.ContentType, file.FileName,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\""));
    }
}
