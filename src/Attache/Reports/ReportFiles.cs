namespace Attache.Reports;

/// <summary>The three files of a period report, made by the report writers from one summary: what the download
/// endpoints serve and what a signature keeps.</summary>
public static class ReportFiles
{
    public static byte[] Docx(PeriodSummary summary, ReportRequest request) =>
        DocxWriter.Write(ReportDocument.Build(summary, request));

    public static byte[] Xlsx(PeriodSummary summary, ReportRequest request) =>
        XlsxWriter.Write(summary, request.Vietnamese);

    public static byte[] Pdf(PeriodSummary summary, ReportRequest request)
    {
        var document = ReportDocument.Build(summary, request);
        return PdfWriter.Write(document, document.Subtitle);
    }
}
