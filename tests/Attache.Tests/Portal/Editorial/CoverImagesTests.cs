using Attache.Portal.Editorial;

namespace Attache.Tests.Portal.Editorial;

/// <summary>The web sizes a cover is offered at: never larger than the image, each actual width once.</summary>
public sealed class CoverImagesTests
{
    [Fact]
    public void A_wide_image_is_offered_at_every_web_width() =>
        Assert.Equal([(480, 480), (960, 960), (1600, 1600)], CoverImages.ServedWidths(4000));

    [Fact]
    public void A_middle_image_is_offered_at_its_own_width_instead_of_the_largest() =>
        Assert.Equal([(480, 480), (960, 960), (1600, 1200)], CoverImages.ServedWidths(1200));

    [Fact]
    public void A_narrow_image_is_offered_once_at_its_own_width() =>
        Assert.Equal([(480, 400)], CoverImages.ServedWidths(400));
}
