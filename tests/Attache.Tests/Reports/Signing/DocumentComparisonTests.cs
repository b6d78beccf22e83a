using Attache.Reports;
using Attache.Reports.Signing;

namespace Attache.Tests.Reports.Signing;

public sealed class DocumentComparisonTests
{
    private static ReportDocument Document(params ReportBlock[] body) =>
        new(new Letterhead("", "", "", "", "", ""), "REPORT", "", body, new Signature("", "", "", []));

    private static TableBlock Table(params string[][] rows) =>
        new(["Item", "Number"], [.. rows.Select(r => (IReadOnlyList<string>)r)], [false, true]);

    [Fact]
    public void A_cell_that_changed_carries_its_signed_text_and_a_new_row_is_marked_as_not_signed()
    {
        var live = Table(["Received", "5"], ["Sent", "2"], ["Visitors", "40"]);
        var signed = Table(["Received", "4"], ["Sent", "2"]);
        var liveText = new ParagraphBlock("5 delegations were received.");

        var comparison = DocumentComparison.Compare(
            Document(new HeadingBlock("I. DELEGATIONS", ReportSection.Delegations), liveText, live),
            Document(new HeadingBlock("I. DELEGATIONS", ReportSection.Delegations),
                new ParagraphBlock("4 delegations were received."), signed));

        Assert.True(comparison.Changed(live, 0, 1, out var atSigning));
        Assert.Equal("4", atSigning);
        Assert.False(comparison.Changed(live, 1, 1, out _));
        Assert.True(comparison.Changed(live, 2, 1, out var missing));
        Assert.Null(missing);
        Assert.Equal(2, comparison.ChangedCells);
        Assert.Equal("4 delegations were received.", comparison.SignedText(liveText));
    }

    [Fact]
    public void Sections_are_paired_by_heading_so_an_unchanged_report_has_no_difference()
    {
        var live = Table(["Received", "5"]);
        var comparison = DocumentComparison.Compare(
            Document(new HeadingBlock("I. A"), live),
            Document(new HeadingBlock("I. A"), Table(["Received", "5"]), new HeadingBlock("II. B"),
                Table(["Sent", "1"])));

        Assert.Equal(0, comparison.ChangedCells);
        Assert.False(comparison.Changed(live, 0, 1, out _));
    }
}
