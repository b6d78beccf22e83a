using System.Globalization;
using Attache.Reports;

namespace Attache.Partners;

/// <summary>The partner's brief (<see cref="PartnerBrief"/>) as a one-page Word document, in the language the brief
/// was read in: the same sections as the print page (/partners/{id}/brief).</summary>
public static class PartnerBriefDocx
{
    public static byte[] Write(PartnerBrief brief, bool vi)
    {
        var doc = new PlainDocx(vi, compact: true);
        var culture = Rounding.Culture(vi);
        string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", culture) ?? "";
        string Title(PartnerRecord r) => PartnerBriefText.Title(r);
        void More(PartnerBriefList list)
        {
            if (list.More > 0)
            {
                doc.Note(doc.Format("{0} more on the partner's page", list.More.ToString("N0", culture)));
            }
        }

        doc.Title(doc.T("Brief for a meeting"));
        doc.Subtitle(brief.Name);

        doc.Heading("1. " + doc.T("Who they are"));
        doc.Facts([
            (doc.T("Names"), PartnerBriefText.Names(brief)),
            (doc.T("Kind"), brief.Kind),
            (doc.T("Country"), brief.Country),
            (doc.T("Part of"), brief.Parent),
            (doc.T("Includes"), string.Join(", ", brief.SubUnits)),
            (doc.T("Website"), brief.Website),
            (doc.T("Contacts"), string.Join("; ", brief.Contacts.Select(PartnerBriefText.Contact))),
            (doc.T("Records with this partner"), PartnerBriefText.Counts(brief, key => doc.T(key), culture)),
        ]);

        doc.Heading("2. " + doc.T("What we signed"));
        string[] agreementHeader = [doc.T("Name or title"), doc.T("Status"), doc.T("Signed on"), doc.T("Expires")];
        string Expiry(PartnerRecord r) => r.Until is { } until ? Day(until) : r.Date is null ? "" : doc.T("open-ended");
        doc.Subheading(doc.T("Agreements in force"));
        doc.TableOrNone(agreementHeader, [.. brief.InForce.Shown.Select(r =>
            (string[])[Title(r), r.Status, Day(r.Date), Expiry(r)])]);
        More(brief.InForce);
        if (brief.OtherAgreements.Total > 0)
        {
            doc.Subheading(doc.T("Other agreements"));
            doc.Table(agreementHeader, [.. brief.OtherAgreements.Shown.Select(r =>
                (string[])[Title(r), r.Status, Day(r.Date), Expiry(r)])]);
            More(brief.OtherAgreements);
        }

        doc.Heading("3. " + doc.T("Who visited whom"));
        doc.TableOrNone([doc.T("Dates"), doc.T("Direction"), doc.T("Name or title"), doc.T("Status")],
            [.. brief.Visits.Shown.Select(r => (string[])[PartnerBriefText.Span(r, Day), r.Detail ?? "", Title(r),
                r.Status])]);
        More(brief.Visits);

        doc.Heading("4. " + doc.T("Aid projects"));
        doc.TableOrNone([doc.T("Dates"), doc.T("Name or title"), doc.T("Status")],
            [.. brief.Aid.Shown.Select(r => (string[])[PartnerBriefText.Span(r, Day), Title(r), r.Status])]);
        More(brief.Aid);

        doc.Heading("5. " + doc.T("What is pending"));
        doc.TableOrNone([doc.T("Name or title"), doc.T("Status"), doc.T("Why")],
            [.. brief.Pending.Shown.Select(r => (string[])[Title(r), r.Status, r.Pending ?? ""])]);
        More(brief.Pending);

        doc.Note(doc.Format("Prepared from Attaché on {0}.", Day(brief.PreparedOn)));
        return doc.Write();
    }

    /// <summary>"partner-brief-mungyeong-city-12.docx" / "tom-tat-doi-tac-…": ASCII, so every browser keeps it.
    /// </summary>
    public static string FileName(PartnerBrief brief, bool vi)
    {
        var slug = new string([.. ReportText.Latin(brief.NameLatin).ToLowerInvariant()
            .Select(ch => ch is >= 'a' and <= 'z' or >= '0' and <= '9' ? ch : '-')]);
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 40)
        {
            slug = slug[..40].TrimEnd('-');
        }

        var id = brief.Id.ToString(CultureInfo.InvariantCulture);
        return (vi ? "tom-tat-doi-tac-" : "partner-brief-") + (slug.Length > 0 ? $"{slug}-{id}" : id) + ".docx";
    }
}

/// <summary>The lines the brief's page and its .docx write alike.</summary>
public static class PartnerBriefText
{
    /// <summary>Its names, Vietnamese, Latin and native: "Thành phố Mungyeong · Mungyeong City · 문경시".
    /// </summary>
    public static string Names(PartnerBrief b) => string.Join(" · ",
        new[] { b.NameVietnamese, b.NameLatin, b.NameNative }.Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct(StringComparer.Ordinal));

    public static string Contact(ContactDto c) => string.Join(", ",
        new[] { c.Name, c.Title, c.Email, c.Phone }.Where(x => !string.IsNullOrWhiteSpace(x)));

    /// <summary>"Delegations 4 · Agreements 2 · …", the kinds with none left out.</summary>
    public static string Counts(PartnerBrief b, Func<string, string> text, CultureInfo culture)
    {
        var counted = b.Counts.Where(s => s.Count > 0)
            .Select(s => $"{text($"PartnerRecordKind.{s.Kind}")} {s.Count.ToString("N0", culture)}").ToList();
        return counted.Count == 0 ? text("None recorded.") : string.Join(" · ", counted);
    }

    /// <summary>A record's title, with the sub-units it is linked through: "Twinning … (Jinshuihe Town)".</summary>
    public static string Title(PartnerRecord r) =>
        r.Via.Count == 0 ? r.Title : $"{r.Title} ({string.Join(", ", r.Via)})";

    /// <summary>"02/05/2024 – 05/05/2024", or the one day.</summary>
    public static string Span(PartnerRecord r, Func<DateOnly?, string> day) =>
        r.Until is { } until && until != r.Date ? $"{day(r.Date)} – {day(until)}" : day(r.Date);
}
