using System.Globalization;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;

namespace Attache.Audit;

/// <summary>Reads the audit trail for people: a field by its label in the page's language ("startsOn" → "Ngày bắt
/// đầu"), a stage by its name ("Approved" → "Đã phê duyệt"), a country by its name, a moment in Viet Nam time, a day,
/// yes or no — never a property name or a stored code. The field's kind comes from the EF model of the record the entry is about.</summary>
public sealed class HistoryLabels(AttacheDb db, IStringLocalizer<SharedResource> l) : IFeatureService
{
    /// <summary>The label key of a recorded field: its words, the first capitalised, without a trailing "Id"
    /// ("partnerId" → "Partner", "startsOn" → "Starts on").</summary>
    public static string LabelKey(string field)
    {
        var name = field.Length > 2 && field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field;
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
            {
                words.Add(name[start..i].ToLowerInvariant());
                start = i;
            }
        }

        var text = string.Join(' ', words);
        return text.Length == 0 ? field : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The enum a recorded field holds, if any.</summary>
    public static Type? EnumOf(IModel model, string entity, string field)
    {
        var type = model.GetEntityTypes().FirstOrDefault(t => AuditRecorder.EntityName(t.ClrType) == entity);
        var property = type?.GetProperties().FirstOrDefault(p =>
            string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        var clr = property is null ? null : Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        return clr is { IsEnum: true } ? clr : null;
    }

    /// <summary>The longest value shown whole in a history row.</summary>
    public const int MaxShown = 300;

    public string Field(string field) => l[LabelKey(field)];

    public string? Value(string entity, string field, string? value)
    {
        if (value is null || value == AuditRecorder.Hidden)
        {
            return value;
        }

        if (EnumOf(db.Model, entity, field) is { } kind)
        {
            var named = l[$"{kind.Name}.{value}"];
            return named.ResourceNotFound ? l[value] : named.Value;
        }

        if (value.Length == 2 && (field.EndsWith("ountry", StringComparison.Ordinal)
                || field.EndsWith("ountryCode", StringComparison.Ordinal) || field == "nationality"))
        {
            return Countries.Name(value);
        }

        var culture = CultureInfo.CurrentCulture;
        if (value.Length >= 19 && DateTime.TryParseExact(value, "O", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment))
        {
            return VietnamClock.Shown(moment);
        }

        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d", culture);
        }

        return value switch
        {
            "True" => l["Yes"],
            "False" => l["No"],
            // A long text (an article's body) is shown by its beginning; the record itself has the whole.
            { Length: > MaxShown } => value[..MaxShown].TrimEnd() + "…",
            _ => value,
        };
    }
}
