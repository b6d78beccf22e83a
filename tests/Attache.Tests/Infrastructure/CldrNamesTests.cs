using Attache.Infrastructure;

namespace Attache.Tests.Infrastructure;

/// <summary>Country and language names come from CLDR in every language Attaché speaks: a page in Lao or Korean names
/// a country in Lao or Korean, never in English, and nothing shows a code.</summary>
public sealed class CldrNamesTests
{
    public static TheoryData<string> AllLanguages => ["vi", "en", "zh", "ko", "lo", "fr", "de", "ja"];

    [Theory]
    [InlineData("vi", "DE", "Đức")]
    [InlineData("vi", "AU", "Úc")] // the department's name wins over CLDR's "Australia"
    [InlineData("en", "KR", "South Korea")]
    [InlineData("de", "VN", "Vietnam")]
    [InlineData("fr", "DE", "Allemagne")]
    [InlineData("zh", "VN", "越南")]
    [InlineData("ko", "VN", "베트남")]
    [InlineData("lo", "VN", "ຫວຽດນາມ")]
    [InlineData("ja", "LA", "ラオス")]
    public void Countries_are_named_in_the_page_language(string language, string code, string name) =>
        Assert.Equal(name, Countries.Name(code, language));

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Every_country_has_a_name_of_its_own_in_every_language(string language)
    {
        var choices = Countries.Choices(language);
        Assert.True(choices.Count > 240, $"{choices.Count} countries");
        Assert.All(choices, c => Assert.NotEqual(c.Code, c.Name));
        Assert.DoesNotContain(choices, c => c.Code is "EU" or "UN" or "ZZ");
        if (language is "zh" or "ko" or "lo" or "ja")
        {
            // Not English underneath: in a language of another script no name is spelt as in English.
            Assert.DoesNotContain(choices, c => c.Name == Countries.Name(c.Code, "en"));
        }
    }

    [Fact]
    public void Choices_sort_by_the_language_collation()
    {
        var vi = Countries.Choices("vi").Select(c => c.Name).ToList();
        // Vietnamese order: "Ấn Độ" with the A's, before "Ba Lan"; "Đức" after "Đan Mạch", both after the D's.
        Assert.True(vi.IndexOf("Ấn Độ") < vi.IndexOf("Ba Lan"));
        Assert.True(vi.IndexOf("Đan Mạch") < vi.IndexOf("Đức"));
    }

    [Theory]
    [InlineData("ko", "vi", "tiếng Hàn")]
    [InlineData("zh", "vi", "tiếng Trung")]
    [InlineData("ko", "en", "Korean")]
    [InlineData("vi", "de", "Vietnamesisch")]
    [InlineData("lo", "lo", "ລາວ")]
    public void Languages_are_named_in_the_page_language(string code, string language, string name) =>
        Assert.Equal(name, Languages.Name(code, language));

    [Fact]
    public void Country_codes_are_checked_against_CLDR()
    {
        var attribute = new CountryCodeAttribute();
        Assert.True(attribute.IsValid("KR"));
        Assert.True(attribute.IsValid("la"));
        Assert.False(attribute.IsValid("EU"));
        Assert.False(attribute.IsValid("QQ"));
        Assert.False(attribute.IsValid("KOR"));
        Assert.True(Languages.IsCode("ko"));
        Assert.False(Languages.IsCode("KO"));
    }
}
