using static Attache.Reports.ReportText;

namespace Attache.Reports;

public sealed record NarrativeParagraph(ReportSection Section, string Text);

/// <summary>Writes the paragraphs of the period report from its figures, in Vietnamese or English, the way the
/// source articles are written. Figures are rounded by <see cref="Rounding"/>; a figure that is zero or missing gets
/// no sentence (and no clause), so a section without data writes nothing rather than "0 delegations".</summary>
public static class Narrative
{
    public static IReadOnlyList<NarrativeParagraph> Write(PeriodSummary s, bool vi)
    {
        var paragraphs = new List<NarrativeParagraph>();
        void Add(ReportSection section, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                paragraphs.Add(new NarrativeParagraph(section, text));
            }
        }

        var w = new Writer(s, vi);
        Add(ReportSection.Partners, w.Partners());
        Add(ReportSection.Delegations, w.Delegations());
        Add(ReportSection.Agreements, w.Agreements());
        foreach (var kind in s.Aid.ByGroup)
        {
            Add(ReportSection.Aid, w.Aid(kind));
        }

        Add(ReportSection.Aid, w.AidSectors());
        Add(ReportSection.Aid, w.AidMissingRates());
        Add(ReportSection.Borders, w.Borders());
        Add(ReportSection.Twinnings, w.Twinnings());
        Add(ReportSection.Events, w.Events());
        Add(ReportSection.Labour, w.Labour());
        return paragraphs;
    }

    private sealed class Writer(PeriodSummary s, bool vi)
    {
        private string N(decimal n) => Rounding.Count(n, vi);

        /// <summary>A count with its English noun in the right number ("1 donor", "3 donors").</summary>
        private string N(decimal n, string one, string many) => $"{N(n)} {Plural(n, one, many)}";

        private string Vnd(decimal n, bool estimate = false) => Rounding.Money(n, "VND", vi, estimate);

        private string End => Date(s.To, vi);

        /// <summary>"The province has", "the provinces have".</summary>
        private string Has => s.IsNational ? "have" : "has";

        private string Place => s.IsNational ? T(vi, "các tỉnh", "the provinces") : T(vi, "tỉnh", "the province");

        /// <summary>A period still running when the report is made reads "since 2020"; a closed one "in 2020–2025".</summary>
        private bool Open => s.To >= DateOnly.FromDateTime(s.GeneratedAt);

        private string When(bool capital) => Open
            ? T(vi, $"{(capital ? "Từ" : "từ")} {(s.From is { Month: 1, Day: 1 } ? "năm " + s.From.Year : Date(s.From, vi))} đến nay",
                $"{(capital ? "Since" : "since")} {(s.From is { Month: 1, Day: 1 } ? s.From.Year.ToString(Rounding.Culture(false)) : Date(s.From, vi))}")
            : T(vi, $"{(capital ? "Giai đoạn" : "giai đoạn")} {Period(s.From, s.To, vi)}", $"{(capital ? "In" : "in")} {Period(s.From, s.To, vi)}");

        private string? PreviousPeriod => s.CompareFrom is { } f && s.CompareTo is { } t ? Period(f, t, vi) : null;

        private static string Join(IEnumerable<string> items, bool vi)
        {
            var list = items.ToList();
            return list.Count switch
            {
                0 => "",
                1 => list[0],
                _ => string.Join(", ", list[..^1]) + (vi ? " và " : " and ") + list[^1],
            };
        }

        public string? Partners()
        {
            var p = s.Partners;
            if (p.Total == 0)
            {
                return null;
            }

            if (p.Countries == 1)
            {
                var only = Country(p.ByCountry[0].Key, vi);
                return T(vi, $"Danh mục đối tác của {Place} gồm {N(p.Total)} đối tác, đều thuộc {only}.",
                    $"The partner register of {Place} holds {N(p.Total, "partner", "partners")}, all in {only}.");
            }

            var top = p.ByCountry.Where(c => c.Key != "VN").Take(3).Select(c => $"{Country(c.Key, vi)} ({N(c.Count)})").ToList();
            return T(vi,
                $"Danh mục đối tác của {Place} gồm {N(p.Total)} đối tác thuộc {N(p.Countries)} quốc gia, vùng lãnh thổ" +
                (top.Count > 0 ? $", nhiều nhất là {Join(top, vi)}." : "."),
                $"The partner register of {Place} holds {N(p.Total, "partner", "partners")} in {N(p.Countries, "country or territory", "countries and territories")}" +
                (top.Count > 0 ? $", most of them in {Join(top, vi)}." : "."));
        }

        public string? Delegations()
        {
            var d = s.Delegations;
            var clauses = new List<string>();
            if (d.Inbound.Count > 0)
            {
                var visitors = d.Inbound.ForeignVisitors > 0 ? T(vi, $" với {N(d.Inbound.ForeignVisitors)} lượt khách nước ngoài", $" with {N(d.Inbound.ForeignVisitors, "foreign visitor", "foreign visitors")}") : "";
                clauses.Add(T(vi, $"đã đón {N(d.Inbound.Count)} đoàn{visitors}", (Open ? Has + " received " : "received ") + $"{N(d.Inbound.Count, "delegation", "delegations")}{visitors}"));
            }

            if (d.Outbound.Count > 0)
            {
                var members = d.Outbound.Members > 0 ? T(vi, $" với {N(d.Outbound.Members)} lượt thành viên", $" with {N(d.Outbound.Members, "member", "members")}") : "";
                clauses.Add(T(vi, $"{(clauses.Count > 0 ? "" : "đã ")}cử {N(d.Outbound.Count)} đoàn đi nước ngoài{members}",
                    (Open && clauses.Count == 0 ? Has + " sent " : "sent ") + $"{N(d.Outbound.Count, "delegation", "delegations")} abroad{members}"));
            }

            if (clauses.Count == 0)
            {
                return null;
            }

            var text = T(vi, $"{When(true)}, {Place} {Join(clauses, vi)}.", $"{When(true)} {Place} {Join(clauses, vi)}.");
            if (s.Previous?.Delegations is { } p && PreviousPeriod is { } before && (p.Inbound.Count > 0 || p.Outbound.Count > 0))
            {
                var was = new List<string>();
                if (p.Inbound.Count > 0)
                {
                    was.Add(T(vi, $"{N(p.Inbound.Count)} đoàn vào", $"{N(p.Inbound.Count, "delegation", "delegations")} received"));
                }

                if (p.Outbound.Count > 0)
                {
                    was.Add(T(vi, $"{N(p.Outbound.Count)} đoàn ra", $"{N(p.Outbound.Count)} sent"));
                }

                text += T(vi, $" Giai đoạn {before}: {Join(was, vi)}.", $" In {before}: {Join(was, vi)}.");
            }

            var countries = d.ByCountry.Where(c => c.Inbound + c.Outbound > 0).OrderByDescending(c => c.Inbound + c.Outbound)
                .Take(3).Select(c => Country(c.Country, vi)).ToList();
            if (countries.Count > 0)
            {
                text += T(vi, $" Các đối tác chủ yếu đến từ {Join(countries, vi)}.", $" Most partners came from {Join(countries, vi)}.");
            }

            return text;
        }

        public string? Agreements()
        {
            var a = s.Agreements;
            if (a.Signed == 0)
            {
                return null;
            }

            var text = T(vi,
                $"{When(true)}, {Place} đã ký kết {N(a.Signed)} thỏa thuận, văn bản quốc tế với các địa phương, đối tác, doanh nghiệp nước ngoài",
                $"{When(true)} {Place} {(Open ? Has + " signed" : "signed")} {N(a.Signed, "international agreement or document", "international agreements and documents")} with foreign localities, partners and enterprises");
            var countries = a.ByCountry.Where(c => c.Count > 0).Take(3).Select(c => T(vi, $"{N(c.Count)} với đối tác {Country(c.Key, vi)}", $"{N(c.Count)} with partners in {Country(c.Key, vi)}")).ToList();
            if (countries.Count > 0)
            {
                text += T(vi, $", trong đó {Join(countries, vi)}", $", including {Join(countries, vi)}");
            }

            var fields = a.ByField.Where(f => f.Count > 0).Take(5).Select(f => Lower(vi ? f.NameVi : f.NameEn)).ToList();
            if (fields.Count > 0)
            {
                text += T(vi, $", tập trung vào các lĩnh vực {Join(fields, vi)}", $", in {Join(fields, vi)}");
            }

            text += ".";
            if (a.InForce > 0)
            {
                text += T(vi, $" Tại ngày {End} có {N(a.InForce)} văn bản đang có hiệu lực.",
                    $" {N(a.InForce)} {Plural(a.InForce, "was", "were")} in force at {End}.");
            }

            return text;
        }

        public string? Aid(AidKindSummary k)
        {
            if (k.Projects == 0 && k.CommittedVnd == 0)
            {
                return null;
            }

            // An amount in one currency is written in it ("52 million USD"); several currencies only add up in VND,
            // at exchange rates, so the total is an estimate.
            var amount = k.Committed.Count == 1 && k.Committed[0].Amount > 0
                ? Rounding.Money(k.Committed[0].Amount, k.Committed[0].Currency, vi)
                : k.CommittedVnd > 0 ? Vnd(k.CommittedVnd, estimate: k.Committed.Count > 1) : null;
            var label = Label(k.Kind, vi);
            if (k.Kind == AidKinds.Oda)
            {
                var text = T(vi, $"{label}: {N(k.Projects)} dự án", $"{label}: {N(k.Projects, "project", "projects")}");
                text += amount is null ? "" : T(vi, $" với tổng vốn {amount}", $" with a total of {amount}");
                if (k.CompletedProjects > 0)
                {
                    var done = k.CompletedCommittedVnd > 0 ? $" ({Vnd(k.CompletedCommittedVnd)})" : "";
                    text += T(vi, $", trong đó {N(k.CompletedProjects)} dự án đã hoàn thành{done}", $", {N(k.CompletedProjects)} of them completed{done}");
                }

                return text + ".";
            }

            var donors = k.Donors > 0 ? T(vi, $" từ {N(k.Donors)} nhà tài trợ", $" from {N(k.Donors, "donor", "donors")}") : "";
            var projects = k.Projects > 0 ? T(vi, $" cho {N(k.Projects)} dự án", $" for {N(k.Projects, "project", "projects")}") : "";
            return amount is null
                ? T(vi, $"{label}{donors}{projects}.", $"{label}{donors}{projects}.")
                : T(vi, $"{label}{donors} đạt {amount}{projects}.", $"{label}{donors} totalled {amount}{projects}.");
        }

        public string? AidSectors()
        {
            var sectors = s.Aid.BySector.Where(x => x.Vnd > 0).OrderByDescending(x => x.Vnd).Take(5).Select(x => Lower(vi ? x.NameVi : x.NameEn)).ToList();
            return sectors.Count == 0 ? null
                : T(vi, $"Nguồn viện trợ tập trung vào các lĩnh vực {Join(sectors, vi)}.", $"The aid went mainly to {Join(sectors, vi)}.");
        }

        /// <summary>Which amounts the VND totals leave out for want of an exchange rate (never counted as 0).</summary>
        public string? AidMissingRates()
        {
            var missing = s.Aid.MissingRates;
            if (missing.Count == 0)
            {
                return null;
            }

            var parts = missing.GroupBy(m => m.Currency).Select(g => T(vi,
                $"các khoản bằng {g.Key} có ngày giá trị {string.Join(", ", g.Select(m => Date(m.Date, vi)))}",
                $"the amounts in {g.Key} valued on {string.Join(", ", g.Select(m => Date(m.Date, vi)))}")).ToList();
            return T(vi,
                $"Tổng số quy đổi ra đồng Việt Nam chưa bao gồm {Join(parts, vi)}, do chưa có tỷ giá tại hoặc trước ngày giá trị.",
                $"The VND totals leave out {Join(parts, vi)}, for which there is no exchange rate on or before the value date.");
        }

        public string? Borders()
        {
            var b = s.Borders;
            var sentences = new List<string>();
            if (b.StateRevenueVnd > 0)
            {
                var text = T(vi, $"{When(true)}, thu ngân sách nhà nước từ hoạt động qua các cửa khẩu đạt {Vnd(b.StateRevenueVnd)}",
                    $"{When(true)} state revenue from border-gate activity {(Open ? "has reached" : "reached")} {Vnd(b.StateRevenueVnd)}");
                if (b.GrowthPercent is { } growth && growth != 0 && PreviousPeriod is { } before)
                {
                    text += growth > 0
                        ? T(vi, $", tăng {Rounding.Percent(growth, vi)} so với giai đoạn {before}", $", up {Rounding.Percent(growth, vi)} on {before}")
                        : T(vi, $", giảm {Rounding.Percent(-growth, vi)} so với giai đoạn {before}", $", down {Rounding.Percent(-growth, vi)} on {before}");
                }

                if (b.ShareOfProvinceRevenuePercent is { } share && share > 0)
                {
                    text += T(vi, $", chiếm {Rounding.Percent(share, vi)} tổng thu ngân sách nhà nước của tỉnh", $", {Rounding.Percent(share, vi)} of the province's total state revenue");
                }

                sentences.Add(text + ".");
            }

            if (b.TurnoverUsd > 0)
            {
                sentences.Add(T(vi, $"Kim ngạch xuất nhập khẩu qua các cửa khẩu đạt {Rounding.Money(b.TurnoverUsd, "USD", vi)}.",
                    $"Trade through the border gates reached {Rounding.Money(b.TurnoverUsd, "USD", vi)}."));
            }

            var events = b.GateEvents.OrderBy(e => e.Date).Take(5).Select(e => $"{EnumLabel("GateEventKind", e.Event, vi)}: {e.Gate(vi)} ({Date(e.Date, vi)})").ToList();
            if (events.Count > 0)
            {
                sentences.Add(T(vi, $"Các sự kiện nổi bật: {string.Join("; ", events)}.", $"Milestones: {string.Join("; ", events)}."));
            }

            return sentences.Count == 0 ? null : string.Join(" ", sentences);
        }

        public string? Twinnings()
        {
            var t = s.Twinnings;
            if (t.Active == 0 && t.SignedInPeriod == 0)
            {
                return null;
            }

            var signed = t.SignedInPeriod > 0 ? T(vi, $", trong đó {N(t.SignedInPeriod)} cặp ký kết trong kỳ", $", {N(t.SignedInPeriod)} of them signed in the period") : "";
            return t.Active > 0
                ? T(vi, $"Tại ngày {End}, các địa phương biên giới của {Place} có {N(t.Active)} cặp kết nghĩa đang hiệu lực với địa phương nước ngoài{signed}.",
                    $"At {End} the border localities of {Place} had {N(t.Active, "active twinning partnership", "active twinning partnerships")} with foreign localities{signed}.")
                : T(vi, $"{When(true)}, đã ký kết {N(t.SignedInPeriod)} thỏa thuận kết nghĩa.", $"{When(true)} {N(t.SignedInPeriod, "twinning agreement was", "twinning agreements were")} signed.");
        }

        public string? Events()
        {
            var e = s.Events;
            var sentences = new List<string>();
            foreach (var k in e.ByKind.Where(k => k.Count > 0))
            {
                var people = k.Participants > 0
                    ? T(vi, $" với {N(k.Participants)} lượt người tham gia", $" with {N(k.Participants, "participant", "participants")}")
                      + (k.ForeignParticipants > 0 ? T(vi, $" ({N(k.ForeignParticipants)} người nước ngoài)", $" ({N(k.ForeignParticipants)} from abroad)") : "")
                    : "";
                sentences.Add(T(vi, $"Đã tổ chức {N(k.Count)} hoạt động {Label(k.Kind, vi)}{people}.", $"{Capital(Label(k.Kind, vi))}: {N(k.Count)} held{people}."));
            }

            if (e.PressDelegations > 0)
            {
                sentences.Add(T(vi, $"{When(true)}, {Place} đã đón {N(e.PressDelegations)} đoàn phóng viên báo chí nước ngoài.",
                    $"{When(true)} {Place} {(Open ? Has + " welcomed" : "welcomed")} {N(e.PressDelegations, "foreign press delegation", "foreign press delegations")}."));
            }

            if (e.MediaItems > 0)
            {
                sentences.Add(T(vi, $"Có {N(e.MediaItems)} tin, bài, phóng sự về {Place} trên các kênh truyền thông nước ngoài.",
                    $"{N(e.MediaItems, "report", "reports")} on {Place} appeared in foreign media."));
            }

            return sentences.Count == 0 ? null : string.Join(" ", sentences);
        }

        public string? Labour()
        {
            var l = s.Labour;
            if (l.WorkersSent == 0)
            {
                return null;
            }

            var text = T(vi, $"{When(true)}, {Place} đã đưa {N(l.WorkersSent)} lao động đi làm việc ở nước ngoài theo các thỏa thuận hợp tác",
                $"{When(true)} {N(l.WorkersSent, "worker", "workers")} went abroad under the labour cooperation agreements of {Place}");
            if (l.Returned > 0)
            {
                text += T(vi, $"; {N(l.Returned)} người đã về nước", $"; {N(l.Returned)} {Plural(l.Returned, "has", "have")} returned");
            }

            if (l.DidNotReturn > 0)
            {
                text += T(vi, $", {N(l.DidNotReturn)} người không về nước đúng hạn", $", {N(l.DidNotReturn)} did not return on time");
            }

            return text + ".";
        }
    }
}
