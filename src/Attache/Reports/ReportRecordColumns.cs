using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Attache.Reports;

/// <summary>The records view's headers and cells in the reader's language: column names of
/// <see cref="SectionRecords"/> through the resources ("ReportColumn.startsOn"), enum names through their
/// labels.</summary>
public static class ReportRecordColumns
{
    public static string Header(IStringLocalizer L, string column) => L[$"ReportColumn.{column}"];

    /// <summary>The labels' resource prefix of a column holding an enum name, per section.</summary>
    private static string? EnumOf(ReportSection section, string column) => (section, column) switch
    {
        (ReportSection.Partners, "kind") => "PartnerKind",
        (ReportSection.Delegations, "direction") => "DelegationDirection",
        (ReportSection.Delegations, "status") => "DelegationStatus",
        (ReportSection.Agreements, "kind") => "AgreementKind",
        (ReportSection.Agreements, "status") => "AgreementStatus",
        (ReportSection.Aid, "kind") => "AidKind",
        (ReportSection.Aid, "status") => "ActivityStatus",
        (ReportSection.Twinnings, "localityKind") => "LocalityKind",
        (ReportSection.Twinnings, "status") => "TwinningStatus",
        (ReportSection.Events, "kind") => "EventKind",
        (ReportSection.Consular, "kind") => RecordColumns.ConsularKind,
        (ReportSection.Consular, "figure") => RecordColumns.ConsularFigure,
        _ => null,
    };

    public static (string Text, bool Numeric) Cell(IStringLocalizer L, ReportSection section, string column,
        object? value, bool vi)
    {
        var culture = Rounding.Culture(vi);
        return value switch
        {
            null => ("", false),
            DateOnly d => (d.ToString("dd/MM/yyyy", culture), false),
            int or long => (((IFormattable)value).ToString("#,##0", culture), true),
            decimal m => (m.ToString("#,##0.##", culture), true),
            string s when column == "country" => (ReportText.Country(s, vi), false),
            string s when EnumOf(section, column) is { } prefix => (Label(L, prefix, s), false),
            _ => (Convert.ToString(value, culture) ?? "", false),
        };
    }

    private static string Label(IStringLocalizer L, string prefix, string name)
    {
        var label = L[$"{prefix}.{name}"];
        return label.ResourceNotFound ? name : label.Value;
    }
}
