using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Attache.Tests.Infrastructure;
using MiniExcelLibs;

namespace Attache.Tests.Borders;

public sealed class GateFigureImportTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal)
            ? "text/csv"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/border-gates/figures/import", form);
    }

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<int> FigureCountAsync(HttpClient client, int gate) =>
        (await (await client.GetAsync($"/api/border-gates/{gate}/figures")).JsonAsync()).GetProperty("total")
            .GetInt32();

    [Fact]
    public async Task A_csv_with_one_bad_row_changes_nothing_and_names_row_column_and_reason()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Csv Tà Lùng");

        var response = await UploadAsync(officer, Csv("""
            gate,year,month,importTurnoverUsd,exportTurnoverUsd,stateRevenueVnd,passengers,vehicles,source
            csv ta lung,2024,1,1000.50,800,1500000000,1200,300,Hải quan
            Csv Tà Lùng,2024,2,1100,820,abc,1250,310,Hải quan
            Csv Tà Lùng,2024,3,1200,830,1600000000,1300,320,Hải quan
            """), "figures.csv");
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value[0].GetString());
        Assert.Equal(["rows[3].stateRevenueVnd"], errors.Keys.ToArray());
        Assert.Contains("'abc' is not a number", errors["rows[3].stateRevenueVnd"]);
        Assert.Contains("Nothing was imported", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await FigureCountAsync(officer, gate));
    }

    [Fact]
    public async Task A_control_character_in_the_source_is_refused_with_its_row()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Csv Bình Nghi");

        var response = await UploadAsync(officer, Csv(
            "gate,year,stateRevenueVnd,source\nCsv Bình Nghi,2024,1500000000,Hải\u0001quan\n"), "figures.csv");
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["rows[2].source"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await FigureCountAsync(officer, gate));
    }

    [Fact]
    public async Task Several_bad_rows_are_listed_each_and_a_good_file_imports_once()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Csv Trà Lĩnh");
        var bad = await UploadAsync(officer, Csv("""
            gate;year;month;stateRevenueVnd;passengers
            Csv Trà Lĩnh;2023;;4000000000;1000
            Nowhere gate;2023;;1;1
            Csv Trà Lĩnh;2023;13;1;1
            Csv Trà Lĩnh;2023;;5;-3
            """), "semicolons.csv");
        var fields = await bad.ProblemFieldsAsync();
        Assert.Equal(["rows[3].gate", "rows[4].month", "rows[5].passengers"], fields);
        Assert.Equal(0, await FigureCountAsync(officer, gate));

        var good = Csv("""
            gate,year,month,stateRevenueVnd,importTurnoverUsd,exportTurnoverUsd
            Csv Trà Lĩnh,2022,,3500000000,"1,250,000.75",900000
            Csv Trà Lĩnh,2023,,4000000000,1300000,950000
            """);
        var first = await (await UploadAsync(officer, good, "good.csv")).JsonAsync();
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        var second = await (await UploadAsync(officer, good, "good.csv")).JsonAsync();
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(2, second.GetProperty("updated").GetInt32());
        var figures = await (await officer.GetAsync($"/api/border-gates/{gate}/figures?sort=period")).JsonAsync();
        Assert.Equal(2, figures.GetProperty("total").GetInt32());
        Assert.Equal(1_250_000.75m, figures.GetProperty("items")[0].GetProperty("importTurnoverUsd").GetDecimal());

        // A yearly figure now exists for 2023, so months of 2023 would count twice.
        var mixed = await UploadAsync(officer, Csv("gate,year,month,stateRevenueVnd\nCsv Trà Lĩnh,2023,5,10\n"),
            "mixed.csv");
        Assert.Equal(["rows[2].month"], await mixed.ProblemFieldsAsync());
    }

    [Fact]
    public async Task An_xlsx_sheet_imports_like_a_csv()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Xlsx Lý Vạn");
        using var sheet = new MemoryStream();
        sheet.SaveAs(new[]
        {
            new Dictionary<string,
                object?> { ["gate"] = "Xlsx Lý Vạn", ["year"] = 2025, ["month"] = 1,
                    ["stateRevenueVnd"] = 2_345_678_901m, ["passengers"] = 800 },
            new Dictionary<string,
                object?> { ["gate"] = "Xlsx Lý Vạn", ["year"] = 2025, ["month"] = 2,
                    ["stateRevenueVnd"] = 1_999_000_000m, ["passengers"] = 750 },
        }, excelType: ExcelType.XLSX);
        var result = await (await UploadAsync(officer, sheet.ToArray(), "figures.xlsx")).JsonAsync();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var figures = await (await officer.GetAsync($"/api/border-gates/{gate}/figures?sort=period")).JsonAsync();
        Assert.Equal(2_345_678_901m, figures.GetProperty("items")[0].GetProperty("stateRevenueVnd").GetDecimal());
        Assert.Equal(1, figures.GetProperty("items")[0].GetProperty("month").GetInt32());

        using var badSheet = new MemoryStream();
        badSheet.SaveAs(new[]
        {
            new Dictionary<string,
                object?> { ["gate"] = "Xlsx Lý Vạn", ["year"] = 2025, ["month"] = 3, ["stateRevenueVnd"] = 5m },
            new Dictionary<string,
                object?> { ["gate"] = "Xlsx Lý Vạn", ["year"] = "năm 2025", ["month"] = 4, ["stateRevenueVnd"] = 5m },
        }, excelType: ExcelType.XLSX);
        Assert.Equal(["rows[3].year"], await (await UploadAsync(officer, badSheet.ToArray(), "bad.xlsx"))
            .ProblemFieldsAsync());
        Assert.Equal(2, await FigureCountAsync(officer, gate));
    }

    [Fact]
    public async Task Wrong_files_and_other_provinces_gates_are_refused()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var laiChau = await app.OfficerAsync("VN-01");
        await BorderGateApiTests.CreateGateAsync(laiChau, "Foreign province gate");
        Assert.Equal(["file"], await (await UploadAsync(officer, Csv("hello"), "notes.txt")).ProblemFieldsAsync());
        Assert.Equal(["file"], await (await UploadAsync(officer, Csv("gate,year\n"), "empty.csv"))
            .ProblemFieldsAsync());
        Assert.Equal(["file"], await (await UploadAsync(officer, Csv("name,when\nx,1\n"), "columns.csv"))
            .ProblemFieldsAsync());
        Assert.Equal(["file"], await (await UploadAsync(officer, Csv("not a workbook"), "broken.xlsx"))
            .ProblemFieldsAsync());
        Assert.Equal(["rows[2].gate"],
            await (await UploadAsync(officer, Csv("gate,year\nForeign province gate,2020\n"), "x.csv"))
                .ProblemFieldsAsync());

        using var viewer = await app.ViewerAsync("VN-04");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(viewer, Csv("gate,year\n"), "x.csv")).StatusCode);
    }
}
