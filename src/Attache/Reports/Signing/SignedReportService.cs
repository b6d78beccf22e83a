using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Reports.Signing;

/// <summary>Signing period reports and serving them as signed: the API and the report page both go through
/// here.</summary>
public sealed class SignedReportService(AttacheDb db, IOptions<JsonOptions> json, CurrentUser user,
    ReportService reports)
{
    public const string JsonType = "application/json";

    private JsonSerializerOptions Json => json.Value.SerializerOptions;

    /// <summary>Signs the report the query describes, as the summary endpoints would make it now: the summary JSON and
    /// the Word, Excel and PDF files are kept with their SHA-256. The same report (province, period, comparison,
    /// language) signed again gets a new revision when its figures changed since the latest one, and a 409 when they
    /// did not (a second click on "Sign" signs nothing twice).</summary>
    public async Task<SignedReportItem> SignAsync(ReportQuery query, CancellationToken ct)
    {
        if (!await user.MayApproveAsync())
        {
            throw ProblemException.Forbidden("Only a leader of the department signs a report.");
        }

        var request = await reports.RequestAsync(query);
        if (request.Province == PeriodSummary.All)
        {
            throw ProblemException.Validation("province",
                    "A signed report belongs to one province; name it, e.g. province=VN-04.")
                .Localized("A signed report belongs to one province: choose it.");
        }

        var userId = user.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw ProblemException.Forbidden("Only a signed-in leader signs a report.");
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName }).FirstAsync(ct);
        var signer = request.Signer ?? (string.IsNullOrWhiteSpace(account.DisplayName) ? account.Email!
            : account.DisplayName);
        request = request with { Signer = signer };
        var provinceId = await db.Provinces.Where(p => p.Code == request.Province).Select(p => p.Id).FirstAsync(ct);

        var summary = await reports.SummaryAsync(request, ct);
        var summaryJson = JsonSerializer.SerializeToUtf8Bytes(summary, Json);
        var key = SignedReport.KeyOf(request);
        var latest = await db.Set<SignedReport>().Where(r => r.ProvinceId == provinceId && r.ReportKey == key)
            .OrderByDescending(r => r.Revision).Select(r => new { r.Id, r.Revision }).FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            var signed = await ContentAsync(latest.Id, SignedReportFormat.Json, ct);
            using var before = JsonDocument.Parse(signed);
            using var now = JsonDocument.Parse(summaryJson);
            if (SummaryPaths.SameFigures(before.RootElement, now.RootElement))
            {
                throw ProblemException.Conflict(
                        $"This report is already signed (revision {latest.Revision}, /api/reports/signed/{latest.Id}) "
                        + "and nothing in it has changed since.")
                    .Localized("This report is already signed (revision {0}) and nothing in it has changed since.",
                        latest.Revision);
            }
        }

        var report = new SignedReport
        {
            ProvinceId = provinceId,
            From = request.From,
            To = request.To,
            CompareFrom = request.CompareFrom,
            CompareTo = request.CompareTo,
            Lang = request.Lang,
            ReportKey = key,
            Revision = (latest?.Revision ?? 0) + 1,
            SignedById = userId,
            SignedByEmail = account.Email ?? user.Principal.Identity?.Name ?? userId,
            SignerName = signer,
            SignedAt = db.Clock.GetUtcNow().UtcDateTime,
        };
        var name = Path.GetFileNameWithoutExtension(ReportEndpoints.FileName(summary, request, "json"))
            + $"{(request.Vietnamese ? "-ky" : "-signed")}-{report.Revision}";
        report.Files.Add(File(report, SignedReportFormat.Json, name, JsonType, summaryJson));
        report.Files.Add(File(report, SignedReportFormat.Docx, name, ReportEndpoints.Docx,
            ReportFiles.Docx(summary, request)));
        report.Files.Add(File(report, SignedReportFormat.Xlsx, name, ReportEndpoints.Xlsx,
            ReportFiles.Xlsx(summary, request)));
        report.Files.Add(File(report, SignedReportFormat.Pdf, name, ReportEndpoints.Pdf,
            ReportFiles.Pdf(summary, request)));
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return (await Items().Where(r => r.Id == report.Id).ToListAsync(ct)).Select(Item).Single();
    }

    /// <summary>The signed reports the user may see, newest first; narrowed to a period when one is given.</summary>
    public async Task<Paged<SignedReportItem>> ListAsync(SignedReportListQuery query, CancellationToken ct)
    {
        InputValidation.Check(query);
        var reports = Items();
        if (query.From is { } from)
        {
            reports = reports.Where(r => r.From == from);
        }

        if (query.To is { } to)
        {
            reports = reports.Where(r => r.To == to);
        }

        var page = await reports.OrderByDescending(r => r.SignedAt).ThenByDescending(r => r.Id).ToPageAsync(query, ct);
        return new Paged<SignedReportItem>([.. page.Items.Select(Item)], page.Total, page.Page, page.PageSize);
    }

    public async Task<SignedReportDto> GetAsync(int id, CancellationToken ct)
    {
        var item = (await Items().Where(r => r.Id == id).ToListAsync(ct)).Select(Item).SingleOrDefault()
            ?? throw NotFound(id);
        using var summary = JsonDocument.Parse(await ContentAsync(id, SignedReportFormat.Json, ct));
        return new SignedReportDto(item, summary.RootElement.Clone());
    }

    /// <summary>One file of a signed report, byte for byte as it was signed.</summary>
    public async Task<SignedFileContent> FileAsync(int id, SignedReportFormat format, CancellationToken ct) =>
        await db.Set<SignedReportFile>().AsNoTracking().Where(f => f.SignedReportId == id && f.Format == format)
            .Select(f => new SignedFileContent(f.FileName, f.ContentType, f.Sha256, f.Content)).FirstOrDefaultAsync(ct)
        ?? throw NotFound(id);

    /// <summary>The live report made again with the signed report's parameters, compared number by number.</summary>
    public async Task<SignedReportDifferences> DifferencesAsync(int id, CancellationToken ct)
    {
        var report = await db.Set<SignedReport>().AsNoTracking().Where(r => r.Id == id)
            .Select(r => new
            {
                r.Id, r.Revision, r.SignedAt, Province = r.Province!.Code, r.From, r.To, r.CompareFrom, r.CompareTo,
                r.Lang, r.SignerName,
            })
            .FirstOrDefaultAsync(ct) ?? throw NotFound(id);
        var request = new ReportRequest(report.Province, report.From, report.To, report.CompareFrom, report.CompareTo,
            report.Lang, report.SignerName);
        var live = await LiveJsonAsync(request, ct);
        using var signed = JsonDocument.Parse(await ContentAsync(id, SignedReportFormat.Json, ct));
        return new SignedReportDifferences(report.Id, report.Revision, report.SignedAt,
            SummaryPaths.Differences(signed.RootElement, live));
    }

    /// <summary>The latest signature of the report the page shows (same province, period and comparison), in the
    /// page's language when there is one in it; null when it was never signed.</summary>
    public async Task<(SignedReportItem Report, JsonElement Summary)?> LatestAsync(ReportRequest request,
        CancellationToken ct)
    {
        var latest = (await Items()
                .Where(r => r.Province == request.Province && r.From == request.From && r.To == request.To
                    && r.CompareFrom == request.CompareFrom && r.CompareTo == request.CompareTo)
                .OrderByDescending(r => r.Lang == request.Lang).ThenByDescending(r => r.SignedAt)
                .ThenByDescending(r => r.Id)
                .Take(1).ToListAsync(ct)).Select(Item).FirstOrDefault();
        if (latest is null)
        {
            return null;
        }

        using var summary = JsonDocument.Parse(await ContentAsync(latest.Id, SignedReportFormat.Json, ct));
        return (latest, summary.RootElement.Clone());
    }

    /// <summary>A summary as the API sends it, for comparing with a signed one.</summary>
    public JsonElement ToJson(PeriodSummary summary) => JsonSerializer.SerializeToElement(summary, Json);

    /// <summary>A signed summary read back, to lay it out as a document beside the live one; null when it was signed
    /// in a shape this version cannot read.</summary>
    public PeriodSummary? ReadSummary(JsonElement summary)
    {
        try
        {
            return summary.Deserialize<PeriodSummary>(Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private async Task<JsonElement> LiveJsonAsync(ReportRequest request, CancellationToken ct) =>
        ToJson(await reports.SummaryAsync(request, ct));

    private async Task<byte[]> ContentAsync(int id, SignedReportFormat format, CancellationToken ct) =>
        await db.Set<SignedReportFile>().AsNoTracking().Where(f => f.SignedReportId == id && f.Format == format)
            .Select(f => f.Content).FirstOrDefaultAsync(ct) ?? throw NotFound(id);

    private static SignedReportFile File(SignedReport report, SignedReportFormat format, string name, string type,
        byte[] content) => new()
        {
            SignedReport = report,
            ProvinceId = report.ProvinceId,
            Format = format,
            FileName = $"{name}.{format.ToString().ToLowerInvariant()}",
            ContentType = type,
            Size = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
        };

    private static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not Found", $"There is no signed report {id} in your province.");

    // Built by member initialisation, not by a constructor, so that EF can still filter and sort on its members.
    private sealed class Row
    {
        public int Id { get; init; }
        public required string Province { get; init; }
        public DateOnly From { get; init; }
        public DateOnly To { get; init; }
        public DateOnly? CompareFrom { get; init; }
        public DateOnly? CompareTo { get; init; }
        public required string Lang { get; init; }
        public int Revision { get; init; }
        public required string SignerName { get; init; }
        public required string SignedByEmail { get; init; }
        public DateTime SignedAt { get; init; }
        public required IEnumerable<FileRow> Files { get; init; }
    }

    private sealed record FileRow(SignedReportFormat Format, string FileName, string ContentType, long Size,
        string Sha256);

    private IQueryable<Row> Items() => db.Set<SignedReport>().AsNoTracking().Select(r => new Row
    {
        Id = r.Id, Province = r.Province!.Code, From = r.From, To = r.To, CompareFrom = r.CompareFrom,
        CompareTo = r.CompareTo,
        Lang = r.Lang, Revision = r.Revision, SignerName = r.SignerName, SignedByEmail = r.SignedByEmail,
        SignedAt = r.SignedAt,
        Files = r.Files.Select(f => new FileRow(f.Format, f.FileName, f.ContentType, f.Size, f.Sha256)),
    });

    private static SignedReportItem Item(Row r) => new(r.Id, r.Province, r.From, r.To, r.CompareFrom, r.CompareTo,
        r.Lang,
        r.Revision, r.SignerName, r.SignedByEmail, r.SignedAt,
        [.. r.Files.OrderBy(f => f.Format).Select(f => new SignedFileDto(f.Format, f.FileName, f.ContentType, f.Size,
            f.Sha256,
            $"/api/reports/signed/{r.Id}.{f.Format.ToString().ToLowerInvariant()}"))]);
}

/// <summary>The filters of the signed-report list: the period exactly as signed, both optional.</summary>
public sealed class SignedReportListQuery : PageRequest
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
