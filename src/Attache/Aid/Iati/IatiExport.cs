using System.Globalization;
using System.Xml.Linq;
using Attache.Infrastructure;
using Attache.Provinces;
using Microsoft.EntityFrameworkCore;

namespace Attache.Aid.Iati;

/// <summary>Writes the projects the request may see as an IATI 2.03 <c>iati-activities</c> document, in the element
/// order the schema's sequence demands.</summary>
public static class IatiExport
{
    public const string Version = "2.03";
    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>The department's own IATI organisation identifier; the import recognises it as "us".</summary>
    public static string DepartmentRef(string provinceCode) => $"VN-SNGV-{provinceCode}";

    public static async Task<XDocument> BuildAsync(AttacheDb db, CancellationToken ct)
    {
        var projects = await db.Set<AidProject>().AsNoTracking().AsSplitQuery()
            .Include(p => p.Province).Include(p => p.Participants).ThenInclude(x => x.Partner)
            .Include(p => p.Sectors).Include(p => p.Locations).Include(p => p.Budgets).Include(p => p.Transactions)
                .ThenInclude(t => t.ProviderPartner)
            .OrderBy(p => p.ProvinceId).ThenBy(p => p.Identifier).ToListAsync(ct);
        var root = new XElement("iati-activities",
            new XAttribute("version", Version),
            new XAttribute("generated-datetime", db.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ",
                CultureInfo.InvariantCulture)),
            projects.Select(Activity));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        XmlText.Clean(document);
        return document;
    }

    private static XElement Activity(AidProject p)
    {
        var province = p.Province!;
        return new XElement("iati-activity",
            new XAttribute("last-updated-datetime", p.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ",
            CultureInfo.InvariantCulture)), new XAttribute(Xml + "lang", "vi"),
            new XAttribute("default-currency", p.DefaultCurrency),
            new XElement("iati-identifier", p.Identifier),
            new XElement("reporting-org", new XAttribute("ref", DepartmentRef(province.Code)),
                new XAttribute("type", "10"), Narrative($"Sở Ngoại vụ {province.NameVi}", null),
                Narrative($"Department of Foreign Affairs, {province.NameEn}", "en")),
            new XElement("title", Texts(p.TitleVi, p.TitleEn) ?? [Narrative(p.Identifier, null)]),
            new XElement("description", new XAttribute("type", "1"),
                Texts(p.DescriptionVi, p.DescriptionEn) ?? Texts(p.TitleVi, p.TitleEn)
                ?? [Narrative(p.Identifier, null)]),
            Participants(p),
            new XElement("activity-status", new XAttribute("code", (int)p.Status)),
            Dates(p),
            new XElement("recipient-country", new XAttribute("code", "VN"), new XAttribute("percentage", "100")),
            p.Locations.OrderBy(l => l.Id).Select(l => Location(l, province)),
            p.Sectors.OrderBy(s => s.Id).Select(s => new XElement("sector", new XAttribute("vocabulary", "1"),
                new XAttribute("code", s.Code), new XAttribute("percentage",
                s.Percentage.ToString("0.##", CultureInfo.InvariantCulture)))),
            new XElement("default-flow-type", new XAttribute("code", IatiKinds.FlowType(p.Kind))),
            new XElement("default-finance-type", new XAttribute("code", IatiKinds.FinanceType(p.Kind))),
            p.Budgets.OrderBy(b => b.PeriodStart).Select(b => new XElement("budget",
                new XAttribute("type", b.Revised ? "2" : "1"),
                new XElement("period-start", new XAttribute("iso-date", Iso(b.PeriodStart))),
                new XElement("period-end", new XAttribute("iso-date", Iso(b.PeriodEnd))),
                Value(b.Value, b.Currency, b.PeriodStart))),
            p.Transactions.OrderBy(t => t.Date).ThenBy(t => t.Id).Select(Transaction));
    }

    private static IEnumerable<XElement> Participants(AidProject p)
    {
        if (p.Participants.Count == 0)
        {
            // The schema wants at least one: the department itself is accountable for what it records.
            yield return new XElement("participating-org", new XAttribute("role", "2"),
                new XAttribute("ref", DepartmentRef(p.Province!.Code)), new XAttribute("type", "10"),
                Narrative($"Sở Ngoại vụ {p.Province.NameVi}", null));
            yield break;
        }

        foreach (var x in p.Participants.OrderBy(x => x.Role).ThenBy(x => x.Id))
        {
            yield return new XElement("participating-org",
                x.OrganisationRef is null ? null : new XAttribute("ref", x.OrganisationRef),
                x.OrganisationType is null ? null : new XAttribute("type", x.OrganisationType),
                new XAttribute("role", (int)x.Role),
                Narrative(x.Partner!.NameLatin, null));
        }
    }

    private static IEnumerable<XElement> Dates(AidProject p)
    {
        (DateOnly? Date, int Type)[] dates = [(p.PlannedStart, 1), (p.ActualStart, 2), (p.PlannedEnd, 3),
            (p.ActualEnd, 4)];
        var any = false;
        foreach (var (date, type) in dates)
        {
            if (date is { } d)
            {
                any = true;
                yield return new XElement("activity-date", new XAttribute("type", type),
                    new XAttribute("iso-date", Iso(d)));
            }
        }

        if (!any)
        {
            // The schema wants at least one date; the record's creation is the planned start the department knows of.
            yield return new XElement("activity-date", new XAttribute("type", 1),
                new XAttribute("iso-date", Iso(DateOnly.FromDateTime(p.CreatedAt))));
        }
    }

    private static XElement Location(AidLocation l, Province province) => new("location",
        new XElement("name", Narrative(l.Commune, null)),
        new XElement("description", Narrative($"{l.Commune}, {province.NameVi} ({province.Code})", null)),
        l.Latitude is { } lat && l.Longitude is { } lon
            ? new XElement("point", new XAttribute("srsName", "http://www.opengis.net/def/crs/EPSG/0/4326"),
                new XElement("pos", string.Create(CultureInfo.InvariantCulture, $"{lat} {lon}")))
            : null);

    private static XElement Transaction(AidTransaction t) => new("transaction",
        new XElement("transaction-type", new XAttribute("code", (int)t.Type)),
        new XElement("transaction-date", new XAttribute("iso-date", Iso(t.Date))),
        Value(t.Value, t.Currency, t.ValueDate),
        t.Description is null ? null : new XElement("description", Narrative(t.Description, null)),
        Org("provider-org", t.ProviderRef, t.ProviderName ?? t.ProviderPartner?.NameLatin),
        Org("receiver-org", t.ReceiverRef, t.ReceiverName));

    private static XElement? Org(string element, string? reference, string? name) =>
        reference is null && name is null ? null
            : new XElement(element, reference is null ? null : new XAttribute("ref", reference),
                name is null ? null : Narrative(name, null));

    private static XElement Value(decimal value, string currency, DateOnly date) => new("value",
        new XAttribute("currency", currency), new XAttribute("value-date", Iso(date)),
        value.ToString("0.##########", CultureInfo.InvariantCulture));

    private static XElement[]? Texts(string? vi, string? en)
    {
        var list = new List<XElement>();
        if (vi is not null)
        {
            list.Add(Narrative(vi, null));
        }

        if (en is not null)
        {
            list.Add(Narrative(en, "en"));
        }

        return list.Count == 0 ? null : [.. list];
    }

    private static XElement Narrative(string text, string? lang) =>
        new("narrative", lang is null ? null : new XAttribute(Xml + "lang", lang), text);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>How the four kinds of aid read in IATI flow and finance types, both ways.</summary>
public static class IatiKinds
{
    public static string FlowType(AidKind kind) => kind switch
    {
        AidKind.OdaGrant or AidKind.OdaLoan => "10",
        AidKind.PreferentialLoan => "20",
        _ => "30",
    };

    public static string FinanceType(AidKind kind) =>
        kind is AidKind.OdaLoan or AidKind.PreferentialLoan ? "421" : "110";

    private static readonly HashSet<string> NonGovernmental = ["21", "22", "23", "24", "60", "61", "62", "70", "71",
        "72", "73", "80", "90"];

    /// <summary>Private flows (30) and grants reported by NGOs and foundations are aid outside ODA (Decree
    /// 80/2020).</summary>
    public static AidKind FromIati(string? flowType, string? financeType, string? reportingOrgType)
    {
        var loan = financeType is { Length: 3 } && financeType[0] == '4';
        return flowType switch
        {
            "30" => AidKind.NonRefundableAid,
            "20" or "35" => loan ? AidKind.PreferentialLoan : AidKind.NonRefundableAid,
            _ when loan => AidKind.OdaLoan,
            _ when reportingOrgType is not null && NonGovernmental.Contains(reportingOrgType) =>
                AidKind.NonRefundableAid,
            _ => AidKind.OdaGrant,
        };
    }
}
