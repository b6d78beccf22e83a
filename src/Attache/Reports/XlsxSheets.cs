using static Attache.Reports.ReportText;
using static Attache.Reports.XlsxWriter;

namespace Attache.Reports;

/// <summary>The sheets' rows, section by section.</summary>
internal sealed partial class XlsxSheets(PeriodSummary s, bool vi)
{
    private List<List<XCell>> rows = [];

    private string PeriodLabel => Period(s.From, s.To, vi);

    private string? PreviousLabel => s.CompareFrom is { } f && s.CompareTo is { } t ? Period(f, t, vi) : null;

    public IEnumerable<(string Name, List<List<XCell>> Rows, double[] Widths)> All()
    {
        yield return Sheet(Text(vi, "Summary"), Summary, [48, 22, 22, 22]);
        yield return Sheet(SheetName(ReportSection.Partners), Partners, [40, 40, 30, 22, 12]);
        yield return Sheet(SheetName(ReportSection.Delegations), Delegations, [40, 18, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Agreements), Agreements, [40, 18, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Aid), Aid, [34, 12, 14, 12, 22, 22, 22]);
        yield return Sheet(SheetName(ReportSection.Borders), Borders, [48, 24, 24, 40]);
        yield return Sheet(SheetName(ReportSection.Twinnings), Twinnings, [40, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Events), Events, [40, 14, 16, 16]);
        yield return Sheet(SheetName(ReportSection.Labour), Labour, [40, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Consular), Consular, [48, 18, 18, 18, 24, 14, 14, 14]);
        yield return Sheet(SheetName(ReportSection.Reception), Reception, [48, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Plan), Plan, [30, 18, 18, 18, 18]);
        if (s.Provinces is { Count: > 0 })
        {
            yield return Sheet(Text(vi, "Provinces"), Provinces, [24, 14, 14, 14, 22, 24, 14]);
        }

        yield return Sheet(Text(vi, "Notes"), Notes, [100]);
    }

    private string SheetName(ReportSection section) => section switch
    {
        ReportSection.Partners => Text(vi, "Partners"),
        ReportSection.Delegations => Text(vi, "ReportSheet.Delegations"),
        ReportSection.Agreements => Text(vi, "Agreements"),
        ReportSection.Aid => Text(vi, "ReportSheet.Aid"),
        ReportSection.Borders => Text(vi, "Border gates"),
        ReportSection.Twinnings => Text(vi, "ReportSheet.Twinnings"),
        ReportSection.Events => Text(vi, "Events"),
        ReportSection.Labour => Text(vi, "Labour"),
        ReportSection.Consular => Text(vi, "ReportSheet.Consular"),
        ReportSection.Reception => Text(vi, "ReportSheet.Reception"),
        ReportSection.Plan => Text(vi, "Plan"),
        _ => section.ToString(),
    };

    private (string, List<List<XCell>>, double[]) Sheet(string name, Action fill, double[] widths)
    {
        rows = [];
        fill();
        return (name, rows, widths);
    }

    private void Line(params XCell[] cells) => rows.Add([.. cells]);

    private void Values(params object?[] values) => rows.Add([.. values.Select(v => new XCell(v))]);

    private void Header(params string[] names) => rows.Add([.. names.Select(n => new XCell(n, Style.Header))]);

    private void Title(string text)
    {
        Line(new XCell(text, Style.Title));
        Line(new XCell(s.ProvinceName(vi)), new XCell(PeriodLabel));
        rows.Add([]);
    }

    /// <summary>Indicator rows with the period's value and, when compared, the previous period's.</summary>
    private void Figures(params (string Label, object? Now, object? Before)[] figures)
    {
        if (PreviousLabel is { } before)
        {
            Header(Text(vi, "Indicator"), PeriodLabel, before);
            foreach (var f in figures)
            {
                Values(f.Label, f.Now, f.Before);
            }
        }
        else
        {
            Header(Text(vi, "Indicator"), PeriodLabel);
            foreach (var f in figures)
            {
                Values(f.Label, f.Now);
            }
        }

        rows.Add([]);
    }

    private void Counts(string what, IEnumerable<CountItem> items, Func<string, string> label)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Header(what, Text(vi, "Number"));
        foreach (var item in list)
        {
            Values(label(item.Key), item.Count);
        }

        rows.Add([]);
    }

    /// <summary>The records behind the section's figures, as the summary lists them, with translated column
    /// headers, enum values by their labels, country names for codes, and of a name or title stored in both
    /// languages only the reader's (<see cref="RecordColumns"/>).</summary>
    private void Records(ReportSection section)
    {
        foreach (var list in s.Records.Where(r => r.Section == section))
        {
            var columns = RecordColumns.For(list, vi);
            Line(new XCell(Text(vi, "Records"), Style.Title));
            Header([.. columns.Select(c => c.Header)]);
            foreach (var record in list.Rows)
            {
                Values([.. columns.Select(c => c.Value(record))]);
            }

            rows.Add([]);
        }
    }

    private void Counts(string what, IEnumerable<NamedCount> items) =>
        Counts(what, items.Select(i => new CountItem(vi ? i.NameVi : i.NameEn, i.Count)), k => k);

    private void Summary()
    {
        Title(Text(vi, "Foreign affairs period report"));
        var p = s.Previous;
        Figures(
            (Text(vi, "Foreign partners"), s.Partners.Total, p?.Partners.Total),
            (Text(vi, "Delegations received"), s.Delegations.Inbound.Count, p?.Delegations.Inbound.Count),
            (Text(vi, "Report.ForeignVisitors"), s.Delegations.Inbound.ForeignVisitors,
                p?.Delegations.Inbound.ForeignVisitors),
            (Text(vi, "Delegations sent"), s.Delegations.Outbound.Count, p?.Delegations.Outbound.Count),
            (Text(vi, "Agreements signed"), s.Agreements.Signed, p?.Agreements.Signed),
            (Text(vi, "Aid committed (VND)"), s.Aid.TotalCommittedVnd, p?.Aid.TotalCommittedVnd),
            (Text(vi, "Border-gate state revenue (VND)"), s.Borders.StateRevenueVnd, p?.Borders.StateRevenueVnd),
            (Format(vi, "Report.TwinningsActiveAt", ReportText.Date(s.To, vi)),
                s.Twinnings.Active, p?.Twinnings.Active),
            (Text(vi, "Foreign press delegations"), s.Events.PressDelegations, p?.Events.PressDelegations),
            (Text(vi, "Workers sent abroad"), s.Labour.WorkersSent, p?.Labour.WorkersSent),
            (Text(vi, "Citizen protection cases opened"), s.Consular.CitizenCases.Opened,
                p?.Consular.CitizenCases.Opened));
        Line(new XCell(Text(vi, "Made on")), new XCell(DateOnly.FromDateTime(s.GeneratedAt)));
    }

    private void Partners()
    {
        Title(SectionTitle(ReportSection.Partners, vi));
        Figures((Text(vi, "Report.PartnerCount"), s.Partners.Total, s.Previous?.Partners.Total),
            (Text(vi, "Report.CountryCount"), s.Partners.Countries, s.Previous?.Partners.Countries));
        Counts(Text(vi, "Report.PartnerKind"), s.Partners.ByKind, k => EnumLabel("PartnerKind", k, vi));
        Counts(Text(vi, "Country"), s.Partners.ByCountry, c => Country(c, vi));
        Records(ReportSection.Partners);
    }

    private void Delegations()
    {
        var d = s.Delegations;
        var b = s.Previous?.Delegations;
        Title(SectionTitle(ReportSection.Delegations, vi));
        Figures((Text(vi, "Delegations received"), d.Inbound.Count, b?.Inbound.Count),
            (Text(vi, "Report.ForeignVisitors"), d.Inbound.ForeignVisitors, b?.Inbound.ForeignVisitors),
            (Text(vi, "Delegations sent"), d.Outbound.Count, b?.Outbound.Count),
            (Text(vi, "Members sent"), d.Outbound.Members, b?.Outbound.Members));
        if (d.ByCountry.Count > 0)
        {
            Header(Text(vi, "Country"), Text(vi, "Received"), Text(vi, "Report.Sent"));
            foreach (var c in d.ByCountry)
            {
                Values(Country(c.Country, vi), c.Inbound, c.Outbound);
            }

            rows.Add([]);
        }

        if (d.PerYear.Count > 0)
        {
            Header(Text(vi, "Year"), Text(vi, "Received"), Text(vi, "Report.Sent"));
            foreach (var y in d.PerYear)
            {
                Values(y.Year, y.Inbound, y.Outbound);
            }

            rows.Add([]);
        }

        Records(ReportSection.Delegations);
    }

    private void Agreements()
    {
        var a = s.Agreements;
        Title(SectionTitle(ReportSection.Agreements, vi));
        Figures((Text(vi, "Report.Signed"), a.Signed, s.Previous?.Agreements.Signed),
            (Format(vi, "In force at {0}", ReportText.Date(s.To, vi)),
                a.InForce, s.Previous?.Agreements.InForce));
        Counts(Text(vi, "Kind"), a.ByKind, k => EnumLabel("AgreementKind", k, vi));
        Counts(Text(vi, "Field"), a.ByField);
        Counts(Text(vi, "Country"), a.ByCountry, c => Country(c, vi));
        Records(ReportSection.Agreements);
    }

    private void Aid()
    {
        var a = s.Aid;
        Title(SectionTitle(ReportSection.Aid, vi));
        Figures((Text(vi, "Total committed (VND)"), a.TotalCommittedVnd, s.Previous?.Aid.TotalCommittedVnd));
        if (a.ByKind.Count > 0)
        {
            Header(Text(vi, "Kind"), Text(vi, "Report.Projects"), Text(vi, "Completed"), Text(vi, "Donors"),
                Text(vi, "Committed (VND)"), Text(vi, "Committed, completed (VND)"),
                Text(vi, "Report.Disbursed"));
            foreach (var k in a.ByKind)
            {
                Values(EnumLabel("AidKind", k.Kind, vi), k.Projects, k.CompletedProjects, k.Donors, k.CommittedVnd,
                    k.CompletedCommittedVnd, k.DisbursedVnd);
            }

            foreach (var g in a.ByGroup)
            {
                Values(Label(g.Kind, vi), g.Projects, g.CompletedProjects, g.Donors, g.CommittedVnd,
                    g.CompletedCommittedVnd, g.DisbursedVnd);
            }

            rows.Add([]);
            Header(Text(vi, "Kind"), Text(vi, "Report.OriginalCurrency"), Text(vi, "Committed"));
            foreach (var k in a.ByKind)
            {
                foreach (var m in k.Committed)
                {
                    Values(EnumLabel("AidKind", k.Kind, vi), m.Currency, m.Amount);
                }
            }

            rows.Add([]);
        }

        if (a.BySector.Count > 0)
        {
            Header(Text(vi, "DAC code"), Text(vi, "Sector"), Text(vi, "Committed (VND)"));
            foreach (var x in a.BySector)
            {
                Values(x.Code, vi ? x.NameVi : x.NameEn, x.Vnd);
            }

            rows.Add([]);
        }

        Records(ReportSection.Aid);
    }

    private void Borders()
    {
        var b = s.Borders;
        Title(SectionTitle(ReportSection.Borders, vi));
        Figures((Text(vi, "State revenue from border gates (VND)"), b.StateRevenueVnd, b.PreviousStateRevenueVnd),
            (Text(vi, "Trade turnover (USD)"), b.TurnoverUsd, s.Previous?.Borders.TurnoverUsd));
        Line(new XCell(Text(vi, "Growth on the previous period (%)")), new XCell(b.GrowthPercent, Style.Percent));
        Line(new XCell(Text(vi, "Report.RevenueShare")),
            new XCell(b.ShareOfProvinceRevenuePercent, Style.Percent));
        rows.Add([]);
        var years = (s.Previous?.Borders.RevenuePerYear ?? []).Concat(b.RevenuePerYear).ToList();
        if (years.Count > 0)
        {
            Header(Text(vi, "Year"), Text(vi, "State revenue (VND)"));
            foreach (var y in years)
            {
                Values(y.Year, y.Vnd);
            }

            rows.Add([]);
        }

        if (b.GateEvents.Count > 0)
        {
            Header(Text(vi, "Date"), Text(vi, "Border gate"), Text(vi, "Event"));
            foreach (var e in b.GateEvents)
            {
                Values(e.Date, e.Gate(vi), EnumLabel("GateEventKind", e.Event, vi));
            }

            rows.Add([]);
        }

        Records(ReportSection.Borders);
    }

    private void Plan()
    {
        Title(SectionTitle(ReportSection.Plan, vi));
        Header(Text(vi, "Category"), Text(vi, "Planned activities"), Text(vi, "Completed"),
            Text(vi, "Target"), Text(vi, "Carried out"));
        foreach (var c in s.Plan.ByCategory)
        {
            Values(EnumLabel("PlanCategory", c.Category, vi), c.PlannedItems, c.DoneItems, c.Planned, c.Done);
        }
    }

    private void Twinnings()
    {
        Title(SectionTitle(ReportSection.Twinnings, vi));
        Figures((Text(vi, "Active"), s.Twinnings.Active, s.Previous?.Twinnings.Active),
            (Text(vi, "Signed in the period"), s.Twinnings.SignedInPeriod, s.Previous?.Twinnings.SignedInPeriod));
        Records(ReportSection.Twinnings);
    }

    private void Events()
    {
        var e = s.Events;
        Title(SectionTitle(ReportSection.Events, vi));
        Figures((Text(vi, "Foreign press delegations"), e.PressDelegations, s.Previous?.Events.PressDelegations),
            (Text(vi, "Items in foreign media"), e.MediaItems, s.Previous?.Events.MediaItems));
        if (e.ByKind.Count > 0)
        {
            Header(Text(vi, "Activity"), Text(vi, "Number"), Text(vi, "Report.Participants"), Text(vi, "From abroad"));
            foreach (var k in e.ByKind)
            {
                Values(EnumLabel("EventKind", k.Kind, vi), k.Count, k.Participants, k.ForeignParticipants);
            }

            rows.Add([]);
        }

        Records(ReportSection.Events);
    }

    private void Labour()
    {
        var l = s.Labour;
        var b = s.Previous?.Labour;
        Title(SectionTitle(ReportSection.Labour, vi));
        Figures((Text(vi, "Workers sent abroad"), l.WorkersSent, b?.WorkersSent),
            (Text(vi, "Returned"), l.Returned, b?.Returned),
            (Text(vi, "Did not return on time"), l.DidNotReturn, b?.DidNotReturn));
        Records(ReportSection.Labour);
    }

    private void Provinces()
    {
        Title(Text(vi, "The provinces compared"));
        Header(Text(vi, "Province"), Text(vi, "Received"), Text(vi, "Report.Sent"), Text(vi, "Agreements"),
            Text(vi, "Aid (VND)"), Text(vi, "Border revenue (VND)"), Text(vi, "Twinnings"));
        foreach (var p in s.Provinces!.Append(s))
        {
            Values(p.ProvinceName(vi), p.Delegations.Inbound.Count, p.Delegations.Outbound.Count, p.Agreements.Signed,
                p.Aid.TotalCommittedVnd, p.Borders.StateRevenueVnd, p.Twinnings.Active);
        }
    }

    private void Notes()
    {
        Title(Text(vi, "Notes on the figures"));
        foreach (var warning in s.Warnings.Distinct())
        {
            Values(Warning(warning, vi));
        }
    }
}
