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

    // The names of the records and people the rows refer to, by the referenced type and key (PrepareAsync).
    private readonly Dictionary<(Type Type, string Key), string> names = [];
    private readonly Dictionary<string, string> people = new(StringComparer.OrdinalIgnoreCase);

    // What a record is called, in the reader's language first: a partner's Vietnamese or English name, a
    // delegation's title, a person's display name.
    private static readonly string[] NamesVi =
        ["NameVietnamese", "NameVi", "TitleVi", "Title", "Name", "NameLatin", "NameEnglish", "DisplayName", "FullName"];
    private static readonly string[] NamesEn =
        ["NameEnglish", "NameEn", "NameLatin", "TitleEn", "Title", "Name", "NameVi", "DisplayName", "FullName"];

    public string Field(string field) => l[LabelKey(field)];

    /// <summary>The record type a recorded field points at (a partner for "partnerId"), from the EF model.</summary>
    public static Type? Referenced(IModel model, string entity, string field)
    {
        var type = model.GetEntityTypes().FirstOrDefault(t => AuditRecorder.EntityName(t.ClrType) == entity);
        var property = type?.GetProperties().FirstOrDefault(p =>
            string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        return property?.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType;
    }

    /// <summary>A child row's link to the record the page is about (a member's delegation): it says nothing there.
    /// </summary>
    public bool IsLinkTo(string entity, string field, string owner) =>
        Referenced(db.Model, entity, field) is { } type && AuditRecorder.EntityName(type) == owner;

    /// <summary>Who made a change: their display name, the account's name when there is none.</summary>
    public string? Person(string? userName) =>
        userName is not null && people.TryGetValue(userName, out var name) ? name : userName;

    /// <summary>Loads from <paramref name="source"/> (a context of the caller's, which may be busy elsewhere), in a
    /// few queries, the names of the records the rows point at and of the people who made
    /// them, so that a row reads "Partner: — → Tỉnh Vân Nam" and not "— → 12".</summary>
    public async Task PrepareAsync(AttacheDb source, IEnumerable<AuditRow> rows, CancellationToken ct)
    {
        var list = rows.ToList();
        var wanted = new Dictionary<Type, HashSet<string>>();
        foreach (var row in list)
        {
            foreach (var change in row.Changes)
            {
                if (Referenced(db.Model, row.Entity, change.Field) is not { } type)
                {
                    continue;
                }

                foreach (var value in new[] { change.From, change.To })
                {
                    if (value is not null && value != AuditRecorder.Hidden)
                    {
                        (wanted.TryGetValue(type, out var keys) ? keys : wanted[type] = []).Add(value);
                    }
                }
            }
        }

        foreach (var (type, keys) in wanted)
        {
            foreach (var (key, name) in await NamesAsync(source, type, keys, ct))
            {
                names[(type, key)] = name;
            }
        }

        var users = list.Select(r => r.UserName).OfType<string>().Distinct().ToList();
        foreach (var user in await source.Users.Where(u => users.Contains(u.UserName!) && u.DisplayName != null)
                     .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct))
        {
            people[user.UserName!] = user.DisplayName!;
        }
    }

    private static async Task<IEnumerable<KeyValuePair<string, string>>> NamesAsync(AttacheDb source, Type type,
        HashSet<string> keys, CancellationToken ct)
    {
        var entity = source.Model.FindEntityType(type);
        var key = entity?.FindPrimaryKey()?.Properties is [var one] ? one : null;
        var candidates = Localization.IsVietnamese ? NamesVi : NamesEn;
        var shown = candidates.Where(n => entity?.FindProperty(n) is { ClrType: var t } && t == typeof(string))
            .Take(2).ToList();
        if (key is null || shown.Count == 0)
        {
            return [];
        }

        var fallback = shown.Count > 1 ? shown[1] : shown[0];
        if (key.ClrType == typeof(int))
        {
            var ids = keys.Select(k => int.TryParse(k, CultureInfo.InvariantCulture, out var i) ? i : (int?)null)
                .OfType<int>().ToList();
            return (await InvokeAsync<int>(source, type, key.Name, ids, shown[0], fallback, ct))
                .Select(p => KeyValuePair.Create(p.Key.ToString(CultureInfo.InvariantCulture), p.Value));
        }

        return key.ClrType == typeof(string)
            ? await InvokeAsync<string>(source, type, key.Name, [.. keys], shown[0], fallback, ct)
            : [];
    }

    private static Task<Dictionary<TKey, string>> InvokeAsync<TKey>(AttacheDb source, Type type, string key,
        List<TKey> ids, string name, string fallback, CancellationToken ct) where TKey : notnull =>
        (Task<Dictionary<TKey, string>>)typeof(HistoryLabels)
            .GetMethod(nameof(NamesOfAsync), System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type, typeof(TKey))
            .Invoke(null, [source, key, ids, name, fallback, ct])!;

    private static async Task<Dictionary<TKey, string>> NamesOfAsync<TEntity, TKey>(AttacheDb source, string key,
        List<TKey> ids, string name, string fallback, CancellationToken ct) where TEntity : class where TKey : notnull
    {
        var rows = await source.Set<TEntity>().AsNoTracking()
            .Where(e => ids.Contains(EF.Property<TKey>(e, key)))
            .Select(e => new
            {
                Key = EF.Property<TKey>(e, key),
                Name = EF.Property<string?>(e, name),
                Fallback = EF.Property<string?>(e, fallback),
            })
            .ToListAsync(ct);
        return rows.Where(r => !string.IsNullOrWhiteSpace(r.Name ?? r.Fallback))
            .ToDictionary(r => r.Key, r => (string.IsNullOrWhiteSpace(r.Name) ? r.Fallback : r.Name)!);
    }

    public string? Value(string entity, string field, string? value)
    {
        if (value is null || value == AuditRecorder.Hidden)
        {
            return value;
        }

        if (Referenced(db.Model, entity, field) is { } referenced && names.TryGetValue((referenced, value), out var n))
        {
            return n;
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
