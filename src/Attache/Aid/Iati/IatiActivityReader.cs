using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Attache.Infrastructure;

namespace Attache.Aid.Iati;

public sealed record ParsedOrg(string? Ref, string? Name, string? Type, ParticipantRole Role);

public sealed record ParsedTransaction(TransactionType Type, DateOnly Date, DateOnly ValueDate, decimal Value,
    string Currency, string? Description, string? ProviderRef, string? ProviderName, string? ReceiverRef,
    string? ReceiverName);

public sealed record ParsedBudget(DateOnly Start, DateOnly End, decimal Value, string Currency, bool Revised);

/// <summary>One IATI activity as Attache understands it; its JSON is the fingerprint that makes re-imports
/// idempotent.</summary>
public sealed record ParsedActivity(string Identifier, string? TitleVi, string? TitleEn, string? DescriptionVi,
    string? DescriptionEn, AidKind Kind, ActivityStatus Status, DateOnly? PlannedStart, DateOnly? ActualStart,
    DateOnly? PlannedEnd, DateOnly? ActualEnd,
    string DefaultCurrency, List<ParsedOrg> Orgs, List<(string Code, decimal Percentage)> Sectors,
    List<(string Commune, double? Latitude, double? Longitude)> Locations, List<ParsedTransaction> Transactions,
        List<ParsedBudget> Budgets);

/// <summary>What the reader found in one activity: parsed, or skipped with the reason.</summary>
public sealed record ReadActivity(int Index, int Line, string Identifier, ParsedActivity? Activity, string? SkipReason,
    object[]? SkipArgs = null);

/// <summary>Reads an IATI activity file: well-formed, the right root, valid against the 2.03 schema, known code values.
/// Anything wrong is a 400 that says where (line, activity, element); nothing is read half.</summary>
public static class IatiActivityReader
{
    private const int MaxReported = 25;

    /// <summary>The deepest nesting a file may have. IATI 2.03 nests about 8 levels (result, indicator, period,
    /// target, comment, narrative); tens of thousands of levels are an attack on the stack of whatever walks the
    /// tree.</summary>
    public const int MaxDepth = 32;

    public static List<ReadActivity> Read(byte[] content, string provinceCode, IReadOnlyList<string> provinceNames,
        CancellationToken ct = default)
    {
        CheckWhileStreaming(content, ct);
        var doc = Parse(content);
        var errors = new List<string>();
        var read = new List<ReadActivity>();
        var index = 0;
        foreach (var activity in doc.Root!.Elements("iati-activity"))
        {
            ct.ThrowIfCancellationRequested();
            index++;
            var identifier = activity.Element("iati-identifier")?.Value.Trim() ?? "";
            var line = LineOf(activity);
            if (identifier.Length == 0)
            {
                read.Add(new ReadActivity(index, line, "", null,
                    "The activity has no iati-identifier, so it cannot be matched."));
                continue;
            }

            if (!LocatedIn(activity, provinceCode, provinceNames))
            {
                read.Add(new ReadActivity(index, line, identifier, null,
                    "Not located in the province: no location of the activity names {0} ({1}).",
                    [provinceNames[0], provinceCode]));
                continue;
            }

            var where = $"iati-activity {index} '{identifier}'";
            var parsed = ReadOne(activity, where, errors, l => InProvince(l, provinceCode, provinceNames));
            read.Add(new ReadActivity(index, line, identifier, parsed, null));
        }

        foreach (var dup in read.Where(r => r.Activity is not null).GroupBy(r => r.Identifier)
            .Where(g => g.Count() > 1))
        {
            errors.Add($"Line {dup.Skip(1)
                .First().Line}: the iati-identifier '{dup.Key}' appears {dup.Count()} times in the file.");
        }

        if (errors.Count > 0)
        {
            throw Refuse("The file has values Attache cannot take; nothing was imported.", errors);
        }

        return read;
    }

    /// <summary>Streams through the file once, before any tree is built: refuses it at the first element nested
    /// deeper than <see cref="MaxDepth"/>, and validates it against the IATI activity schema (2.03) as it reads. A
    /// file whose root is not <c>iati-activities</c> is left to <see cref="Parse"/>, which says so.</summary>
    private static void CheckWhileStreaming(byte[] content, CancellationToken ct)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true,
            ValidationType = ValidationType.Schema, Schemas = IatiSchema.Activities,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (errors.Count < MaxReported)
            {
                errors.Add($"Line {e.Exception?.LineNumber}: {e.Message}");
            }
        };
        try
        {
            using var stream = new MemoryStream(content);
            using var reader = XmlReader.Create(stream, settings);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    var info = (IXmlLineInfo)reader;
                    throw Refuse("The file nests its elements too deeply.", [
                        $"Line {info.LineNumber}, position {info.LinePosition}: elements are nested more "
                            + $"than {MaxDepth} levels deep; an IATI activity file needs about 8."]);
                }

                if (reader is { NodeType: XmlNodeType.Element, Depth: 0 }
                    && (reader.LocalName != "iati-activities" || reader.NamespaceURI.Length > 0))
                {
                    return;
                }

                if (++nodes % 4096 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException e)
        {
            throw Refuse("The file is not well-formed XML.",
                [$"Line {e.LineNumber}, position {e.LinePosition}: {e.Message}"]);
        }

        if (errors.Count > 0)
        {
            throw Refuse("The file does not follow the IATI activity schema (2.03); nothing was imported.", errors);
        }
    }

    private static XDocument Parse(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null,
            IgnoreComments = true
        };
        try
        {
            using var stream = new MemoryStream(content);
            using var reader = XmlReader.Create(stream, settings);
            var doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (doc.Root is not { Name.LocalName: "iati-activities" } root || root.Name.Namespace != XNamespace.None)
            {
                throw Refuse("This is not an IATI activity file.",
                    [$"Line {LineOf(doc.Root)}: the root element is <{doc.Root?.Name.LocalName}>; an IATI activity "
                    + "file starts with <iati-activities>."]);
            }

            return doc;
        }
        catch (XmlException e)
        {
            throw Refuse("The file is not well-formed XML.",
                [$"Line {e.LineNumber}, position {e.LinePosition}: {e.Message}"]);
        }
    }

    private static bool LocatedIn(XElement activity, string code, IReadOnlyList<string> names) =>
        activity.Elements("location").Any(l => InProvince(l, code, names));

    /// <summary>A location is in the province when its administrative code is the province's ISO code, or its name or
    /// description names the province (with or without diacritics) or its code.</summary>
    private static bool InProvince(XElement location, string code, IReadOnlyList<string> names)
    {
        if (location.Elements("administrative").Any(a => string.Equals((string?)a.Attribute("code"), code,
            StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var text = TextSearch.Fold(string.Join(" ", location.Elements()
            .Where(e => e.Name.LocalName is "name" or "description" or "activity-description")
            .SelectMany(e => e.Elements("narrative")).Select(n => n.Value)));
        return text.Contains(TextSearch.Fold(code), StringComparison.Ordinal)
            || names.Select(TextSearch.Fold).Any(n => n.Length > 0 && text.Contains(n, StringComparison.Ordinal));
    }

    private static ParsedActivity? ReadOne(XElement a, string where, List<string> errors, Func<XElement,
        bool> inProvince)
    {
        var before = errors.Count;
        var lang = (string?)a.Attribute(XNamespace.Xml + "lang")
            ?? (string?)a.Parent?.Attribute(XNamespace.Xml + "lang") ?? "en";
        var (titleVi, titleEn) = Texts(a.Element("title"), lang);
        var (descVi, descEn) = Texts(a.Elements("description")
            .FirstOrDefault(d => (string?)d.Attribute("type") is null or "1"), lang);

        var statusCode = (string?)a.Element("activity-status")?.Attribute("code");
        var status = Code<ActivityStatus>(IatiCodeLists.ActivityStatus, statusCode, a.Element("activity-status"), where,
            "activity-status", errors);

        DateOnly? Date(string type) => a.Elements("activity-date").Where(d => (string?)d.Attribute("type") == type)
            .Select(d => IsoDate((string?)d.Attribute("iso-date"))).FirstOrDefault(d => d is not null);

        var defaultCurrency = ((string?)a.Attribute("default-currency"))?.Trim();
        if (defaultCurrency is not null && !IatiCodeLists.IsCurrency(defaultCurrency))
        {
            errors.Add($"Line {LineOf(a)}, {where}: default-currency '{defaultCurrency}' is not in the IATI "
                + "Currency list.");
        }

        var orgs = new List<ParsedOrg>();
        foreach (var o in a.Elements("participating-org"))
        {
            var role = Code<ParticipantRole>(IatiCodeLists.OrganisationRole, (string?)o.Attribute("role"), o, where,
                "participating-org role", errors);
            var type = ((string?)o.Attribute("type"))?.Trim();
            if (type is { Length: > 0 } && !IatiCodeLists.IsCode(IatiCodeLists.OrganisationType, type))
            {
                errors.Add($"Line {LineOf(o)}, {where}: participating-org type '{type}' is not in the IATI "
                    + "OrganisationType list.");
            }

            var reference = Clean((string?)o.Attribute("ref"));
            var name = Clean(o.Elements("narrative").Select(n => n.Value).FirstOrDefault());
            if (role is { } r && (reference is not null || name is not null))
            {
                orgs.Add(new ParsedOrg(reference, name, type is { Length: > 0 } ? type : null, r));
            }
        }

        var sectors = new List<(string, decimal)>();
        var dac = a.Elements("sector").Where(s => (string?)s.Attribute("vocabulary") is null or "1").ToList();
        foreach (var s in dac)
        {
            var code = ((string?)s.Attribute("code"))?.Trim();
            if (!IatiCodeLists.IsSector(code))
            {
                errors.Add($"Line {LineOf(s)}, {where}: sector code '{code}' is not an OECD-DAC 5-digit purpose code "
                    + "of the IATI Sector list.");
                continue;
            }

            var percentage = decimal.TryParse((string?)s.Attribute("percentage"), NumberStyles.Number,
                CultureInfo.InvariantCulture, out var p) ? p
                : dac.Count == 1 ? 100m : 0m;
            sectors.Add((code!, percentage));
        }

        if (sectors.Count > 0 && sectors.Sum(s => s.Item2) != 100m)
        {
            errors.Add($"Line {LineOf(dac[0])}, {where}: the DAC sector percentages add up to {sectors.Sum(s =>
                s.Item2).ToString(CultureInfo.InvariantCulture)}, not 100.");
        }

        // A multi-province activity keeps only its places in this province: the others are not the province's to
        // report.
        var locations = a.Elements("location").Where(inProvince).Select(l =>
        {
            var name = Clean(l.Element("name")?.Elements("narrative").Select(n => n.Value).FirstOrDefault())
                ?? Clean(l.Element("description")?.Elements("narrative").Select(n => n.Value.Split(',')[0])
                    .FirstOrDefault()) ?? "—";
            double? lat = null, lon = null;
            var pos = ((string?)l.Element("point")?.Element("pos"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pos is { Length: 2 } && double.TryParse(pos[0], CultureInfo.InvariantCulture, out var la)
                && double.TryParse(pos[1], CultureInfo.InvariantCulture, out var lo)
                && la is >= -90 and <= 90 && lo is >= -180 and <= 180)
            {
                (lat, lon) = (la, lo);
            }

            return (name.Length > 200 ? name[..200] : name, lat, lon);
        }).ToList();

        var transactions = new List<ParsedTransaction>();
        foreach (var t in a.Elements("transaction"))
        {
            var type = Code<TransactionType>(IatiCodeLists.TransactionType,
                (string?)t.Element("transaction-type")?.Attribute("code"), t, where, "transaction-type", errors);
            var value = t.Element("value")!;
            var currency = Currency(value, defaultCurrency, where, errors);
            var date = IsoDate((string?)t.Element("transaction-date")?.Attribute("iso-date"));
            var valueDate = IsoDate((string?)value.Attribute("value-date")) ?? date;
            var amount = Amount(value, where, errors);
            if (date is null)
            {
                errors.Add($"Line {LineOf(t)}, {where}: the transaction-date is not a date.");
            }
            else if (type is { } tt && currency is not null && amount is not null)
            {
                transactions.Add(new ParsedTransaction(tt, date.Value, valueDate!.Value, amount.Value, currency,
                    Clean(t.Element("description")?.Elements("narrative").Select(n => n.Value).FirstOrDefault()),
                    Clean((string?)t.Element("provider-org")?.Attribute("ref")),
                        Clean(t.Element("provider-org")?.Elements("narrative").Select(n => n.Value).FirstOrDefault()),
                    Clean((string?)t.Element("receiver-org")?.Attribute("ref")),
                        Clean(t.Element("receiver-org")?.Elements("narrative").Select(n => n.Value).FirstOrDefault())));
            }
        }

        var budgets = new List<ParsedBudget>();
        foreach (var b in a.Elements("budget"))
        {
            var value = b.Element("value")!;
            var currency = Currency(value, defaultCurrency, where, errors);
            var start = IsoDate((string?)b.Element("period-start")?.Attribute("iso-date"));
            var end = IsoDate((string?)b.Element("period-end")?.Attribute("iso-date"));
            var amount = Amount(value, where, errors);
            if (start is null || end is null)
            {
                errors.Add($"Line {LineOf(b)}, {where}: the budget period is not a pair of dates.");
            }
            else if (currency is not null && amount is not null)
            {
                budgets.Add(new ParsedBudget(start.Value, end.Value, amount.Value, currency,
                    (string?)b.Attribute("type") == "2"));
            }
        }

        if (errors.Count > before || status is null)
        {
            return null;
        }

        var kind = IatiKinds.FromIati((string?)a.Element("default-flow-type")?.Attribute("code"),
            (string?)a.Element("default-finance-type")?.Attribute("code"),
            (string?)a.Element("reporting-org")?.Attribute("type"));
        return new ParsedActivity(a.Element("iati-identifier")!.Value.Trim(), Cut(titleVi, AidInput.TitleLength),
            Cut(titleEn, AidInput.TitleLength), Cut(descVi, AidInput.DescriptionLength),
            Cut(descEn, AidInput.DescriptionLength), kind, status.Value,
            Date("1"), Date("2"), Date("3"), Date("4"), defaultCurrency ?? transactions.Select(t => t.Currency)
                .FirstOrDefault() ?? "VND",
            orgs, sectors, locations, transactions, budgets);
    }

    /// <summary>An xsd:date may carry a time zone (2013-11-27Z); the day is what counts.</summary>
    private static DateOnly? IsoDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var d) ? d : null;

    private static decimal? Amount(XElement value, string where, List<string> errors)
    {
        if (decimal.TryParse(value.Value.Trim(), NumberStyles.Number | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var amount)
            && amount is >= -1_000_000_000_000_000m and <= 1_000_000_000_000_000m) // MoneyBounds.MaxAmount, either sign
        {
            return Math.Round(amount, 6);
        }

        errors.Add($"Line {LineOf(value)}, {where}: '{value.Value.Trim()}' is not an amount Attache can keep.");
        return null;
    }

    private static string? Currency(XElement value, string? defaultCurrency, string where, List<string> errors)
    {
        var currency = ((string?)value.Attribute("currency"))?.Trim() ?? defaultCurrency;
        if (currency is null)
        {
            errors.Add($"Line {LineOf(value)}, {where}: the value names no currency and the activity has no "
                + "default-currency.");
            return null;
        }

        if (!IatiCodeLists.IsCurrency(currency))
        {
            errors.Add($"Line {LineOf(value)}, {where}: currency '{currency}' is not in the IATI Currency list.");
            return null;
        }

        return currency;
    }

    private static T? Code<T>(string list, string? code, XElement? at, string where, string what,
        List<string> errors) where T : struct, Enum
    {
        code = code?.Trim();
        if (IatiCodeLists.IsCode(list, code) && int.TryParse(code, CultureInfo.InvariantCulture, out var number)
            && Enum.IsDefined(typeof(T), number))
        {
            return (T)Enum.ToObject(typeof(T), number);
        }

        errors.Add($"Line {LineOf(at)}, {where}: {what} code '{code}' is not in the IATI {list} list.");
        return null;
    }

    private static (string? Vi, string? En) Texts(XElement? element, string lang)
    {
        if (element is null)
        {
            return (null, null);
        }

        string? vi = null, en = null;
        foreach (var n in element.Elements("narrative"))
        {
            var l = (string?)n.Attribute(XNamespace.Xml + "lang") ?? lang;
            if (l.StartsWith("vi", StringComparison.OrdinalIgnoreCase))
            {
                vi ??= Clean(n.Value);
            }
            else
            {
                en ??= Clean(n.Value);
            }
        }

        return (vi, en);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Cut(string? text, int length) => text is null
        || text.Length <= length ? text : text[..length];

    private static int LineOf(XObject? o) => o is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    internal static ProblemException Refuse(string title, IEnumerable<string> errors) =>
        new(StatusCodes.Status400BadRequest, title, string.Join(" ", errors.Take(3)), new Dictionary<string,
            string[]>
        { ["file"] = [.. errors.Take(MaxReported)] });
}
