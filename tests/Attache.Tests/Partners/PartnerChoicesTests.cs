using System.Globalization;
using Attache.Infrastructure;
using Attache.Partners;
using Attache.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Partners;

/// <summary>The one list every partner picker offers: the province's partners only, named and sorted in the UI's
/// language, with the country's name (never its code).</summary>
[Collection(DemoCollection.Name)]
public sealed class PartnerChoicesTests(DemoFactory app)
{
    private async Task<IReadOnlyList<PartnerChoice>> ListAsync(string culture, PartnerKind? kind = null)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Tenant>().Use(await app.ProvinceIdAsync("VN-01"), "VN-01");
            return await scope.ServiceProvider.GetRequiredService<PartnerChoices>().ListAsync(default, kind: kind);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task Partners_are_named_in_the_ui_language_with_their_country_and_sorted_by_its_collation()
    {
        var vi = await ListAsync("vi-VN");
        Assert.Contains(vi, p => p.Label == "Thành phố Mungyeong (Hàn Quốc)");
        Assert.DoesNotContain(vi, p => p.Name == "Trấn Long Bang"); // Cao Bằng's, not Lai Châu's
        var collation = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), true);
        Assert.Equal(vi.Select(p => p.Name).OrderBy(n => n, collation), vi.Select(p => p.Name));

        var en = await ListAsync("en-GB");
        Assert.Contains(en, p => p.Label == "Mungyeong City (South Korea)");
        Assert.All(await ListAsync("vi-VN", PartnerKind.ForeignLocality),
            p => Assert.Equal(PartnerKind.ForeignLocality, p.Kind));
    }
}
