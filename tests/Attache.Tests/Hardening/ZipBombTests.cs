using System.IO.Compression;
using System.Net;
using System.Text;
using Attache.Borders;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17: an .xlsx of repeated rows — a few megabytes that unpack to hundreds — is refused without
/// unpacking it, so one upload cannot make the server allocate gigabytes.</summary>
public sealed class ZipBombTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    /// <summary>A workbook whose one sheet has a header and <paramref name="rows"/> identical gate-figure rows.</summary>
    internal static byte[] Workbook(int rows, string source = "Chi cục Hải quan cửa khẩu Tà Lùng, số liệu chính thức đã đối chiếu")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Figures" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");

            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            sheet.Write("""<row><c t="inlineStr"><is><t>gate</t></is></c><c t="inlineStr"><is><t>year</t></is></c><c t="inlineStr"><is><t>stateRevenueVnd</t></is></c><c t="inlineStr"><is><t>source</t></is></c></row>""");
            for (var r = 0; r < rows; r++)
            {
                // Rows and cells without their optional addresses (r="A2"): every row is the same bytes, as in a zip bomb.
                sheet.Write($"""<row><c t="inlineStr"><is><t>Cửa khẩu Tà Lùng</t></is></c><c><v>2024</v></c><c><v>1000000</v></c><c t="inlineStr"><is><t>{source}</t></is></c></row>""");
            }

            sheet.Write("</sheetData></worksheet>");
        }

        return buffer.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", "figures.xlsx");
        return await client.PostAsync("/api/border-gates/figures/import", form);
    }

    [Fact]
    public async Task A_workbook_of_half_a_million_repeated_rows_is_refused_with_400_and_bounded_memory()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var bomb = Workbook(500_000);
        Assert.True(bomb.Length < GateFigureImport.MaxBytes, $"The bomb is {bomb.Length:N0} bytes; it must pass the upload size limit.");

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var response = await UploadAsync(officer, bomb);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("unpacks to", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        // Reading the sheet as before allocated gigabytes; what is left is the upload itself and the other tests running
        // beside this one in the same process.
        Assert.True(allocated < 256L * 1024 * 1024, $"The refused upload allocated {allocated / (1024 * 1024):N0} MB.");
    }

    [Fact]
    public async Task A_workbook_just_over_the_row_limit_is_refused_at_the_limit()
    {
        using var officer = await app.OfficerAsync("VN-04");
        // Short rows: the sheet (under 1 MB unpacked) is read, not refused for its size.
        var response = await UploadAsync(officer, Workbook(GateFigureImport.MaxRows + 1, source: "x"));
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("The file has more than 5", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }
}
