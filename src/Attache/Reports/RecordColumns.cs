using static Attache.Reports.ReportText;

namespace Attache.Reports;

/// <summary>How a records list of the summary (keys and raw values, the same for both languages) is shown to a
/// reader: each column's header in the reader's language, enum names by their labels, ISO country codes by the
/// country's name, and of a value stored in both languages (a title, a partner's name) only the reader's, with the
/// other as a fallback when it is missing.</summary>
internal sealed record RecordColumns(string Header, Func<IReadOnlyList<object?>, object?> Value)
{
    /// <summary>The labels of the consular records' kinds, keyed by the register's enum and the value
    /// ("ConsularKind.IncidentKind.Accident"): the consular section counts records of several registers.</summary>
    public const string ConsularKind = "ConsularKind";

    /// <summary>The labels of what a consular record is counted as ("ConsularFigure.PermitIssued").</summary>
    public const string ConsularFigure = "ConsularFigure";

    /// <summary>The enum behind a column of a section's records.</summary>
    private static readonly Dictionary<(ReportSection, string), string> Enums = new()
    {
        [(ReportSection.Partners, "kind")] = "PartnerKind",
        [(ReportSection.Delegations, "direction")] = "DelegationDirection",
        [(ReportSection.Delegations, "status")] = "DelegationStatus",
        [(ReportSection.Agreements, "kind")] = "AgreementKind",
        [(ReportSection.Agreements, "status")] = "AgreementStatus",
        [(ReportSection.Agreements, "statusAtEnd")] = "AgreementStatus",
        [(ReportSection.Aid, "kind")] = "AidKind",
        [(ReportSection.Aid, "status")] = "ActivityStatus",
        [(ReportSection.Twinnings, "localityKind")] = "LocalityKind",
        [(ReportSection.Twinnings, "status")] = "TwinningStatus",
        [(ReportSection.Events, "kind")] = "EventKind",
        [(ReportSection.Plan, "category")] = "PlanCategory",
        [(ReportSection.Consular, "kind")] = ConsularKind,
        [(ReportSection.Consular, "figure")] = ConsularFigure,
    };

    /// <summary>Columns that hold the same value in two languages: (Vietnamese, other) key pairs.</summary>
    private static readonly (string Vi, string En)[] Pairs =
        [("titleVi", "titleEn"), ("nameVietnamese", "name"), ("partnerVietnamese", "partner")];

    public static List<RecordColumns> For(SectionRecords list, bool vi)
    {
        var index = list.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var columns = new List<RecordColumns>();
        foreach (var (key, i) in index.OrderBy(x => x.Value))
        {
            if (Pairs.FirstOrDefault(p => p.Vi == key || p.En == key) is { Vi: not null } pair
                && index.TryGetValue(pair.Vi, out var viAt) && index.TryGetValue(pair.En, out var enAt))
            {
                // One column for the pair, where its first key stood, in the reader's language.
                if (i == Math.Min(viAt, enAt))
                {
                    var (first, second) = vi ? (viAt, enAt) : (enAt, viAt);
                    var header = ColumnHeader(pair.En == "titleEn" ? "title" : pair.En, vi);
                    columns.Add(new(header, r => r[first] is string { Length: > 0 } text ? text : r[second]));
                }

                continue;
            }

            var label = ColumnHeader(key, vi);
            if (Enums.TryGetValue((list.Section, key), out var type))
            {
                columns.Add(new(label, r => EnumLabel(type, r[i] as string, vi)));
            }
            else if (key is "locality" or "gate" && !vi)
            {
                // Vietnamese place names are stored once, in Vietnamese; English writes them without the marks.
                columns.Add(new(label, r => r[i] is string name ? Latin(name) : r[i]));
            }
            else if (key == "activeAtEnd")
            {
                columns.Add(new(label, r => r[i] is bool yes ? (yes ? Text(vi, "Yes") : Text(vi, "No")) : r[i]));
            }
            else if (key == "country")
            {
                columns.Add(new(label, r => r[i] is string code ? Country(code, vi) : r[i]));
            }
            else
            {
                columns.Add(new(label, r => r[i]));
            }
        }

        return columns;
    }
}
