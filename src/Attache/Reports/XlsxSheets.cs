using static Attache.Reports.ReportText;
using static Attache.Reports.XlsxWriter;

namespace Attache.Reports;

/// <summary>The sheets' rows, section by section.</summary>
internal sealed class XlsxSheets(PeriodSummary s, bool vi)
{
    private List<List<XCell>> rows = [];

    private string PeriodLabel => Period(s.From, s.To, vi);

    private string? PreviousLabel => s.CompareFrom is { } f && s.CompareTo is { } t ? Period(f, t, vi) : null;

    public IEnumerable<(string Name, List<List<XCell>> Rows, double[] Widths)> All()
    {
        yield return Sheet(T(vi, "Tổng hợp", "Summary"), Summary, [48, 22, 22, 22]);
        yield return Sheet(SheetName(ReportSection.Partners), Partners, [40, 40, 30, 22, 12]);
        yield return Sheet(SheetName(ReportSection.Delegations), Delegations, [40, 18, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Agreements), Agreements, [40, 18, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Aid), Aid, [34, 12, 14, 12, 22, 22, 22]);
        yield return Sheet(SheetName(ReportSection.Borders), Borders, [48, 24, 24, 40]);
        yield return Sheet(SheetName(ReportSection.Twinnings), Twinnings, [40, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Events), Events, [40, 14, 16, 16]);
        yield return Sheet(SheetName(ReportSection.Labour), Labour, [40, 18, 18, 18]);
        yield return Sheet(SheetName(ReportSection.Plan), Plan, [30, 18, 18, 18, 18]);
        if (s.Provinces is { Count: > 0 })
        {
            yield return Sheet(T(vi, "Các tỉnh", "Provinces"), Provinces, [24, 14, 14, 14, 22, 24, 14]);
        }

        yield return Sheet(T(vi, "Ghi chú", "Notes"), Notes, [100]);
    }

    private string SheetName(ReportSection section) => section switch
    {
        ReportSection.Partners => T(vi, "Đối tác", "Partners"),
        ReportSection.Delegations => T(vi, "Đoàn ra đoàn vào", "Delegations"),
        ReportSection.Agreements => T(vi, "Thỏa thuận", "Agreements"),
        ReportSection.Aid => T(vi, "Viện trợ ODA", "Aid"),
        ReportSection.Borders => T(vi, "Cửa khẩu", "Border gates"),
        ReportSection.Twinnings => T(vi, "Kết nghĩa", "Twinning"),
        ReportSection.Events => T(vi, "Sự kiện", "Events"),
        ReportSection.Labour => T(vi, "Lao động", "Labour"),
        ReportSection.Plan => T(vi, "Kế hoạch", "Plan"),
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
            Header(T(vi, "Chỉ tiêu", "Indicator"), PeriodLabel, before);
            foreach (var f in figures)
            {
                Values(f.Label, f.Now, f.Before);
            }
        }
        else
        {
            Header(T(vi, "Chỉ tiêu", "Indicator"), PeriodLabel);
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

        Header(what, T(vi, "Số lượng", "Number"));
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
            Line(new XCell(T(vi, "Hồ sơ chi tiết", "Records"), Style.Title));
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
        Title(T(vi, "Báo cáo kết quả công tác đối ngoại", "Foreign affairs period report"));
        var p = s.Previous;
        Figures(
            (T(vi, "Đối tác nước ngoài", "Foreign partners"), s.Partners.Total, p?.Partners.Total),
            (T(vi, "Đoàn vào", "Delegations received"), s.Delegations.Inbound.Count, p?.Delegations.Inbound.Count),
            (T(vi, "Lượt khách nước ngoài", "Foreign visitors"), s.Delegations.Inbound.ForeignVisitors, p?.Delegations.Inbound.ForeignVisitors),
            (T(vi, "Đoàn ra", "Delegations sent"), s.Delegations.Outbound.Count, p?.Delegations.Outbound.Count),
            (T(vi, "Thỏa thuận đã ký", "Agreements signed"), s.Agreements.Signed, p?.Agreements.Signed),
            (T(vi, "Viện trợ cam kết (VND)", "Aid committed (VND)"), s.Aid.TotalCommittedVnd, p?.Aid.TotalCommittedVnd),
            (T(vi, "Thu ngân sách qua cửa khẩu (VND)", "Border-gate state revenue (VND)"), s.Borders.StateRevenueVnd, p?.Borders.StateRevenueVnd),
            (T(vi, $"Kết nghĩa đang hiệu lực tại {ReportText.Date(s.To, vi)}", $"Twinnings active at {ReportText.Date(s.To, vi)}"),
                s.Twinnings.Active, p?.Twinnings.Active),
            (T(vi, "Đoàn phóng viên nước ngoài", "Foreign press delegations"), s.Events.PressDelegations, p?.Events.PressDelegations),
            (T(vi, "Lao động đi làm việc ở nước ngoài", "Workers sent abroad"), s.Labour.WorkersSent, p?.Labour.WorkersSent));
        Line(new XCell(T(vi, "Ngày lập", "Made on")), new XCell(DateOnly.FromDateTime(s.GeneratedAt)));
    }

    private void Partners()
    {
        Title(SectionTitle(ReportSection.Partners, vi));
        Figures((T(vi, "Tổng số đối tác", "Partners"), s.Partners.Total, s.Previous?.Partners.Total),
            (T(vi, "Số quốc gia", "Countries"), s.Partners.Countries, s.Previous?.Partners.Countries));
        Counts(T(vi, "Loại đối tác", "Kind"), s.Partners.ByKind, k => EnumLabel("PartnerKind", k, vi));
        Counts(T(vi, "Quốc gia", "Country"), s.Partners.ByCountry, c => Country(c, vi));
        Records(ReportSection.Partners);
    }

    private void Delegations()
    {
        var d = s.Delegations;
        var b = s.Previous?.Delegations;
        Title(SectionTitle(ReportSection.Delegations, vi));
        Figures((T(vi, "Đoàn vào", "Delegations received"), d.Inbound.Count, b?.Inbound.Count),
            (T(vi, "Lượt khách nước ngoài", "Foreign visitors"), d.Inbound.ForeignVisitors, b?.Inbound.ForeignVisitors),
            (T(vi, "Đoàn ra", "Delegations sent"), d.Outbound.Count, b?.Outbound.Count),
            (T(vi, "Lượt thành viên đoàn ra", "Members sent"), d.Outbound.Members, b?.Outbound.Members));
        if (d.ByCountry.Count > 0)
        {
            Header(T(vi, "Quốc gia", "Country"), T(vi, "Đoàn vào", "Received"), T(vi, "Đoàn ra", "Sent"));
            foreach (var c in d.ByCountry)
            {
                Values(Country(c.Country, vi), c.Inbound, c.Outbound);
            }

            rows.Add([]);
        }

        if (d.PerYear.Count > 0)
        {
            Header(T(vi, "Năm", "Year"), T(vi, "Đoàn vào", "Received"), T(vi, "Đoàn ra", "Sent"));
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
        Figures((T(vi, "Đã ký", "Signed"), a.Signed, s.Previous?.Agreements.Signed),
            (T(vi, $"Đang có hiệu lực tại {ReportText.Date(s.To, vi)}", $"In force at {ReportText.Date(s.To, vi)}"),
                a.InForce, s.Previous?.Agreements.InForce));
        Counts(T(vi, "Loại", "Kind"), a.ByKind, k => EnumLabel("AgreementKind", k, vi));
        Counts(T(vi, "Lĩnh vực", "Field"), a.ByField);
        Counts(T(vi, "Quốc gia", "Country"), a.ByCountry, c => Country(c, vi));
        Records(ReportSection.Agreements);
    }

    private void Aid()
    {
        var a = s.Aid;
        Title(SectionTitle(ReportSection.Aid, vi));
        Figures((T(vi, "Tổng vốn cam kết (VND)", "Total committed (VND)"), a.TotalCommittedVnd, s.Previous?.Aid.TotalCommittedVnd));
        if (a.ByKind.Count > 0)
        {
            Header(T(vi, "Loại", "Kind"), T(vi, "Dự án", "Projects"), T(vi, "Đã hoàn thành", "Completed"), T(vi, "Nhà tài trợ", "Donors"),
                T(vi, "Cam kết (VND)", "Committed (VND)"), T(vi, "Cam kết của dự án đã hoàn thành (VND)", "Committed, completed (VND)"),
                T(vi, "Giải ngân (VND)", "Disbursed (VND)"));
            foreach (var k in a.ByKind)
            {
                Values(EnumLabel("AidKind", k.Kind, vi), k.Projects, k.CompletedProjects, k.Donors, k.CommittedVnd, k.CompletedCommittedVnd, k.DisbursedVnd);
            }

            foreach (var g in a.ByGroup)
            {
                Values(Label(g.Kind, vi), g.Projects, g.CompletedProjects, g.Donors, g.CommittedVnd, g.CompletedCommittedVnd, g.DisbursedVnd);
            }

            rows.Add([]);
            Header(T(vi, "Loại", "Kind"), T(vi, "Nguyên tệ", "Currency"), T(vi, "Cam kết", "Committed"));
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
            Header(T(vi, "Mã DAC", "DAC code"), T(vi, "Lĩnh vực", "Sector"), T(vi, "Cam kết (VND)", "Committed (VND)"));
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
        Figures((T(vi, "Thu ngân sách qua cửa khẩu (VND)", "State revenue from border gates (VND)"), b.StateRevenueVnd, b.PreviousStateRevenueVnd),
            (T(vi, "Kim ngạch xuất nhập khẩu (USD)", "Trade turnover (USD)"), b.TurnoverUsd, s.Previous?.Borders.TurnoverUsd));
        Line(new XCell(T(vi, "Tăng so với kỳ trước (%)", "Growth on the previous period (%)")), new XCell(b.GrowthPercent, Style.Percent));
        Line(new XCell(T(vi, "Tỷ trọng trong tổng thu ngân sách (%)", "Share of the province's state revenue (%)")),
            new XCell(b.ShareOfProvinceRevenuePercent, Style.Percent));
        rows.Add([]);
        var years = (s.Previous?.Borders.RevenuePerYear ?? []).Concat(b.RevenuePerYear).ToList();
        if (years.Count > 0)
        {
            Header(T(vi, "Năm", "Year"), T(vi, "Thu ngân sách (VND)", "State revenue (VND)"));
            foreach (var y in years)
            {
                Values(y.Year, y.Vnd);
            }

            rows.Add([]);
        }

        if (b.GateEvents.Count > 0)
        {
            Header(T(vi, "Ngày", "Date"), T(vi, "Cửa khẩu", "Border gate"), T(vi, "Sự kiện", "Event"));
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
        Header(T(vi, "Lĩnh vực", "Category"), T(vi, "Hoạt động kế hoạch", "Planned activities"), T(vi, "Đã hoàn thành", "Completed"),
            T(vi, "Chỉ tiêu", "Target"), T(vi, "Đã thực hiện", "Carried out"));
        foreach (var c in s.Plan.ByCategory)
        {
            Values(EnumLabel("PlanCategory", c.Category, vi), c.PlannedItems, c.DoneItems, c.Planned, c.Done);
        }
    }

    private void Twinnings()
    {
        Title(SectionTitle(ReportSection.Twinnings, vi));
        Figures((T(vi, "Đang hoạt động", "Active"), s.Twinnings.Active, s.Previous?.Twinnings.Active),
            (T(vi, "Ký kết trong kỳ", "Signed in the period"), s.Twinnings.SignedInPeriod, s.Previous?.Twinnings.SignedInPeriod));
        Records(ReportSection.Twinnings);
    }

    private void Events()
    {
        var e = s.Events;
        Title(SectionTitle(ReportSection.Events, vi));
        Figures((T(vi, "Đoàn phóng viên nước ngoài", "Foreign press delegations"), e.PressDelegations, s.Previous?.Events.PressDelegations),
            (T(vi, "Tin, bài trên truyền thông nước ngoài", "Items in foreign media"), e.MediaItems, s.Previous?.Events.MediaItems));
        if (e.ByKind.Count > 0)
        {
            Header(T(vi, "Hoạt động", "Activity"), T(vi, "Số lượng", "Number"), T(vi, "Người tham gia", "Participants"), T(vi, "Người nước ngoài", "From abroad"));
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
        Figures((T(vi, "Lao động đi làm việc ở nước ngoài", "Workers sent abroad"), l.WorkersSent, b?.WorkersSent),
            (T(vi, "Đã về nước", "Returned"), l.Returned, b?.Returned),
            (T(vi, "Không về nước đúng hạn", "Did not return on time"), l.DidNotReturn, b?.DidNotReturn));
        Records(ReportSection.Labour);
    }

    private void Provinces()
    {
        Title(T(vi, "So sánh giữa các tỉnh", "The provinces compared"));
        Header(T(vi, "Tỉnh", "Province"), T(vi, "Đoàn vào", "Received"), T(vi, "Đoàn ra", "Sent"), T(vi, "Thỏa thuận", "Agreements"),
            T(vi, "Viện trợ (VND)", "Aid (VND)"), T(vi, "Thu qua cửa khẩu (VND)", "Border revenue (VND)"), T(vi, "Kết nghĩa", "Twinnings"));
        foreach (var p in s.Provinces!.Append(s))
        {
            Values(p.ProvinceName(vi), p.Delegations.Inbound.Count, p.Delegations.Outbound.Count, p.Agreements.Signed,
                p.Aid.TotalCommittedVnd, p.Borders.StateRevenueVnd, p.Twinnings.Active);
        }
    }

    private void Notes()
    {
        Title(T(vi, "Ghi chú về số liệu", "Notes on the figures"));
        foreach (var warning in s.Warnings.Distinct())
        {
            Values(Warning(warning, vi));
        }
    }
}
