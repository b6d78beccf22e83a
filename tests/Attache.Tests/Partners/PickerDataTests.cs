using Attache.Components.Pickers;

namespace Attache.Tests.Partners;

public sealed class PickerDataTests
{
    [Theory]
    [InlineData("Đà Nẵng", "VN", "da nang vn")]
    [InlineData("Trấn Long Bang (Trung Quốc)", "Địa phương nước ngoài",
        "tran long bang (trung quoc) dia phuong nuoc ngoai")]
    [InlineData("대한민국", "KR", "대한민국 kr")]
    public void The_search_box_gets_a_folded_copy_where_d_with_stroke_becomes_d(string text, string more, string fold) =>
        Assert.Equal(fold, Pickers.Fold(text, more));
}
