using System.Text;
using Attache.Tests.Browser;
using Attache.Tests.Delegations;
using Microsoft.Playwright;

namespace Attache.Tests.Documents;

[Collection(BrowserCollection.Name)]
public sealed class DocumentBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_officer_attaches_the_approval_decision_downloads_it_and_removes_it()
    {
        int id;
        using (var api = await app.OfficerAsync())
        {
            id = await DelegationBuilder.Delegation().Outbound().Titled("Đoàn công tác tỉnh Lai Châu thăm tỉnh Gyeongsangbuk-do").To("KR")
                .On(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13)).CreateAsync(api);
        }

        var page = await app.SignedInPageAsync("officer.laichau@attache.demo");
        await page.GotoAsync($"/delegations/{id}");
        var files = page.Locator("section.documents");
        await Assertions.Expect(files).ToContainTextAsync("Chưa có tài liệu");

        // A file of a type the department does not keep is refused, in Vietnamese, and nothing is stored.
        await page.SetInputFilesAsync("#documentFile", new FilePayload { Name = "chuong-trinh.exe", MimeType = "application/octet-stream", Buffer = [1, 2, 3] });
        await files.Locator("form.upload button[type=submit]").ClickAsync();
        await Assertions.Expect(files.Locator("[role=alert]")).ToContainTextAsync("Không nhận loại tệp này");
        await Assertions.Expect(files.Locator("table.grid")).ToHaveCountAsync(0);

        var decision = Encoding.ASCII.GetBytes("%PDF-1.4\n% Quyet dinh 215/QD-UBND\n%%EOF\n");
        await page.SetInputFilesAsync("#documentFile", new FilePayload { Name = "QD-215-UBND.pdf", MimeType = "application/pdf", Buffer = decision });
        await page.SelectOptionAsync("#documentKind", "ApprovalDecision");
        await page.FillAsync("#documentDescription", "Quyết định cử đoàn đi Hàn Quốc");
        await files.Locator("form.upload button[type=submit]").ClickAsync();
        var row = files.Locator("table.grid tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("QD-215-UBND.pdf");
        await Assertions.Expect(row).ToContainTextAsync("Quyết định phê duyệt");
        await Assertions.Expect(row).ToContainTextAsync("Quyết định cử đoàn đi Hàn Quốc");
        // The history records the file by name, size and checksum, not its bytes.
        Assert.DoesNotContain("content:", await page.InnerTextAsync("section.history"));
        await BrowserFixture.ScreenshotAsync(page, "documents-delegation");

        // The link downloads the very bytes that were uploaded.
        var download = await page.RunAndWaitForDownloadAsync(() => row.Locator("a").ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), $"download-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(saved);
        Assert.Equal(decision, await File.ReadAllBytesAsync(saved, TestContext.Current.CancellationToken));
        File.Delete(saved);

        // A viewer reads the list but has no upload form and no remove button.
        var viewer = await app.SignedInPageAsync("viewer.laichau@attache.demo");
        await viewer.GotoAsync($"/delegations/{id}");
        await Assertions.Expect(viewer.Locator("section.documents table.grid")).ToContainTextAsync("QD-215-UBND.pdf");
        Assert.Equal(0, await viewer.Locator("#documentFile").CountAsync());
        Assert.Equal(0, await viewer.Locator("section.documents button.danger").CountAsync());

        // Removal asks first, then leaves the record without the file and with a line in its history.
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await row.Locator("button.danger").ClickAsync();
        await Assertions.Expect(files.Locator("table.grid")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("section.history")).ToContainTextAsync("QD-215-UBND.pdf");
    }
}
