using Attache.Infrastructure;
using Attache.Staff;

namespace Attache.Tests.Staff;

/// <summary>The level rules of the roster, pure: which scale fits a language, which levels each scale has.</summary>
public sealed class LanguageLevelTests
{
    [Theory]
    [InlineData("zh", LanguageScale.Hsk)]
    [InlineData("ko", LanguageScale.Topik)]
    [InlineData("lo", LanguageScale.Lao)]
    [InlineData("ja", LanguageScale.Jlpt)]
    [InlineData("en", LanguageScale.Cefr)]
    [InlineData("fr", LanguageScale.Cefr)]
    [InlineData("ru", LanguageScale.Cefr)]
    public void Each_language_has_the_scale_that_fits_it(string language, LanguageScale scale)
    {
        Assert.Equal(scale, LanguageLevels.ScaleFor(language));
        Assert.True(LanguageLevels.Fits(language, scale));
    }

    [Theory]
    [InlineData("en", LanguageScale.Hsk)]
    [InlineData("ko", LanguageScale.Hsk)]
    [InlineData("zh", LanguageScale.Topik)]
    [InlineData("zh", LanguageScale.Cefr)]
    [InlineData("fr", LanguageScale.Lao)]
    [InlineData("lo", LanguageScale.Topik)]
    [InlineData("ko", LanguageScale.Jlpt)]
    [InlineData("de", LanguageScale.Jlpt)]
    public void A_national_scale_fits_its_own_language_only(string language, LanguageScale scale) =>
        Assert.False(LanguageLevels.Fits(language, scale));

    [Theory]
    [InlineData(LanguageScale.Cefr, "A1 A2 B1 B2 C1 C2", "A0 C3 b2 1 N1")]
    [InlineData(LanguageScale.Hsk, "1 2 3 4 5 6 7 8 9", "0 10 A1 N1")]
    [InlineData(LanguageScale.Topik, "1 2 3 4 5 6", "0 7 9 B2")]
    [InlineData(LanguageScale.Lao, "1 2 3 4 5 6", "0 7 C1")]
    [InlineData(LanguageScale.Jlpt, "N5 N4 N3 N2 N1", "N0 N6 5 B2")]
    public void Each_scale_has_its_levels_and_no_other(LanguageScale scale, string valid, string invalid)
    {
        Assert.Equal(valid.Split(' '), LanguageLevels.LevelsOf(scale));
        Assert.All(valid.Split(' '), level => Assert.True(LanguageLevels.IsLevel(scale, level), level));
        Assert.All(invalid.Split(' '), level => Assert.False(LanguageLevels.IsLevel(scale, level), level));
        Assert.False(LanguageLevels.IsLevel(scale, null));
    }

    [Fact]
    public void Levels_rank_lowest_first_and_jlpt_counts_down()
    {
        Assert.Equal(1, LanguageLevels.Rank(LanguageScale.Jlpt, "N5"));
        Assert.Equal(5, LanguageLevels.Rank(LanguageScale.Jlpt, "N1"));
        Assert.Equal(6, LanguageLevels.Rank(LanguageScale.Cefr, "C2"));
        Assert.Equal(9, LanguageLevels.Rank(LanguageScale.Hsk, "9"));
        Assert.Equal(0, LanguageLevels.Rank(LanguageScale.Topik, "7"));
    }

    [Fact]
    public void What_a_user_types_is_normalised_before_the_check()
    {
        Assert.Equal("B2", LanguageLevels.Normalise(" b2 "));
        Assert.Equal("N2", LanguageLevels.Normalise("n2"));
        Assert.Equal("HSK 5", LanguageLevels.Display(LanguageScale.Hsk, "5", vietnamese: true));
        Assert.Equal("bậc 3", LanguageLevels.Display(LanguageScale.Lao, "3", vietnamese: true));
        Assert.Equal("level 3", LanguageLevels.Display(LanguageScale.Lao, "3", vietnamese: false));
    }

    [Fact]
    public void Language_codes_are_iso_639_1_and_countries_map_to_one_language()
    {
        Assert.True(Languages.IsCode("ko"));
        Assert.False(Languages.IsCode("kor"));
        Assert.False(Languages.IsCode("xx"));
        Assert.Equal("ko", Languages.ForCountry("KR"));
        Assert.Equal("zh", Languages.ForCountry("cn"));
        Assert.Equal("lo", Languages.ForCountry("LA"));
        Assert.Equal("en", Languages.ForCountry("AU"));
        Assert.Null(Languages.ForCountry("VN"));
        Assert.Equal("tiếng Hàn", Languages.Name("ko", vietnamese: true));
        Assert.Equal("Korean", Languages.Name("ko", vietnamese: false));
    }
}
