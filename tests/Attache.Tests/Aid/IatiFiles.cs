using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Attache.Tests.Aid;

/// <summary>The IATI reference material in ../shared/iati and a validator over the official schema there
/// (independent of the copy the app embeds).</summary>
internal static class IatiFiles
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "iati");
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return "/work/shared/iati";
    }

    public static IEnumerable<string> Corpus(string name) =>
        Directory.EnumerateFiles(Path.Combine(Folder, "schema-tests", name), "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    private static readonly Lazy<XmlSchemaSet> Schema = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, Path.Combine(Folder, "schema", "iati-activities-schema.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>The schema errors of a document, with their lines; empty when it is valid.</summary>
    public static List<string> SchemaErrors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema.Value };
        settings.ValidationEventHandler += (_, e) => errors.Add($"line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>A donor's activity file as publishers write them: several activities, recipient locations in and out of
    /// the province, currencies, transaction types. <paramref name="disbursement"/> changes one value for the update
    /// test.</summary>
    public static string DonorFile(decimal disbursement = 120_000m) => new XDocument(
        new XElement("iati-activities", new XAttribute("version", "2.03"),
            new XAttribute("generated-datetime", "2025-06-30T08:00:00Z"),
            Activity("GB-CHC-202918-VN-LC-WASH", "GB-CHC-202918", "Oxfam", "21", "USD", "2", "30", "110",
                [("Phong Thổ", "Phong Thổ, Lai Châu", "22.53 103.35"), ("Sìn Hồ", "Sìn Hồ, tỉnh Lai Châu", null),
                ("Mèo Vạc", "Mèo Vạc, Hà Giang", null)], [("14031", "70"), ("14030", "30")],
                [("2", "2024-01-15", 450_000m, null, "GB-CHC-202918", "Oxfam"),
                    ("3", "2024-03-01", disbursement, null, "GB-CHC-202918", "Oxfam"),
                    ("3", "2024-09-01", 80_000m, "EUR", "GB-CHC-202918", "Oxfam"),
                    ("4", "2024-10-10", 15_000m, null, null, null)],
                ("Nước sạch cho các xã vùng cao Lai Châu", "Clean water for highland communes of Lai Châu")),
            Activity("XM-DAC-41122-VN-LC-NUT", "XM-DAC-41122", "UNICEF", "40", "USD", "4", "10", "110",
                [("Tam Đường", "Tam Đường, Lai Chau province (VN-01)", "22.35 103.58")],
                [("12240", "100")],
                [("2", "2022-05-01", 300_000m, null, "XM-DAC-41122", "UNICEF"),
                    ("3", "2022-06-01", 300_000m, null, "XM-DAC-41122", "UNICEF")],
                ("Dinh dưỡng cho trẻ em xã Tam Đường", "Child nutrition in Tam Đường")),
            Activity("JP-8-VN-LC-TEA", "JP-8", "Japan International Cooperation Agency", "10", "JPY", "2", "10", "110",
                [("Than Uyên", "Than Uyên, Lai Châu", null)],
                [("31120", "60"), ("43072", "40")],
                [("11", "2023-04-01", 45_000_000m, null, "JP-8", "Japan International Cooperation Agency"),
                    ("1", "2023-08-01", 20_000_000m, null, "JP-8", "Japan International Cooperation Agency"),
                    ("3", "2023-09-01", 5_000m, "USD", null, null)],
                ("Chè Shan tuyết cho Than Uyên", "Shan tuyet tea for Than Uyên")),
            Activity("XM-DAC-41114-VN-HG-CLIMATE", "XM-DAC-41114", "UNDP", "40", "USD", "2", "10", "110",
                [("Mèo Vạc", "Mèo Vạc, Hà Giang", null)], [("41010", "100")],
                [("2", "2024-01-01", 1_000_000m, null, "XM-DAC-41114", "UNDP")],
                ("Thích ứng khí hậu ở Hà Giang", "Climate adaptation in Hà Giang")))).ToString();

    private static XElement Activity(string id, string orgRef, string orgName, string orgType, string currency,
        string status, string flow, string finance, (string Name, string Description, string? Pos)[] locations,
        (string Code, string Percentage)[] sectors,
        (string Type, string Date, decimal Value, string? Currency, string? ProviderRef,
            string? ProviderName)[] transactions, (string Vi, string En) title) =>
        new("iati-activity", new XAttribute("default-currency", currency),
            new XAttribute(XNamespace.Xml + "lang", "en"), new XElement("iati-identifier", id),
            new XElement("reporting-org", new XAttribute("ref", orgRef), new XAttribute("type", orgType),
                new XElement("narrative", orgName)),
            new XElement("title", new XElement("narrative", title.En),
                new XElement("narrative", new XAttribute(XNamespace.Xml + "lang", "vi"), title.Vi)),
            new XElement("description", new XElement("narrative", title.En + ": the donor's description.")),
            new XElement("participating-org", new XAttribute("ref", orgRef), new XAttribute("type", orgType),
                new XAttribute("role", "1"), new XElement("narrative", orgName)),
            new XElement("participating-org", new XAttribute("role", "4"), new XAttribute("type", "15"),
                new XElement("narrative", "Lai Chau Provincial Project Management Unit")),
            new XElement("activity-status", new XAttribute("code", status)),
            new XElement("activity-date", new XAttribute("type", "2"),
                new XAttribute("iso-date", transactions[0].Date)),
            new XElement("recipient-country", new XAttribute("code", "VN")),
            locations.Select(l => new XElement("location",
                new XElement("name", new XElement("narrative", l.Name)),
                new XElement("description", new XElement("narrative", l.Description)),
                l.Pos is null ? null : new XElement("point", new XAttribute("srsName",
                    "http://www.opengis.net/def/crs/EPSG/0/4326"), new XElement("pos", l.Pos)))),
            sectors.Select(s => new XElement("sector", new XAttribute("vocabulary", "1"),
                new XAttribute("code", s.Code), new XAttribute("percentage", s.Percentage))),
            new XElement("default-flow-type", new XAttribute("code", flow)),
            new XElement("default-finance-type", new XAttribute("code", finance)),
            transactions.Select(t => new XElement("transaction",
                new XElement("transaction-type", new XAttribute("code", t.Type)),
                new XElement("transaction-date", new XAttribute("iso-date", t.Date)),
                new XElement("value", t.Currency is null ? null : new XAttribute("currency", t.Currency),
                    new XAttribute("value-date", t.Date), t.Value.ToString(CultureInfo.InvariantCulture)),
                t.ProviderName is null ? null : new XElement("provider-org",
                    t.ProviderRef is null ? null : new XAttribute("ref", t.ProviderRef),
                    new XElement("narrative", t.ProviderName)))));
}
