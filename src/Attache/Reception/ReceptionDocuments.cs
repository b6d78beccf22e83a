using Attache.Agreements;
using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Reports;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

/// <summary>The documents of a reception: the seating plan of one item and the briefing pack for the leader who
/// receives. Each is written in one language (lang=vi|en), every word from the resources, as the reports are.
/// </summary>
public sealed class ReceptionDocuments(AttacheDb db, ReceptionService reception) : IFeatureService
{
    /// <summary>The document words: each key has its Vietnamese in SharedResource.vi.resx (a test checks).</summary>
    public static readonly string[] Words =
    [
        "Briefing pack for the reception", "Seating plan", "The delegation", "Direction", "Level", "Dates",
        "Head of delegation", "Partners", "Countries", "Purpose", "Members", "The partner's history",
        "Agreements signed", "Signed on", "Status", "Previous delegations", "None recorded.", "Programme",
        "Itinerary", "Reception items", "Date", "Time", "Place", "Activity", "Item", "Interpreter", "Language",
        "Order of precedence", "Host side", "Guest side", "Name", "Title", "Organisation", "Rank", "Seating",
        "No seating plan yet.", "The host's row is at the bottom; the row opposite at the top.", "Table {0}",
        "Seat", "Side", "Talking points", "Interpreters", "No interpreter chosen.", "Seats in order of precedence",
        "Interpreter (staff)", "Protocol followed", "Prepared from Attaché on {0}.", "Gifts", "Given or received",
        "From or to", "Value (VND)", "Handling",
    ];

    /// <summary>lang=vi (the default) or lang=en; anything else is a 400 naming "lang".</summary>
    public static bool Language(string? lang) => PlainDocx.Language(lang);

    public async Task<(byte[] Bytes, string Name)> SeatingAsync(int delegationId, int itemId, bool vi,
        CancellationToken ct)
    {
        var plan = await reception.GetAsync(delegationId, ct) ?? throw DelegationService.NotFound(delegationId);
        var item = plan.Items.FirstOrDefault(i => i.Id == itemId)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not Found", ReceptionRules.UnknownItem);
        var doc = new PlainDocx(vi);
        doc.Title(doc.T("Seating plan"));
        doc.Subtitle(item.Title);
        doc.Para($"{Day(item.Date, vi)}, {ReceptionService.Time(item.StartTime)}–{ReceptionService.Time(item.EndTime)}"
            + (item.Place is null ? "" : " · " + item.Place));
        doc.Para(plan.DelegationTitle);
        Seating(doc, plan, item);
        return (doc.Write(), (vi ? "so-do-cho-ngoi-" : "seating-plan-") + $"{delegationId}-{itemId}.docx");
    }

    public async Task<(byte[] Bytes, string Name)> BriefingAsync(int delegationId, bool vi, CancellationToken ct)
    {
        var plan = await reception.GetAsync(delegationId, ct) ?? throw DelegationService.NotFound(delegationId);
        var d = await db.Set<Delegation>().AsNoTracking().Include(x => x.Partners).ThenInclude(p => p.Partner)
            .Include(x => x.Countries).Include(x => x.Itinerary).AsSplitQuery()
            .FirstAsync(x => x.Id == delegationId, ct);
        var partnerIds = d.Partners.Select(p => p.PartnerId).ToList();
        var agreements = await db.Set<Agreement>().AsNoTracking()
            .Where(a => a.SignedOn != null && a.Partners.Any(p => partnerIds.Contains(p.PartnerId)))
            .OrderByDescending(a => a.SignedOn).ThenBy(a => a.Id).Take(20).ToListAsync(ct);
        var previous = await db.Set<Delegation>().AsNoTracking()
            .Where(x => x.Id != d.Id && x.Partners.Any(p => partnerIds.Contains(p.PartnerId)))
            .OrderByDescending(x => x.StartsOn).ThenBy(x => x.Id).Take(15).ToListAsync(ct);

        var doc = new PlainDocx(vi);
        doc.Title(doc.T("Briefing pack for the reception"));
        doc.Subtitle(d.Title);

        doc.Heading("1. " + doc.T("The delegation"));
        doc.Table([doc.T("Item"), ""], [
            [doc.T("Direction"), ReportText.EnumLabel(d.Direction, vi)],
            [doc.T("Level"), ReportText.EnumLabel(d.Level, vi)],
            [doc.T("Dates"), $"{Day(d.StartsOn, vi)} – {Day(d.EndsOn, vi)}"],
            [doc.T("Head of delegation"), string.Join(", ",
                new[] { d.HeadName, d.HeadTitle, d.HeadOrganisation }.Where(s => !string.IsNullOrWhiteSpace(s)))],
            [doc.T("Partners"), string.Join("; ", d.Partners.Select(p => p.Partner!.DisplayName(vi)))],
            [doc.T("Countries"), string.Join(", ", d.Countries.Select(c => ReportText.Country(c.Country, vi)))],
            [doc.T("Purpose"), d.Purpose ?? ""],
            [doc.T("Members"), d.MemberCount.ToString(Rounding.Culture(vi))],
        ]);

        doc.Heading("2. " + doc.T("The partner's history"));
        doc.Subheading(doc.T("Agreements signed"));
        doc.TableOrNone([doc.T("Title"), doc.T("Signed on"), doc.T("Status")], [.. agreements.Select(a =>
            (string[])[vi ? a.TitleVi : a.TitleEn ?? a.TitleVi, Day(a.SignedOn!.Value, vi),
                ReportText.EnumLabel(a.Status, vi)])]);
        doc.Subheading(doc.T("Previous delegations"));
        doc.TableOrNone([doc.T("Dates"), doc.T("Direction"), doc.T("Title"), doc.T("Status")], [.. previous.Select(p =>
            (string[])[Day(p.StartsOn, vi), ReportText.EnumLabel(p.Direction, vi), p.Title,
                ReportText.EnumLabel(p.Status, vi)])]);

        doc.Heading("3. " + doc.T("Programme"));
        doc.Subheading(doc.T("Itinerary"));
        doc.TableOrNone([doc.T("Date"), doc.T("Time"), doc.T("Place"), doc.T("Activity")], [.. d.Itinerary
            .OrderBy(i => i.Date).ThenBy(i => i.StartTime).ThenBy(i => i.Id).Select(i => (string[])[Day(i.Date, vi),
                i.StartTime is { } s ? ReceptionService.Time(s) : "", i.Place, i.Activity])]);
        doc.Subheading(doc.T("Reception items"));
        doc.TableOrNone([doc.T("Date"), doc.T("Time"), doc.T("Item"), doc.T("Place"), doc.T("Interpreter")],
            [.. plan.Items.Select(i => (string[])[Day(i.Date, vi), Times(i), $"{ReportText.EnumLabel(i.Kind, vi)}: "
                + i.Title, i.Place ?? "", i.InterpreterName ?? ""])]);

        doc.Heading("4. " + doc.T("Order of precedence"));
        foreach (var (label, side) in Sides(plan))
        {
            doc.Subheading(doc.T(label));
            doc.TableOrNone(["#", doc.T("Name"), doc.T("Title"), doc.T("Organisation"), doc.T("Rank")],
                [.. side.Select(p => (string[])[p.Place.ToString(Rounding.Culture(vi)), p.Name, p.Title ?? "",
                    p.Organisation ?? "", ReportText.EnumLabel(p.Rank, vi)])]);
        }

        doc.Heading("5. " + doc.T("Seating"));
        foreach (var item in plan.Items.Where(i => i.Layout is not null))
        {
            doc.Subheading($"{item.Title} ({Day(item.Date, vi)}, {Times(item)})");
            Seating(doc, plan, item);
        }

        if (plan.Items.All(i => i.Layout is null))
        {
            doc.Para(doc.T("No seating plan yet."));
        }

        doc.Heading("6. " + doc.T("Talking points"));
        foreach (var line in (plan.TalkingPoints ?? doc.T("None recorded.")).Split('\n'))
        {
            doc.Para(line.TrimEnd('\r'));
        }

        doc.Heading("7. " + doc.T("Interpreters"));
        doc.TableOrNone([doc.T("Item"), doc.T("Language"), doc.T("Interpreter")], [.. plan.Items.Select(i =>
            (string[])[i.Title, LanguageName(i.Language, vi), i.InterpreterName ?? doc.T("No interpreter chosen.")])]);
        // The gifts to hand over and those received: the leader gives and accepts them.
        var gifts = await db.Set<Gift>().AsNoTracking().Where(g => g.DelegationId == delegationId)
            .OrderBy(g => g.Date).ThenBy(g => g.Direction).ThenBy(g => g.Id).ToListAsync(ct);
        doc.Heading("8. " + doc.T("Gifts"));
        doc.TableOrNone([doc.T("Date"), doc.T("Given or received"), doc.T("Item"), doc.T("From or to"),
            doc.T("Value (VND)"), doc.T("Handling")], [.. gifts.Select(g => (string[])[Day(g.Date, vi),
                ReportText.EnumLabel(g.Direction, vi), g.Item, g.Counterparty,
                g.Value is { } value ? value.ToString("N0", Rounding.Culture(vi)) : "",
                g.Handling is { } handling ? ReportText.EnumLabel(handling, vi) : ""])]);
        return (doc.Write(), (vi ? "tai-lieu-tiep-doan-" : "reception-briefing-") + $"{delegationId}.docx");
    }

    /// <summary>The seating of one item: the layout drawn, then the seats in order of precedence.</summary>
    private static void Seating(PlainDocx doc, ReceptionDto plan, ReceptionItemDto item)
    {
        if (item.Layout is not { } layout || item.SeatsPerTable is not { } seats)
        {
            doc.Para(doc.T("No seating plan yet."));
            return;
        }

        doc.Para($"{doc.T("Protocol followed")}: {ReportText.EnumLabel(layout, doc.Vietnamese)}");
        var at = item.Seats.ToDictionary(s => (s.Table, s.Position));
        string Who(int table, int position) => at.TryGetValue((table, position), out var s) ? s.Name : "";
        if (layout == SeatingLayout.RoundTables)
        {
            for (var table = 1; table <= (item.Tables ?? 1); table++)
            {
                doc.Subheading(doc.Format("Table {0}", table));
                var t = table;
                doc.Table([doc.T("Seat"), doc.T("Name")], [.. Enumerable.Range(1, seats)
                    .Where(p => at.ContainsKey((t, p))).Select(p => (string[])[p.ToString(Rounding.Culture(
                        doc.Vietnamese)), Who(t, p)])]);
            }
        }
        else
        {
            var width = seats / 2;
            doc.Para(doc.T("The host's row is at the bottom; the row opposite at the top."));
            var culture = Rounding.Culture(doc.Vietnamese);
            doc.Table([.. Enumerable.Range(1, width).Select(c => (width + c).ToString(culture))],
                [[.. Enumerable.Range(1, width).Select(c => Who(1, width + c))],
                    [.. Enumerable.Range(1, width).Select(c => Who(1, c))],
                    [.. Enumerable.Range(1, width).Select(c => c.ToString(culture))]]);
        }

        var seatOf = item.Seats.Where(s => s.ParticipantId is not null).ToDictionary(s => s.ParticipantId!.Value);
        doc.Subheading(doc.T("Seats in order of precedence"));
        var rows = new List<string[]>();
        foreach (var (label, side) in Sides(plan))
        {
            rows.AddRange(side.Where(p => seatOf.ContainsKey(p.Id)).Select(p => (string[])[doc.T(label),
                p.Place.ToString(Rounding.Culture(doc.Vietnamese)), p.Name,
                seatOf[p.Id].Table.ToString(Rounding.Culture(doc.Vietnamese)),
                seatOf[p.Id].Position.ToString(Rounding.Culture(doc.Vietnamese))]));
        }

        rows.AddRange(item.Seats.Where(s => s.StaffMemberId is not null).Select(s => (string[])[
            doc.T("Interpreter (staff)"), "", s.Name, s.Table.ToString(Rounding.Culture(doc.Vietnamese)),
            s.Position.ToString(Rounding.Culture(doc.Vietnamese))]));
        doc.Table([doc.T("Side"), "#", doc.T("Name"), doc.Format("Table {0}", "").Trim(), doc.T("Seat")], rows);
    }

    /// <summary>The honoured side first: the guests of an inbound delegation, the hosts of an outbound one.</summary>
    private static (string Label, List<ParticipantDto> People)[] Sides(ReceptionDto plan) =>
        plan.Direction == DelegationDirection.Inbound
            ? [("Guest side", plan.Guests), ("Host side", plan.Hosts)]
            : [("Host side", plan.Hosts), ("Guest side", plan.Guests)];

    private static string Times(ReceptionItemDto i) =>
        $"{ReceptionService.Time(i.StartTime)}–{ReceptionService.Time(i.EndTime)}";

    private static string Day(DateOnly date, bool vi) => ReportText.Date(date, vi);

    /// <summary>"ko" → "tiếng Hàn" / "Korean" (ReceptionLanguage.ko in the resources), else the code.</summary>
    public static string LanguageName(string? code, bool vi) =>
        code is null ? "" : ReportText.EnumLabel("ReceptionLanguage", code, vi) is var name && name != code
            ? name : code;
}
