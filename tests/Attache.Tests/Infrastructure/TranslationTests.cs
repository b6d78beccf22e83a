using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Attache.Components;
using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Attache.Tests.Infrastructure;

/// <summary>Every text the staff pages look up has its Vietnamese translation: a missing one would show English in
/// the middle of a Vietnamese page, which no other test would notice.</summary>
public sealed partial class TranslationTests
{
    private static readonly string Source = Path.Combine(Path.GetDirectoryName(Artifacts.Root)!, "src", "Attache");

    private static HashSet<string> Vietnamese() => Keys("SharedResource.vi.resx");

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Source, "Resources", file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Every_text_looked_up_by_the_pages_and_every_refusal_they_show_is_translated()
    {
        var keys = Vietnamese();
        var files = Directory.EnumerateFiles(Source, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"Only {files.Count} source files under {Source}.");

        var looked = files.SelectMany(f => LookedUp().Matches(File.ReadAllText(f)).Select(m => (Key: m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal), File: Path.GetFileName(f))))
            .ToList();
        Assert.Contains(looked, l => l.Key == "A gate whose last event is {0} cannot be {1}.");

        var messages = typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (Key: (string)f.GetValue(null)!, File: "Messages.cs"));
        var missing = looked.Concat(messages).Where(l => !keys.Contains(l.Key)).Select(l => $"{l.File}: {l.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "No Vietnamese text for:\n" + string.Join("\n", missing));
    }

    /// <summary>The report documents pick their language by <c>lang=</c> and look their words up with
    /// <c>ReportText.Text/Format(vi, "English key", …)</c> and <c>Counted(n, "{0} plural", "{0} singular")</c>: each of
    /// those keys has its Vietnamese, and a key that is not English text itself ("ReportSheet.Aid") has its English.
    /// </summary>
    [Fact]
    public void Every_text_of_the_report_documents_is_translated()
    {
        var vietnamese = Vietnamese();
        var english = Keys("SharedResource.resx");
        var files = Directory.EnumerateFiles(Path.Combine(Source, "Reports"), "*.cs", SearchOption.AllDirectories)
            .ToList();
        var looked = files.SelectMany(f => ReportLookup().Matches(File.ReadAllText(f)).Select(m => (
                Key: string.Concat(Literal().Matches(m.Groups[1].Value).Select(l => l.Groups[1].Value))
                    .Replace("\\\"", "\"", StringComparison.Ordinal),
                File: Path.GetFileName(f))))
            .ToList();
        Assert.Contains(looked, l => l.Key == "{0} and {1}");
        Assert.Contains(looked, l => l.Key == "{0} donors");
        Assert.Contains(looked, l => l.Key == "ReportSheet.Aid");
        Assert.Contains(looked, l => l.Key.StartsWith("{0} agreements are past", StringComparison.Ordinal));
        Assert.True(looked.Count > 150, $"Only {looked.Count} texts looked up by the report.");

        var missing = looked.Where(l => !vietnamese.Contains(l.Key))
            .Select(l => $"{l.File}: {l.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "No Vietnamese text for:\n" + string.Join("\n", missing));

        var unnamed = looked.Where(l => KeyName().IsMatch(l.Key) && !english.Contains(l.Key))
            .Select(l => $"{l.File}: {l.Key}").Distinct().ToList();
        Assert.True(unnamed.Count == 0, "No English text for:\n" + string.Join("\n", unnamed));

        // Country names, labels, section titles and column headers are looked up by keys built from a name
        // ("Country." + code): every key with an English text has its Vietnamese too.
        var untranslated = english.Where(k => !vietnamese.Contains(k)).ToList();
        Assert.True(untranslated.Count == 0, "No Vietnamese text for:\n" + string.Join("\n", untranslated));
        Assert.All(Enum.GetNames<Attache.Reports.ReportSection>(), s => Assert.Contains($"ReportSection.{s}", english));
    }

    [Fact]
    public void A_refusal_reads_in_the_pages_language_with_its_values_labelled()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var L = factory.Create(typeof(SharedResource));
        var delete = ProblemException.Conflict("A delegation that is Completed is part of the record and cannot be deleted; cancel it instead if it did not take place.")
            .Localized("A delegation that is {0} is part of the record and cannot be deleted; cancel it instead if it did not take place.", DelegationStatus.Completed);
        var stale = ProblemException.Stale("The delegation was changed by someone else (version 3, yours 2). Reload it and apply your change again.");
        var plain = ProblemException.Validation("plannedStart", Messages.Required);

        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.Equal("Đoàn ở trạng thái “Đã hoàn thành” đã thuộc hồ sơ lưu trữ và không thể xóa; nếu đoàn không đi, hãy hủy đoàn.", FormProblems.Text(L, delete));
            Assert.StartsWith("Người khác đã lưu bản ghi này", FormProblems.Text(L, stale));
            Assert.Equal("Trường này là bắt buộc.", FormProblems.Text(L, plain));

            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en-GB");
            Assert.Equal(delete.Detail, FormProblems.Text(L, delete));
            Assert.Equal(Messages.Stale, FormProblems.Text(L, stale));
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }

    // Text(vi, "…"), Format(vi, "…", …) and Counted(n, "…", …) in the report: the key, maybe split with +.
    /// <summary>The history of a record names each recorded field by its label and each stage by its name, in the
    /// page's language (<see cref="Attache.Audit.HistoryLabels"/>): every field the audit trail can record, of every
    /// kind of record, has its Vietnamese label, and every value of an enum it holds its Vietnamese name.</summary>
    [Fact]
    public void Every_field_and_stage_the_history_shows_is_translated()
    {
        var keys = Vietnamese();
        using var db = new SqliteAttacheDb(new DbContextOptionsBuilder<SqliteAttacheDb>()
            .UseSqlite("Data Source=:memory:").Options, new Tenant(), TimeProvider.System);
        var skipped = new[] { "Id", "CreatedAt", "UpdatedAt", "Version", "SearchText", "ProvinceId" };
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            foreach (var p in type.GetProperties().Where(p => !p.IsShadowProperty() && !skipped.Contains(p.Name)))
            {
                var label = Attache.Audit.HistoryLabels.LabelKey(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name));
                if (!keys.Contains(label))
                {
                    missing.Add($"{type.ClrType.Name}.{p.Name}: {label}");
                }

                var kind = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
                if (kind.IsEnum)
                {
                    missing.UnionWith(Enum.GetNames(kind).Where(v => !keys.Contains($"{kind.Name}.{v}") && !keys.Contains(v))
                        .Select(v => $"{kind.Name}.{v}"));
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} without Vietnamese:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex("""\b(?:(?:Text|Format)\((?:vi|vietnamese|true)|Counted\([^"();]*(?:\([^"();]*\))?[^"();]*)"""
        + """, ((?:"(?:[^"\\]|\\.)*"\s*\+\s*)*"(?:[^"\\]|\\.)*")""")]
    private static partial Regex ReportLookup();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    // A key that names a text rather than being it: "ReportSheet.Aid", "Country.VN".
    [GeneratedRegex("^[A-Za-z]+\\.[A-Za-z]+$")]
    private static partial Regex KeyName();

    // L["…"] in a page, and the wording a refusal gives the pages with .Localized("…").
    [GeneratedRegex("""(?:\bL\[|\.Localized\()"((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LookedUp();
}
