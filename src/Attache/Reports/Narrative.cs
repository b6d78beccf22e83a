using static Attache.Reports.ReportText;

namespace Attache.Reports;

public sealed record NarrativeParagraph(ReportSection Section, string Text);

/// <summary>Writes the paragraphs of the period report from its figures, in Vietnamese or English, the way the
/// source articles are written. Figures are rounded by <see cref="Rounding"/>; a figure that is zero or missing gets
/// no sentence (and no clause), so a section without data writes nothing rather than "0 delegations".</summary>
public static partial class Narrative
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
        Add(ReportSection.Consular, w.Consular());
        Add(ReportSection.Reception, w.Reception());
        return paragraphs;
    }

    private sealed partial class Writer(PeriodSummary s, bool vi)
    {
        private string N(decimal n) => Rounding.Count(n, vi);

        /// <summary>A count with its noun: the Vietnamese from the plural's key ("{0} donors" → "3 nhà tài trợ"), the
        /// English in the right number ("1 donor", "3 donors").</summary>
        private string Counted(decimal n, string plural, string singular) =>
            Format(vi, !vi && n == 1 ? singular : plural, N(n));

        private string Vnd(decimal n, bool estimate = false) => Rounding.Money(n, "VND", vi, estimate);

        private string End => Date(s.To, vi);

        private string Place => s.IsNational ? Text(vi, "the provinces") : Text(vi, "the province");

        /// <summary>A period still running when the report is made reads "since 2020"; a closed one
        /// "in 2020–2025".</summary>
        private bool Open => s.To >= DateOnly.FromDateTime(s.GeneratedAt);

        private string When => !Open ? Format(vi, "In {0}", Period(s.From, s.To, vi))
            : s.From is { Month: 1, Day: 1 } ? Format(vi, "Report.SinceYear", s.From.Year)
            : Format(vi, "Since {0}", Date(s.From, vi));

        private string? PreviousPeriod => s.CompareFrom is { } f && s.CompareTo is { } t ? Period(f, t, vi) : null;

        private static string Join(IEnumerable<string> items, bool vi)
        {
            var list = items.ToList();
            return list.Count switch
            {
                0 => "",
                1 => list[0],
                _ => Format(vi, "{0} and {1}", string.Join(", ", list[..^1]), list[^1]),
            };
        }

        public string? Partners()
        {
            var p = s.Partners;
            if (p.Total == 0)
            {
                return null;
            }

            var partners = Counted(p.Total, "{0} partners", "{0} partner");
            if (p.Countries == 1)
            {
                var only = Country(p.ByCountry[0].Key, vi);
                return Format(vi, "The partner register of {0} holds {1}, all in {2}.", Place, partners, only);
            }

            var top = p.ByCountry.Where(c => c.Key != "VN").Take(3).Select(c => $"{Country(c.Key, vi)} ({N(c.Count)})")
                .ToList();
            var countries = Counted(p.Countries, "{0} countries and territories", "{0} country or territory");
            return Format(vi, "The partner register of {0} holds {1} in {2}", Place, partners, countries)
                + (top.Count > 0 ? Format(vi, ", most of them in {0}.", Join(top, vi)) : ".");
        }

        public string? Delegations()
        {
            var d = s.Delegations;
            var clauses = new List<string>();
            if (d.Inbound.Count > 0)
            {
                var visitors = d.Inbound.ForeignVisitors > 0
                    ? " " + Format(vi, "with {0}",
                        Counted(d.Inbound.ForeignVisitors, "{0} foreign visitors", "{0} foreign visitor"))
                    : "";
                var received = Counted(d.Inbound.Count, "{0} delegations", "{0} delegation");
                clauses.Add(!Open ? Format(vi, "received {0}{1}", received, visitors)
                    : s.IsNational ? Format(vi, "have received {0}{1}", received, visitors)
                    : Format(vi, "has received {0}{1}", received, visitors));
            }

            if (d.Outbound.Count > 0)
            {
                var members = d.Outbound.Members > 0
                    ? " " + Format(vi, "with {0}", Counted(d.Outbound.Members, "{0} members", "{0} member"))
                    : "";
                var sent = Counted(d.Outbound.Count, "{0} delegations", "{0} delegation");
                clauses.Add(clauses.Count > 0 ? Format(vi, "Report.AlsoSent", sent, members)
                    : !Open ? Format(vi, "sent {0} abroad{1}", sent, members)
                    : s.IsNational ? Format(vi, "have sent {0} abroad{1}", sent, members)
                    : Format(vi, "has sent {0} abroad{1}", sent, members));
            }

            if (clauses.Count == 0)
            {
                return null;
            }

            var text = Format(vi, "Report.WhenWhoDid", When, Place, Join(clauses, vi));
            if (s.Previous?.Delegations is { } p && PreviousPeriod is { } before
                && (p.Inbound.Count > 0 || p.Outbound.Count > 0))
            {
                var was = new List<string>();
                if (p.Inbound.Count > 0)
                {
                    was.Add(Counted(p.Inbound.Count, "{0} delegations received", "{0} delegation received"));
                }

                if (p.Outbound.Count > 0)
                {
                    was.Add(Format(vi, "{0} sent", N(p.Outbound.Count)));
                }

                text += " " + Format(vi, "In {0}: {1}.", before, Join(was, vi));
            }

            var countries = d.ByCountry.Where(c => c.Inbound + c.Outbound > 0)
                .OrderByDescending(c => c.Inbound + c.Outbound)
                .Take(3).Select(c => Country(c.Country, vi)).ToList();
            if (countries.Count > 0)
            {
                text += " " + Format(vi, "Most partners came from {0}.", Join(countries, vi));
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

            var signed = Counted(a.Signed, "{0} international agreements and documents",
                "{0} international agreement or document");
            var text = !Open
                ? Format(vi, "{0} {1} signed {2} with foreign localities, partners and enterprises",
                    When, Place, signed)
                : s.IsNational
                    ? Format(vi, "{0} {1} have signed {2} with foreign localities, partners and enterprises",
                        When, Place, signed)
                    : Format(vi, "{0} {1} has signed {2} with foreign localities, partners and enterprises",
                        When, Place, signed);
            var countries = a.ByCountry.Where(c => c.Count > 0).Take(3)
                .Select(c => Format(vi, "{0} with partners in {1}", N(c.Count), Country(c.Key, vi))).ToList();
            if (countries.Count > 0)
            {
                text += Format(vi, ", including {0}", Join(countries, vi));
            }

            var fields = a.ByField.Where(f => f.Count > 0).Take(5).Select(f => Lower(vi ? f.NameVi : f.NameEn))
                .ToList();
            if (fields.Count > 0)
            {
                text += Format(vi, ", in {0}", Join(fields, vi));
            }

            text += ".";
            if (a.InForce > 0)
            {
                text += " " + (a.InForce == 1
                    ? Format(vi, "{0} was in force at {1}.", N(a.InForce), End)
                    : Format(vi, "{0} were in force at {1}.", N(a.InForce), End));
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
                var text = $"{label}: {Counted(k.Projects, "{0} projects", "{0} project")}";
                text += amount is null ? "" : " " + Format(vi, "with a total of {0}", amount);
                if (k.CompletedProjects > 0)
                {
                    var done = k.CompletedCommittedVnd > 0 ? $" ({Vnd(k.CompletedCommittedVnd)})" : "";
                    text += Format(vi, ", {0} of them completed{1}", N(k.CompletedProjects), done);
                }

                return text + ".";
            }

            var donors = k.Donors > 0 ? " " + Format(vi, "from {0}", Counted(k.Donors, "{0} donors", "{0} donor")) : "";
            var projects = k.Projects > 0
                ? " " + Format(vi, "for {0}", Counted(k.Projects, "{0} projects", "{0} project"))
                : "";
            return amount is null
                ? $"{label}{donors}{projects}."
                : Format(vi, "{0}{1} totalled {2}{3}.", label, donors, amount, projects);
        }

        public string? AidSectors()
        {
            var sectors = s.Aid.BySector.Where(x => x.Vnd > 0).OrderByDescending(x => x.Vnd).Take(5)
                .Select(x => Lower(vi ? x.NameVi : x.NameEn)).ToList();
            return sectors.Count == 0 ? null : Format(vi, "The aid went mainly to {0}.", Join(sectors, vi));
        }

        /// <summary>Which amounts the VND totals leave out for want of an exchange rate (never counted as 0).</summary>
        public string? AidMissingRates()
        {
            var missing = s.Aid.MissingRates;
            if (missing.Count == 0)
            {
                return null;
            }

            var parts = missing.GroupBy(m => m.Currency).Select(g => Format(vi, "the amounts in {0} valued on {1}",
                g.Key, string.Join(", ", g.Select(m => Date(m.Date, vi))))).ToList();
            return Format(vi, "The VND totals leave out {0}, for which there is no exchange rate on or before the "
                + "value date.", Join(parts, vi));
        }

        public string? Borders()
        {
            var b = s.Borders;
            var sentences = new List<string>();
            if (b.StateRevenueVnd > 0)
            {
                var text = Open
                    ? Format(vi, "{0} state revenue from border-gate activity has reached {1}",
                        When, Vnd(b.StateRevenueVnd))
                    : Format(vi, "{0} state revenue from border-gate activity reached {1}",
                        When, Vnd(b.StateRevenueVnd));
                if (b.GrowthPercent is { } growth && growth != 0 && PreviousPeriod is { } before)
                {
                    text += growth > 0
                        ? Format(vi, ", up {0} on {1}", Rounding.Percent(growth, vi), before)
                        : Format(vi, ", down {0} on {1}", Rounding.Percent(-growth, vi), before);
                }

                if (b.ShareOfProvinceRevenuePercent is { } share && share > 0)
                {
                    text += Format(vi, ", {0} of the province's total state revenue", Rounding.Percent(share, vi));
                }

                sentences.Add(text + ".");
            }

            if (b.TurnoverUsd > 0)
            {
                sentences.Add(Format(vi, "Trade through the border gates reached {0}.",
                    Rounding.Money(b.TurnoverUsd, "USD", vi)));
            }

            var events = b.GateEvents.OrderBy(e => e.Date).Take(5)
                .Select(e => $"{EnumLabel("GateEventKind", e.Event, vi)}: {e.Gate(vi)} ({Date(e.Date, vi)})").ToList();
            if (events.Count > 0)
            {
                sentences.Add(Format(vi, "Milestones: {0}.", string.Join("; ", events)));
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

            var signed = t.SignedInPeriod > 0
                ? Format(vi, ", {0} of them signed in the period", N(t.SignedInPeriod))
                : "";
            var active = Counted(t.Active, "{0} active twinning partnerships", "{0} active twinning partnership");
            return t.Active > 0
                ? Format(vi, "At {0} the border localities of {1} had {2} with foreign localities{3}.",
                    End, Place, active, signed)
                : Format(vi, "{0} {1} signed.", When,
                    Counted(t.SignedInPeriod, "{0} twinning agreements were", "{0} twinning agreement was"));
        }

        public string? Events()
        {
            var e = s.Events;
            var sentences = new List<string>();
            foreach (var k in e.ByKind.Where(k => k.Count > 0))
            {
                var people = k.Participants > 0
                    ? " " + Format(vi, "with {0}", Counted(k.Participants, "{0} participants", "{0} participant"))
                      + (k.ForeignParticipants > 0
                          ? " " + Format(vi, "({0} from abroad)", N(k.ForeignParticipants))
                          : "")
                    : "";
                var kind = Label(k.Kind, vi);
                sentences.Add(Format(vi, "{0}: {1} held{2}.", Capital(kind), N(k.Count), people, kind));
            }

            if (e.PressDelegations > 0)
            {
                var press = Counted(e.PressDelegations, "{0} foreign press delegations",
                    "{0} foreign press delegation");
                sentences.Add(!Open ? Format(vi, "{0} {1} welcomed {2}.", When, Place, press)
                    : s.IsNational ? Format(vi, "{0} {1} have welcomed {2}.", When, Place, press)
                    : Format(vi, "{0} {1} has welcomed {2}.", When, Place, press));
            }

            if (e.MediaItems > 0)
            {
                sentences.Add(Format(vi, "{0} on {1} appeared in foreign media.",
                    Counted(e.MediaItems, "{0} reports", "{0} report"), Place));
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

            var text = Format(vi, "{0} {1} went abroad under the labour cooperation agreements of {2}",
                When, Counted(l.WorkersSent, "{0} workers", "{0} worker"), Place);
            if (l.Returned > 0)
            {
                text += l.Returned == 1
                    ? Format(vi, "; {0} has returned", N(l.Returned))
                    : Format(vi, "; {0} have returned", N(l.Returned));
            }

            if (l.DidNotReturn > 0)
            {
                text += Format(vi, ", {0} did not return on time", N(l.DidNotReturn));
            }

            return text + ".";
        }
    }
}
