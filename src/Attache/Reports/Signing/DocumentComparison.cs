namespace Attache.Reports.Signing;

/// <summary>The live report laid beside the signed one, both laid out by <see cref="ReportDocument"/> in the same
/// language: which table cells and paragraphs of the live document now say something else than at signing, and
/// what they said then. Sections are paired by heading, tables and paragraphs by their order in the section, table
/// rows by their first cell (the indicator, the country, the kind), so it needs no knowledge of the layout.</summary>
public sealed class DocumentComparison
{
    private readonly Dictionary<TableBlock, Dictionary<(int Row, int Column),
        string?>> cells = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ParagraphBlock, string> paragraphs = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many cells differ (a row the signed report did not have counts each of its figures).</summary>
    public int ChangedCells => cells.Values.Sum(c => c.Count);

    public int ChangedParagraphs => paragraphs.Count;

    /// <summary>True when the cell differs; <paramref name="atSigning"/> is then its text in the signed report, or
    /// null when the signed report had no such row.</summary>
    public bool Changed(TableBlock table, int row, int column, out string? atSigning)
    {
        atSigning = null;
        return cells.TryGetValue(table, out var changed) && changed.TryGetValue((row, column), out atSigning);
    }

    /// <summary>The signed text of a paragraph that now reads differently.</summary>
    public string? SignedText(ParagraphBlock paragraph) => paragraphs.GetValueOrDefault(paragraph);

    public static DocumentComparison Compare(ReportDocument live, ReportDocument atSigning)
    {
        var comparison = new DocumentComparison();
        var before = Sections(atSigning).GroupBy(s => s.Heading).ToDictionary(g => g.Key, g => g.First().Blocks);
        foreach (var (heading, blocks) in Sections(live))
        {
            if (!before.TryGetValue(heading, out var old))
            {
                continue;
            }

            var oldTables = old.OfType<TableBlock>().ToList();
            foreach (var (table, i) in blocks.OfType<TableBlock>().Select((t, i) => (t, i)))
            {
                if (i < oldTables.Count && oldTables[i].Header.Count == table.Header.Count)
                {
                    comparison.CompareTable(table, oldTables[i]);
                }
            }

            var oldParagraphs = old.OfType<ParagraphBlock>().ToList();
            foreach (var (paragraph, i) in blocks.OfType<ParagraphBlock>().Select((p, i) => (p, i)))
            {
                if (i < oldParagraphs.Count && oldParagraphs[i].Text != paragraph.Text)
                {
                    comparison.paragraphs[paragraph] = oldParagraphs[i].Text;
                }
            }
        }

        return comparison;
    }

    private void CompareTable(TableBlock live, TableBlock signed)
    {
        var byLabel = signed.Rows.GroupBy(r => r[0]).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single());
        var labelled = live.Rows.Select(r => r[0]).Distinct().Count() == live.Rows.Count;
        var changed = new Dictionary<(int, int), string?>();
        for (var r = 0; r < live.Rows.Count; r++)
        {
            var row = live.Rows[r];
            var old = labelled ? byLabel.GetValueOrDefault(row[0]) : r < signed.Rows.Count ? signed.Rows[r] : null;
            for (var c = 1; c < row.Count; c++)
            {
                if (old is null)
                {
                    if (live.Numeric[c] && row[c].Length > 0)
                    {
                        changed[(r, c)] = null;
                    }
                }
                else if (c < old.Count && old[c] != row[c])
                {
                    changed[(r, c)] = old[c];
                }
            }
        }

        if (changed.Count > 0)
        {
            cells[live] = changed;
        }
    }

    /// <summary>The body cut at its headings; blocks before the first heading belong to a section named "".</summary>
    private static List<(string Heading, List<ReportBlock> Blocks)> Sections(ReportDocument document)
    {
        var sections = new List<(string, List<ReportBlock>)> { ("", []) };
        foreach (var block in document.Body)
        {
            if (block is HeadingBlock h)
            {
                sections.Add((h.Text, []));
            }
            else
            {
                sections[^1].Item2.Add(block);
            }
        }

        return sections;
    }
}
