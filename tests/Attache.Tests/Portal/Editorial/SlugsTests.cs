using Attache.Portal;
using Attache.Portal.Editorial;

namespace Attache.Tests.Portal.Editorial;

/// <summary>Pure rules: ASCII slugs from Vietnamese and German, and the workflow table.</summary>
public sealed class SlugsTests
{
    [Theory]
    [InlineData("Lai Châu: Mở rộng hội nhập từ đường lối đối ngoại", "lai-chau-mo-rong-hoi-nhap-tu-duong-loi-doi-ngoai")]
    [InlineData("Außenministerium der Provinz Cao Bằng – Ein Lichtblick", "aussenministerium-der-provinz-cao-bang-ein-lichtblick")]
    [InlineData("Über Đà Lạt & Ölfelder", "ueber-da-lat-oelfelder")]
    [InlineData("高平省外事厅", "高平省外事厅")]
    [InlineData("边境 贸易!", "边境-贸易")]
    [InlineData("국경 무역", "국경-무역")]
    [InlineData("ການຄ້າຊາຍແດນ", "ການຄ້າຊາຍແດນ")]
    [InlineData("— !", "article")]
    public void A_slug_is_readable_in_its_own_script(string title, string slug) => Assert.Equal(slug, Slugs.From(title));

    [Fact]
    public void Publishing_scheduling_and_withdrawing_need_a_leader()
    {
        var lifecycle = ArticleWorkflow.Lifecycle;
        Assert.Equal([TranslationStatus.InReview], lifecycle.Allowed(TranslationStatus.Draft));
        Assert.True(lifecycle.NeedsApprover(TranslationStatus.Published));
        Assert.True(lifecycle.NeedsApprover(TranslationStatus.Scheduled));
        Assert.True(lifecycle.NeedsApprover(TranslationStatus.Withdrawn));
        Assert.False(lifecycle.NeedsApprover(TranslationStatus.InReview));
        Assert.Equal(new DateTime(2026, 12, 5, 1, 0, 0), Attache.Infrastructure.VietnamClock.FromVietnam(new DateTime(2026, 12, 5, 8, 0, 0)));
    }
}
