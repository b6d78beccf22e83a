using System.Collections.Concurrent;
using System.Xml.Linq;

namespace Attache.Aid.Iati;

/// <summary>The official IATI code lists (version 2.03), embedded in the app from IATI/IATI-Codelists: the codes
/// and their English names are read from them, never typed by hand.</summary>
public static class IatiCodeLists
{
    public const string ActivityStatus = nameof(ActivityStatus);
    public const string TransactionType = nameof(TransactionType);
    public const string Sector = nameof(Sector);
    public const string SectorVocabulary = nameof(SectorVocabulary);
    public const string Currency = nameof(Currency);
    public const string OrganisationType = nameof(OrganisationType);
    public const string OrganisationRole = nameof(OrganisationRole);
    public const string ActivityDateType = nameof(ActivityDateType);
    public const string BudgetType = nameof(BudgetType);

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Loaded = new();

    /// <summary>Code → English name of one list.</summary>
    public static IReadOnlyDictionary<string, string> Get(string list) => Loaded.GetOrAdd(list, Load);

    public static bool IsCode(string list, string? code) => code is not null && Get(list).ContainsKey(code);

    public static string? Name(string list, string? code) => code is not null && Get(list)
        .TryGetValue(code, out var name) ? name : null;

    /// <summary>An OECD-DAC 5-digit purpose code (vocabulary 1) that the Sector list knows.</summary>
    public static bool IsSector(string? code) => code is { Length: 5 } && IsCode(Sector, code);

    public static bool IsCurrency(string? code) => IsCode(Currency, code);

    private static Dictionary<string, string> Load(string list)
    {
        using var stream = typeof(IatiCodeLists).Assembly
            .GetManifestResourceStream($"Attache.Aid.Iati.CodeLists.{list}.xml")
            ?? throw new InvalidOperationException($"The IATI code list {list} is not embedded in the app.");
        var doc = XDocument.Load(stream);
        return doc.Descendants("codelist-item")
            .Where(i => (string?)i.Attribute("status") != "withdrawn")
            .ToDictionary(
                i => ((string?)i.Element("code") ?? "").Trim(),
                i => i.Element("name")?.Elements("narrative")
                    .FirstOrDefault(n => n.Attribute(XNamespace.Xml + "lang") is null)?.Value.Trim() ?? "",
                StringComparer.Ordinal);
    }
}
