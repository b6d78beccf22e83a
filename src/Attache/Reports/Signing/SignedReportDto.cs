using System.Text.Json;

namespace Attache.Reports.Signing;

/// <summary>A signed report in a list: what was signed, by whom and when, and where its files are.</summary>
public sealed record SignedReportItem(
    int Id,
    string Province,
    DateOnly From,
    DateOnly To,
    DateOnly? CompareFrom,
    DateOnly? CompareTo,
    string Lang,
    int Revision,
    string SignerName,
    string SignedByEmail,
    DateTime SignedAt,
    IReadOnlyList<SignedFileDto> Files);

/// <param name="Href">The address that serves the file unchanged.</param>
/// <param name="Sha256">Lower-case hexadecimal SHA-256 of the file as it was signed (and is served).</param>
public sealed record SignedFileDto(SignedReportFormat Format, string FileName, string ContentType, long Size,
    string Sha256, string Href);

/// <summary>A signed report with the summary JSON it was signed with.</summary>
public sealed record SignedReportDto(SignedReportItem Report, JsonElement Summary);

/// <summary>How the live report for the same province, period, comparison and language differs from the signed
/// one.</summary>
/// <param name="Differences">Every number of the summary that is not what was signed, by JSON path.</param>
public sealed record SignedReportDifferences(int SignedReportId, int Revision, DateTime SignedAt,
    IReadOnlyList<SummaryDifference> Differences);

/// <summary>What is needed to serve one file.</summary>
public sealed record SignedFileContent(string FileName, string ContentType, string Sha256, byte[] Content);
