using Attache.Tests.Browser;
using Attache.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Attache.Tests.Agreements;

[Collection(BrowserCollection.Name)]
public sealed class AgreementFieldBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_administrator_adds_and_renames_a_field_and_an_officer_only_reads_the_list()
    {
        var admin = await app.NewPageAsync();
        await app.SignInAsync(admin, AttacheFactory.AdminEmail, AttacheFactory.AdminPassword);
        await admin.GotoAsync("/agreements/fields");
        var table = admin.Locator("#fields");
        await Assertions.Expect(table).ToContainTextAsync("Du lịch");

        await admin.FillAsync("#fieldCode", "Chuyển đổi số");
        await admin.FillAsync("#fieldNameVi", "Chuyển đổi số");
        await admin.FillAsync("#fieldNameEn", "Digital transformation");
        await admin.ClickAsync("#field-form button[type=submit]");
        await Assertions.Expect(admin.Locator("#field-form .validation-message"))
            .ToContainTextAsync("Dùng chữ thường không dấu");

        await admin.FillAsync("#fieldCode", "digital-transformation");
        await admin.ClickAsync("#field-form button[type=submit]");
        var row = table.Locator("tr", new() { HasText = "digital-transformation" });
        await Assertions.Expect(row).ToContainTextAsync("Chuyển đổi số");

        // The same code twice is refused, in Vietnamese.
        await admin.FillAsync("#fieldCode", "digital-transformation");
        await admin.FillAsync("#fieldNameVi", "Số hóa");
        await admin.FillAsync("#fieldNameEn", "Digitalisation");
        await admin.ClickAsync("#field-form button[type=submit]");
        await Assertions.Expect(admin.Locator("#field-form [role=alert]"))
            .ToContainTextAsync("Đã có lĩnh vực với mã digital-transformation.");

        await admin.GotoAsync("/agreements/fields");
        await row.Locator("a", new() { HasText = "Sửa" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#fieldCode")).ToHaveValueAsync("digital-transformation");
        await admin.FillAsync("#fieldNameVi", "Chuyển đổi số và kinh tế số");
        await admin.ClickAsync("#field-form button[type=submit]");
        await Assertions.Expect(row).ToContainTextAsync("Chuyển đổi số và kinh tế số");
        await Assertions.Expect(table.Locator("tr", new() { HasText = "digital-transformation" })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(admin, "agreement-fields");

        var officer = await app.SignedInPageAsync("officer.laichau@attache.demo");
        await officer.GotoAsync("/agreements/fields");
        await Assertions.Expect(officer.Locator("#fields")).ToContainTextAsync("Chuyển đổi số và kinh tế số");
        Assert.Equal(0, await officer.Locator("#fieldCode").CountAsync());
        Assert.Equal(0, await officer.Locator("#fields a", new() { HasText = "Sửa" }).CountAsync());
    }
}
