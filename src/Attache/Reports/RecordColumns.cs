using static Attache.Reports.ReportText;

namespace Attache.Reports;

/// <summary>How a records list of the summary (keys and raw values, the same for both languages) is shown to a
/// reader: each column's header in the reader's language, enum names by their labels, ISO country codes by the
/// country's name, and of a value stored in both languages (a title, a partner's name) only the reader's, with the
/// other as a fallback when it is missing.</summary>
internal sealed record RecordColumns(string Header, Func<IReadOnlyList<object?>, object?> Value)
{
    private static readonly Dictionary<string, (string Vi, string En)> Headers = new(StringComparer.Ordinal)
    {
        ["province"] = ("Tỉnh", "Province"), ["startsOn"] = ("Ngày bắt đầu", "Starts on"), ["direction"] = ("Chiều", "Direction"),
        ["title"] = ("Tên", "Title"), ["status"] = ("Trạng thái", "Status"), ["members"] = ("Số thành viên", "Members"),
        ["foreignVisitors"] = ("Khách nước ngoài", "Foreign visitors"), ["name"] = ("Tên", "Name"), ["kind"] = ("Loại", "Kind"),
        ["country"] = ("Quốc gia", "Country"), ["signedOn"] = ("Ngày ký", "Signed on"), ["expiresOn"] = ("Ngày hết hiệu lực", "Expires on"),
        ["identifier"] = ("Mã dự án", "Identifier"), ["start"] = ("Bắt đầu", "Start"), ["end"] = ("Kết thúc", "End"),
        ["gate"] = ("Cửa khẩu", "Border gate"), ["year"] = ("Năm", "Year"), ["month"] = ("Tháng", "Month"),
        ["stateRevenueVnd"] = ("Thu ngân sách (VND)", "State revenue (VND)"),
        ["importTurnoverUsd"] = ("Kim ngạch nhập khẩu (USD)", "Imports (USD)"), ["exportTurnoverUsd"] = ("Kim ngạch xuất khẩu (USD)", "Exports (USD)"),
        ["passengers"] = ("Lượt người", "Passengers"), ["vehicles"] = ("Lượt phương tiện", "Vehicles"),
        ["locality"] = ("Địa phương", "Locality"), ["localityKind"] = ("Cấp địa phương", "Level"), ["partner"] = ("Đối tác", "Partner"),
        ["place"] = ("Địa điểm", "Place"), ["participants"] = ("Người tham gia", "Participants"),
        ["foreignParticipants"] = ("Người nước ngoài", "From abroad"), ["date"] = ("Ngày", "Date"), ["visitors"] = ("Số khách", "Visitors"),
        ["statusAtEnd"] = ("Trạng thái tại cuối kỳ", "Status at the period's end"),
        ["activeAtEnd"] = ("Hiệu lực tại cuối kỳ", "Active at the period's end"),
        ["programme"] = ("Chương trình", "Programme"), ["cohort"] = ("Đợt", "Cohort"), ["departureOn"] = ("Ngày xuất cảnh", "Departure"),
        ["sent"] = ("Số người đi", "Sent"), ["returned"] = ("Đã về", "Returned"), ["didNotReturn"] = ("Không về", "Did not return"),
        ["quarter"] = ("Quý", "Quarter"), ["category"] = ("Nhóm", "Category"), ["target"] = ("Chỉ tiêu", "Target"),
        ["done"] = ("Đã thực hiện", "Done"),
    };

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
    };

    /// <summary>Columns that hold the same value in two languages: (Vietnamese, other) key pairs.</summary>
    private static readonly (string Vi, string En)[] Pairs = [("titleVi", "titleEn"), ("nameVietnamese", "name"), ("partnerVietnamese", "partner")];

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
                    var (hv, he) = Headers.GetValueOrDefault(pair.En == "titleEn" ? "title" : pair.En, (pair.En, pair.En));
                    columns.Add(new(T(vi, hv, he), r => r[first] is string { Length: > 0 } text ? text : r[second]));
                }

                continue;
            }

            var label = Headers.TryGetValue(key, out var h) ? T(vi, h.Vi, h.En) : key;
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
                columns.Add(new(label, r => r[i] is bool yes ? (yes ? T(vi, "Có", "Yes") : T(vi, "Không", "No")) : r[i]));
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
