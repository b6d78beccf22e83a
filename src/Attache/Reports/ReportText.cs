using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

using Attache.Infrastructure;

namespace Attache.Reports;

/// <summary>The words of the report documents. A document's language is chosen by <c>lang=vi|en</c>, not by the
/// reader's UI culture, so its texts are looked up in the UI's resources (English key, Vietnamese in
/// SharedResource.vi.resx) for the document's culture. Words the report says differently from the pages have keys of
/// their own ("ReportSheet.Partners", "Country.VN"), with their English in SharedResource.resx.</summary>
public static partial class ReportText
{
    private static readonly ResourceManager Resources =
        new("Attache.Resources.SharedResource", typeof(SharedResource).Assembly) { IgnoreCase = true };

    /// <summary>The text of a resource key in the document's language; a key without a translation reads as
    /// itself (TranslationTests checks that every key the report uses has its Vietnamese).</summary>
    public static string Text(bool vi, string key) => Resources.GetString(key, Rounding.Culture(vi)) ?? key;

    /// <summary>A template of the resources filled in: "{0} delegations received" → "12 đoàn vào".</summary>
    public static string Format(bool vi, string key, params object?[] args) =>
        string.Format(Rounding.Culture(vi), Text(vi, key), args);

    public static string SectionTitle(ReportSection section, bool vi) => EnumLabel(section, vi);

    /// <summary>"2020–2025" for whole calendar years, else "01/01/2020 – 15/11/2025".</summary>
    public static string Period(DateOnly from, DateOnly to, bool vi)
    {
        if (from is { Month: 1, Day: 1 } && to is { Month: 12, Day: 31 })
        {
            return from.Year == to.Year ? from.Year.ToString(CultureInfo.InvariantCulture) : $"{from.Year}–{to.Year}";
        }

        var culture = Rounding.Culture(vi);
        return $"{from.ToString("dd/MM/yyyy", culture)} – {to.ToString("dd/MM/yyyy", culture)}";
    }

    public static string Date(DateOnly date, bool vi) => date.ToString(vi ? "dd/MM/yyyy" : "d MMMM yyyy",
        Rounding.Culture(vi));

    /// <summary>A country by its ISO code, in the report's spelling ("Country.KR": "Hàn Quốc" / "Korea"), else
    /// .NET's English name.</summary>
    public static string Country(string code, bool vi)
    {
        if (Resources.GetString("Country." + code, Rounding.Culture(vi)) is { } name)
        {
            return name;
        }

        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>A label for a name the other features define (an enum name): the known ones translated,
    /// the others spelled out from their PascalCase ("HighTechAgriculture" → "high tech agriculture").</summary>
    public static string Label(string key, bool vi) =>
        Resources.GetString("ReportLabel." + key, Rounding.Culture(vi)) ?? Words().Replace(key, " $1").Trim()
            .ToLowerInvariant();

    /// <summary>The header of a records column by its key ("signedOn" → "Ngày ký" / "Signed on"): the page's
    /// ("ReportColumn.signedOn") unless the documents word it their own way ("ReportDocumentColumn.title"),
    /// else the key.</summary>
    public static string ColumnHeader(string key, bool vi) =>
        Resources.GetString("ReportDocumentColumn." + key, Rounding.Culture(vi))
        ?? Resources.GetString("ReportColumn." + key, Rounding.Culture(vi)) ?? key;

    /// <summary>An enum value by the label the pages give it ("DelegationStatus", "Completed" → "Đã kết thúc" /
    /// "Completed"), from the UI's resource files so the documents and the pages say the same.</summary>
    public static string EnumLabel(string type, string? name, bool vi)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        return Resources.GetString($"{type}.{name}", Rounding.Culture(vi)) ?? Label(name, vi);
    }

    /// <summary>An enum value by its label, for a value whose type is known.</summary>
    public static string EnumLabel<TEnum>(TEnum value, bool vi)
        where TEnum : struct, Enum => EnumLabel(typeof(TEnum).Name, value.ToString(), vi);

    /// <summary>A name inside a sentence: "Giáo dục tiểu học" → "giáo dục tiểu học", "Social Protection" → "social
    /// protection"; a word in capitals ("ODA", "ICT") stays as it is.</summary>
    public static string Lower(string name) => string.Join(' ', name.Split(' ').Select(word =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c))
            ? char.ToLower(word[0], CultureInfo.InvariantCulture) + word[1..]
            : word));

    /// <summary>A Vietnamese name in Latin letters without its marks, as English texts write it ("Tà Lùng" → "Ta
    /// Lung").</summary>
    public static string Latin(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return sb.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>A label at the start of a table cell: "Thương mại", "Agreement".</summary>
    public static string Capital(string label) =>
        label.Length == 0 ? label : char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];

    /// <summary>The warnings of the summary are written in English for the API; the Vietnamese documents translate
    /// the ones they know and keep the others as they are.</summary>
    public static string Warning(string warning, bool vi)
    {
        if (!vi)
        {
            return warning;
        }

        var match = NoSource().Match(warning);
        if (match.Success && Enum.TryParse<ReportSection>(match.Groups[1].Value, ignoreCase: true, out var section))
        {
            return Format(true, "Section {0} has no data source yet.", SectionTitle(section, vi: true));
        }

        if (OnlyFirst().Match(warning) is { Success: true } first)
        {
            var (listed, total) = (first.Groups[1].Value, first.Groups[2].Value);
            return first.Groups[3].Value switch
            {
                "partners" => Format(true, "Only the first {0} of {1} partners are listed.", listed, total),
                "delegations" => Format(true, "Only the first {0} of {1} delegations are listed.", listed, total),
                _ => Format(true, "Only the first {0} of {1} records are listed.", listed, total),
            };
        }

        if (MissingRate().Match(warning) is { Success: true } rate)
        {
            var day = DateOnly.ParseExact(rate.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Format(true, "No exchange rate for {0} on or before {1}: amounts in {0} of that value date are left "
                + "out of the VND totals.", rate.Groups[1].Value, Date(day, vi: true));
        }

        if (Counted().Match(warning) is { Success: true } counted
            && CountedWarning(int.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture), counted.Groups[2].Value)
                is { } text)
        {
            return text;
        }

        // The warnings the staff UI also shows are its resource keys.
        return Text(true, warning);
    }

    /// <summary>The Vietnamese of a warning that starts with a count, by the words after it (singular or plural).
    /// </summary>
    private static string? CountedWarning(int count, string rest)
    {
        var n = count.ToString("#,##0", Rounding.Culture(true));
        bool Is(string words) => rest.StartsWith(words, StringComparison.Ordinal);
        return true switch
        {
            _ when Is("outbound delegation") =>
                Format(true, "{0} outbound delegations of the period have an overdue outcome report.", n),
            _ when Is("agreement") => Format(true, "{0} agreements are past their expiry date but still recorded as in "
                + "force; they are counted as expired.", n),
            _ when Is("aid project") =>
                Format(true, "{0} aid projects are past their end date but still recorded as in implementation.", n),
            _ when Is("worker") => Format(true, "{0} workers sent in the period are still recorded abroad after the "
                + "planned return date.", n),
            _ when Is("twinning") => Format(true, "{0} twinnings signed by the end of the period are now dormant or "
                + "ended without an end date and are not counted as active.", n),
            _ when Is("foreign organisation") => Format(true, "{0} foreign organisations are recorded as closed "
                + "without a permit end date and are not counted as active.", n),
            _ => null,
        };
    }

    [GeneratedRegex("^No exchange rate for ([A-Z]{3}) on or before (\\d{4}-\\d{2}-\\d{2}): ")]
    private static partial Regex MissingRate();

    [GeneratedRegex("^Only the first ([0-9]+) of ([0-9]+) ([a-z]+) are listed\\.$")]
    private static partial Regex OnlyFirst();

    [GeneratedRegex("^(\\d+) (.+)$")]
    private static partial Regex Counted();

    [GeneratedRegex("^Section ([a-z]+) has no data source yet\\.$")]
    private static partial Regex NoSource();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
