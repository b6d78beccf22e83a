using System.Globalization;
using Attache.Infrastructure;
using static Attache.Reports.ReportText;

namespace Attache.Reports;

/// <summary>The period report laid out once, in the order and wording of an administrative report under Decree
/// 30/2020/NĐ-CP: the Word and PDF writers only draw it, so both carry the same content.</summary>
public sealed record ReportDocument(
    Letterhead Head,
    string Title,
    string Subtitle,
    IReadOnlyList<ReportBlock> Body,
    Signature Signature)
{
    public static ReportDocument Build(PeriodSummary s, ReportRequest request) =>
        new Layout(s, request.Vietnamese, request.Signer).Build();
}

/// <param name="Issuer">The issuing body, two lines: the governing body and the department.</param>
/// <param name="Nation">The national title and motto.</param>
/// <param name="Number">"Số: …/BC-SNV"</param>
/// <param name="PlaceDate">"Cao Bằng, ngày 15 tháng 11 năm 2025"</param>
public sealed record Letterhead(string IssuerTop, string Issuer, string Nation, string Motto, string Number,
    string PlaceDate);

public sealed record Signature(string Role, string Name, string RecipientsTitle, IReadOnlyList<string> Recipients);

public abstract record ReportBlock;

/// <summary>A numbered section heading ("I. CÔNG TÁC ĐOÀN RA, ĐOÀN VÀO"); <paramref name="Section"/> says which
/// section of the summary the blocks under it show (none for the closing notes).</summary>
public sealed record HeadingBlock(string Text, ReportSection? Section = null) : ReportBlock;

public sealed record ParagraphBlock(string Text, bool Italic = false) : ReportBlock;

/// <param name="Numeric">Which columns hold figures (right-aligned).</param>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<bool> Numeric) : ReportBlock
{
    /// <summary>Column widths sharing <paramref name="total"/>, from the content as <paramref name="measure"/> (text,
    /// bold) draws it, padding included: no column is narrower than its widest figure (a figure never wraps) nor than
    /// the longest word of its header and text (no word is cut); the room left goes to the columns whose text would
    /// otherwise wrap, as a browser lays out an automatic table. Null when even the narrowest layout does not fit, so
    /// that the writer can try a smaller font.</summary>
    public double[]? Widths(double total, Func<string, bool, double> measure, double padding)
    {
        static IEnumerable<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var count = Header.Count;
        var min = new double[count];
        var max = new double[count];
        for (var i = 0; i < count; i++)
        {
            var header = Words(Header[i]).Select(w => measure(w, true)).DefaultIfEmpty(0).Max();
            var cells = Rows.Select(r => r[i]).ToList();
            var widest = cells.Select(c => measure(c, false)).DefaultIfEmpty(0).Max();
            var word = Numeric[i] ? widest : cells.SelectMany(Words).Select(w => measure(w, false)).DefaultIfEmpty(0)
                .Max();
            min[i] = Math.Max(header, word) + 2 * padding;
            max[i] = Math.Max(Math.Max(widest, measure(Header[i], true)) + 2 * padding, min[i]);
        }

        if (min.Sum() > total)
        {
            return null;
        }

        if (max.Sum() <= total)
        {
            // Everything fits on one line: the spare room goes to the text columns, figures stay tight.
            var text = Enumerable.Range(0, count).Where(i => !Numeric[i]).ToList();
            var spare = total - max.Sum();
            var basis = text.Count > 0 ? text.Sum(i => max[i]) : max.Sum();
            return [.. max.Select((m, i) => text.Count == 0 || !Numeric[i] ? m + spare * m / basis : m)];
        }

        // Between the narrowest and the natural widths: each column gets its minimum and a share of the rest in
        // proportion to how much it would like to grow.
        var room = total - min.Sum();
        var wish = max.Select((m, i) => m - min[i]).ToArray();
        var wishes = wish.Sum();
        return [.. min.Select((m, i) => m + (wishes > 0 ? room * wish[i] / wishes : room / count))];
    }
}

internal sealed partial class Layout(PeriodSummary s, bool vi, string? signer)
{
    private static readonly string[] Roman =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    private readonly List<ReportBlock> body = [];
    private readonly IReadOnlyList<NarrativeParagraph> narrative = Narrative.Write(s, vi);
    private int section;

    private CultureInfo Culture => Rounding.Culture(vi);

    private string N(decimal n) => n.ToString("#,##0", Culture);

    /// <summary>The period's last day, the day the in-force and active figures are counted on.</summary>
    private string End => Date(s.To, vi);

    private string Usd(decimal n) => n.ToString("#,##0.##", Culture);

    private string? Pct(decimal? p) => p?.ToString("0.0", Culture);

    private string PeriodLabel => Period(s.From, s.To, vi);

    private string? PreviousLabel => s.CompareFrom is { } f && s.CompareTo is { } t ? Period(f, t, vi) : null;

    public ReportDocument Build()
    {
        Partners();
        Delegations();
        Agreements();
        Aid();
        Borders();
        Twinnings();
        Events();
        Labour();
        Consular();
        Reception();
        Plan();
        Provinces();
        if (s.Warnings.Count > 0)
        {
            Heading(Text(vi, "Notes on the figures"));
            foreach (var warning in s.Warnings.Distinct())
            {
                body.Add(new ParagraphBlock("- " + Warning(warning, vi), Italic: true));
            }
        }

        var name = s.ProvinceName(vi);
        var national = s.IsNational;
        var head = new Letterhead(
            national ? Text(vi, "Ministry of Foreign Affairs").ToUpper(Culture)
                : Format(vi, "People's Committee of {0} province", name).ToUpper(Culture),
            national
                ? Text(vi, "DEPARTMENT OF EXTERNAL AFFAIRS")
                : Text(vi, "Department of Foreign Affairs").ToUpper(Culture),
            Text(vi, "SOCIALIST REPUBLIC OF VIET NAM"),
            Text(vi, "Independence - Freedom - Happiness"),
            Text(vi, "No.: ……/BC-") + (national ? "CNV" : "SNV"),
            PlaceDate(national ? Text(vi, "Ha Noi") : name));
        var subtitle = national
            ? Format(vi, "Foreign affairs of the provinces, {0}", PeriodLabel)
            : Format(vi, "Foreign affairs of {0} province, {1}", name, PeriodLabel);
        if (PreviousLabel is { } before)
        {
            subtitle += " " + Format(vi, "(compared with {0})", before);
        }

        var signature = new Signature(
            national ? Text(vi, "DIRECTOR GENERAL") : Text(vi, "DIRECTOR"),
            signer ?? "",
            Text(vi, "Recipients:"),
            national
                ? [Text(vi, "- Ministry leaders (for reporting);"), Text(vi, "- Archived: Office, DEA.")]
                : [Text(vi, "- Provincial People's Committee (for reporting);"),
                   Text(vi, "- Ministry of Foreign Affairs (for reporting);"),
                   Text(vi, "- Archived: Office, DFA.")]);
        return new ReportDocument(head, Text(vi, "Report").ToUpper(Culture), subtitle, body, signature);
    }

    /// <summary>Decree 30: days below 10 and the months January and February are written with a leading zero.</summary>
    private string PlaceDate(string place)
    {
        // The department works on Indochina time; a report made at 23:30 UTC is dated the next day there.
        var local = DateOnly.FromDateTime(VietnamClock.InVietnam(s.GeneratedAt));
        var month = local.Month.ToString(local.Month < 3 ? "00" : "0", Culture);
        return Format(vi, "Report.PlaceDate", place, local.Day.ToString("00", Culture), month, local.Year,
            local.ToString("d MMMM yyyy", Culture));
    }

    private void Heading(string text, ReportSection? what = null) =>
        body.Add(new HeadingBlock($"{Roman[section++]}. {text.ToUpper(Culture)}", what));

    private bool Open(ReportSection what, bool hasData)
    {
        Heading(SectionTitle(what, vi), what);
        foreach (var p in narrative.Where(p => p.Section == what))
        {
            body.Add(new ParagraphBlock(p.Text));
        }

        if (!hasData)
        {
            body.Add(new ParagraphBlock(Text(vi, "No figures are recorded for this section in the period."),
                Italic: true));
        }

        return hasData;
    }

    /// <summary>A table of indicators with the period's value and, when compared, the previous period's.</summary>
    private void Figures(params (string Label, string Now, string? Before)[] rows)
    {
        var compared = PreviousLabel is not null;
        IReadOnlyList<string> header = compared
            ? [Text(vi, "Indicator"), PeriodLabel, PreviousLabel!]
            : [Text(vi, "Indicator"), PeriodLabel];
        var table = rows
            .Select(r => (IReadOnlyList<string>)(compared ? [r.Label, r.Now, r.Before ?? ""] : [r.Label, r.Now]))
            .ToList();
        body.Add(new TableBlock(header, table, compared ? [false, true, true] : [false, true]));
    }

    /// <summary>A table whose columns are right-aligned where every cell holds a figure.</summary>
    private void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        body.Add(new TableBlock(header, list, [.. header.Select((_, i) => i > 0 && list.All(r => IsFigure(r[i])))]));
    }

    private static bool IsFigure(string cell) => cell.All(c => char.IsDigit(c) || c is '.' or ',' or '-' or '%');

    private void Partners()
    {
        var p = s.Partners;
        if (Open(ReportSection.Partners, p.Total > 0))
        {
            Table([Text(vi, "Kind of partner"), Text(vi, "Number")],
                p.ByKind.Select(k => (IReadOnlyList<string>)[EnumLabel("PartnerKind", k.Key, vi), N(k.Count)])
                    .Append([Text(vi, "Total"), N(p.Total)]));
        }
    }

    private void Delegations()
    {
        var d = s.Delegations;
        var b = s.Previous?.Delegations;
        if (!Open(ReportSection.Delegations, d.Inbound.Count + d.Outbound.Count > 0))
        {
            return;
        }

        Figures(
            (Text(vi, "Report.DelegationsReceived"), N(d.Inbound.Count), b is null ? null : N(b.Inbound.Count)),
            (Text(vi, "Report.ForeignVisitors"), N(d.Inbound.ForeignVisitors), b is null ? null
                : N(b.Inbound.ForeignVisitors)),
            (Text(vi, "Delegations sent abroad"), N(d.Outbound.Count), b is null ? null : N(b.Outbound.Count)),
            (Text(vi, "Members of delegations sent"), N(d.Outbound.Members), b is null ? null : N(b.Outbound.Members)));
        if (d.ByCountry.Count > 0)
        {
            Table([Text(vi, "Country"), Text(vi, "Received"), Text(vi, "Report.Sent")],
                d.ByCountry.Select(c => (IReadOnlyList<string>)[Country(c.Country, vi), N(c.Inbound), N(c.Outbound)]));
        }
    }

    private void Agreements()
    {
        var a = s.Agreements;
        var b = s.Previous?.Agreements;
        if (!Open(ReportSection.Agreements, a.Signed + a.InForce > 0))
        {
            return;
        }

        Figures(
            (Text(vi, "Agreements signed"), N(a.Signed), b is null ? null : N(b.Signed)),
            (Format(vi, "Agreements in force at {0}", End), N(a.InForce), b is null ? null : N(b.InForce)));
        var groups = a.ByKind.Select(k => (Text(vi, "Kind"), EnumLabel("AgreementKind", k.Key, vi), k.Count))
            .Concat(a.ByField.Select(f => (Text(vi, "Field"), vi ? f.NameVi : f.NameEn, f.Count)))
            .Concat(a.ByCountry.Select(c => (Text(vi, "Country"), Country(c.Key, vi), c.Count)));
        Table([Text(vi, "Group"), Text(vi, "Item"), Text(vi, "Report.AgreementCount")],
            groups.Select(g => (IReadOnlyList<string>)[g.Item1, g.Item2, N(g.Count)]));
    }

    private void Aid()
    {
        var a = s.Aid;
        if (!Open(ReportSection.Aid, a.ByKind.Count > 0))
        {
            return;
        }

        Table([Text(vi, "Kind"), Text(vi, "Report.Projects"), Text(vi, "Completed"), Text(vi, "Donors"),
                Text(vi, "Committed (VND)"), Text(vi, "Report.Disbursed")],
            a.ByKind.Select(k => (IReadOnlyList<string>)[EnumLabel("AidKind", k.Kind, vi), N(k.Projects),
                N(k.CompletedProjects), N(k.Donors), N(k.CommittedVnd), N(k.DisbursedVnd)])
                .Concat(a.ByGroup.Select(g => (IReadOnlyList<string>)[
                    Text(vi, "Subtotal: ") + (vi ? Lower(Label(g.Kind, vi)) : Label(g.Kind, vi)),
                    N(g.Projects), N(g.CompletedProjects), N(g.Donors), N(g.CommittedVnd), N(g.DisbursedVnd)]))
                .Append([Text(vi, "Report.GrandTotal"), N(a.ByKind.Sum(k => k.Projects)),
                    N(a.ByKind.Sum(k => k.CompletedProjects)), "",
                    N(a.TotalCommittedVnd), N(a.ByKind.Sum(k => k.DisbursedVnd))]));
        var currencies = a.ByKind.SelectMany(k => k.Committed.Select(c => (k.Kind, c))).ToList();
        if (currencies.Count > 0)
        {
            Table([Text(vi, "Kind"), Text(vi, "Report.OriginalCurrency"), Text(vi, "Committed")],
                currencies.Select(x => (IReadOnlyList<string>)[EnumLabel("AidKind", x.Kind, vi), x.c.Currency,
                    x.c.Amount.ToString("#,##0.##", Culture)]));
        }

        if (a.BySector.Count > 0)
        {
            Table([Text(vi, "Sector"), Text(vi, "Committed (VND)")],
                a.BySector.Select(x => (IReadOnlyList<string>)[vi ? x.NameVi : x.NameEn, N(x.Vnd)]));
        }
    }

    private void Borders()
    {
        var b = s.Borders;
        if (!Open(ReportSection.Borders, b.StateRevenueVnd > 0 || b.TurnoverUsd > 0 || b.GateEvents.Count > 0))
        {
            return;
        }

        Figures(
            (Text(vi, "State revenue from border gates (VND)"), N(b.StateRevenueVnd),
                b.PreviousStateRevenueVnd is { } p ? N(p) : null),
            (Text(vi, "Growth on the previous period (%)"), Pct(b.GrowthPercent) ?? "", null),
            (Text(vi, "Share of the province's state revenue (%)"), Pct(b.ShareOfProvinceRevenuePercent) ?? "", null),
            (Text(vi, "Trade turnover (USD)"), Usd(b.TurnoverUsd), s.Previous is { } prev
                ? Usd(prev.Borders.TurnoverUsd) : null));
        if (b.GateEvents.Count > 0)
        {
            Table([Text(vi, "Date"), Text(vi, "Border gate"), Text(vi, "Event")],
                b.GateEvents.OrderBy(e => e.Date).Select(e => (IReadOnlyList<string>)[Date(e.Date, vi), e.Gate(vi),
                    EnumLabel("GateEventKind", e.Event, vi)]));
        }
    }

    private void Twinnings()
    {
        var t = s.Twinnings;
        var b = s.Previous?.Twinnings;
        if (Open(ReportSection.Twinnings, t.Active + t.SignedInPeriod > 0))
        {
            Figures(
                (Format(vi, "Twinnings active at {0}", End), N(t.Active), b is null ? null : N(b.Active)),
                (Text(vi, "Signed in the period"), N(t.SignedInPeriod), b is null ? null : N(b.SignedInPeriod)));
        }
    }

    private void Events()
    {
        var e = s.Events;
        if (!Open(ReportSection.Events, e.ByKind.Count > 0 || e.PressDelegations + e.MediaItems > 0))
        {
            return;
        }

        Table([Text(vi, "Activity"), Text(vi, "Number"), Text(vi, "Report.Participants"), Text(vi, "From abroad")],
            e.ByKind.Select(k => (IReadOnlyList<string>)[EnumLabel("EventKind", k.Kind, vi), N(k.Count),
                N(k.Participants), N(k.ForeignParticipants)])
                .Append([Text(vi, "Foreign press delegations"), N(e.PressDelegations), "", ""])
                .Append([Text(vi, "Items in foreign media"), N(e.MediaItems), "", ""]));
    }

    private void Labour()
    {
        var l = s.Labour;
        var b = s.Previous?.Labour;
        if (Open(ReportSection.Labour, l.WorkersSent > 0))
        {
            Figures(
                (Text(vi, "Workers sent abroad"), N(l.WorkersSent), b is null ? null : N(b.WorkersSent)),
                (Text(vi, "Returned"), N(l.Returned), b is null ? null : N(b.Returned)),
                (Text(vi, "Did not return on time"), N(l.DidNotReturn), b is null ? null : N(b.DidNotReturn)),
                (Text(vi, "Past the planned return, still recorded abroad"),
                    N(l.PastReturnStillAbroad), b is null ? null : N(b.PastReturnStillAbroad)));
        }
    }

    private void Plan()
    {
        var p = s.Plan;
        if (Open(ReportSection.Plan, p.Plans > 0))
        {
            Table([Text(vi, "Category"), Text(vi, "Planned activities"), Text(vi, "Completed"),
                    Text(vi, "Target"), Text(vi, "Carried out")],
                p.ByCategory.Select(c => (IReadOnlyList<string>)[EnumLabel("PlanCategory", c.Category, vi),
                    N(c.PlannedItems), N(c.DoneItems), N(c.Planned), N(c.Done)]));
        }
    }

    private void Provinces()
    {
        if (s.Provinces is not { Count: > 0 } provinces)
        {
            return;
        }

        Heading(Text(vi, "The provinces compared"));
        Table([Text(vi, "Province"), Text(vi, "Received"), Text(vi, "Report.Sent"), Text(vi, "Agreements"),
                Text(vi, "Aid (VND)"), Text(vi, "Border revenue (VND)"), Text(vi, "Twinnings")],
            provinces.Append(s).Select(p => (IReadOnlyList<string>)[p.ProvinceName(vi),
                N(p.Delegations.Inbound.Count), N(p.Delegations.Outbound.Count), N(p.Agreements.Signed),
                N(p.Aid.TotalCommittedVnd), N(p.Borders.StateRevenueVnd), N(p.Twinnings.Active)]));
    }
}
