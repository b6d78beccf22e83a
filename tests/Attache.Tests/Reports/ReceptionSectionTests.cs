using System.Net;
using Attache.Delegations;
using Attache.Reception;
using Attache.Reports;
using Attache.Staff;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Reports;

/// <summary>Issue 13 point 8: the reception section against a data set built here in Cao Bằng for the second half of
/// 2026, the report made on the test clock's day (2026-11-30). The traps: an item of a held plan before the period
/// (its interpreter day is not counted), a reception planned for 10 December (in the period, not yet held), an
/// outbound programme (interpreted, but no reception), a cancelled delegation, a former interpreter, the cost lines of
/// a delegation that started before the period, gifts and trainings outside it, and a reception in Lai Châu.
/// </summary>
public sealed class ReceptionSectionTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Period = "province=VN-04&from=2026-07-01&to=2026-12-31";

    private static bool entered;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private async Task EnterAsync()
    {
        if (entered)
        {
            return;
        }

        entered = true;
        var caoBang = await app.ProvinceIdAsync("VN-04");
        var laiChau = await app.ProvinceIdAsync("VN-01");
        await app.WithDbAsync(async (db, _) =>
        {
            var leader = db.Users.Single(u => u.Email == "leader.caobang@attache.demo").Id;
            StaffMember Member(int province, string name, bool active, string language, LanguageScale scale,
                string level) => new()
                {
                    ProvinceId = province, FullName = name, IsInterpreter = true, Active = active,
                    Languages = [new StaffLanguage { ProvinceId = province, Language = language, Scale = scale, Level = level }],
                };
            var korean = Member(caoBang, "Korean interpreter", true, "ko", LanguageScale.Topik, "5");
            var chinese = Member(caoBang, "Chinese interpreter", true, "zh", LanguageScale.Hsk, "6");
            var former = Member(caoBang, "Former interpreter", false, "zh", LanguageScale.Hsk, "4");
            var laoLaiChau = Member(laiChau, "Lai Chau interpreter", true, "lo", LanguageScale.Lao, "5");
            StaffTraining Training(DateOnly start) => new()
            {
                ProvinceId = caoBang, Course = "Protocol", StartsOn = start, EndsOn = start.AddDays(2),
            };
            korean.Trainings.AddRange([Training(D(2026, 8, 1)), Training(D(2026, 3, 1))]);
            chinese.Trainings.AddRange([Training(D(2026, 9, 10)), Training(D(2027, 1, 5))]);
            db.AddRange(korean, chinese, former, laoLaiChau);

            Delegation Delegation(int province, DelegationDirection direction, string country, DateOnly start,
                params DelegationStatus[] steps)
            {
                var d = new Delegation { ProvinceId = province, Direction = direction, Title = $"{country} {start}" };
                d.Schedule(start, start.AddDays(2), null, null);
                d.Countries.Add(new DelegationCountry { ProvinceId = province, Country = country });
                foreach (var step in steps)
                {
                    d.MoveTo(new DelegationTransition
                    {
                        To = step, DecisionNumber = "9/QĐ", DecisionDate = start.AddDays(-20),
                        ApprovingAuthority = "UBND", Reason = "Hoãn",
                    }, start.AddDays(10), mayApprove: true);
                }

                db.Add(d);
                return d;
            }

            var held = new[] { DelegationStatus.Approved, DelegationStatus.UnderWay, DelegationStatus.Completed };
            var d1 = Delegation(caoBang, DelegationDirection.Inbound, "KR", D(2026, 8, 10), held);
            var d2 = Delegation(caoBang, DelegationDirection.Inbound, "CN", D(2026, 6, 25), held);
            var d3 = Delegation(caoBang, DelegationDirection.Inbound, "LA", D(2026, 12, 10), DelegationStatus.Approved);
            var d4 = Delegation(caoBang, DelegationDirection.Outbound, "CN", D(2026, 9, 1), held);
            var d5 = Delegation(caoBang, DelegationDirection.Inbound, "KR", D(2026, 10, 1), DelegationStatus.Cancelled);
            var d6 = Delegation(laiChau, DelegationDirection.Inbound, "LA", D(2026, 8, 20), held);
            await db.SaveChangesAsync();

            ReceptionPlan Plan(Delegation d) => new() { ProvinceId = d.ProvinceId, DelegationId = d.Id };
            ReceptionItem Item(ReceptionPlan plan, DateOnly date, string? language, StaffMember? interpreter,
                ReceptionItemKind kind = ReceptionItemKind.Talks) => new()
                {
                    ProvinceId = plan.ProvinceId, DelegationId = plan.DelegationId, Kind = kind, Title = $"{kind}",
                    Date = date, StartTime = new(9, 0), EndTime = new(11, 0), Language = language,
                    InterpreterId = interpreter?.Id,
                };
            ReceptionParticipant Guest(ReceptionPlan plan, ProtocolRank rank, ReceptionSide side = ReceptionSide.Guest)
                => new()
                {
                    ProvinceId = plan.ProvinceId, DelegationId = plan.DelegationId, Side = side, Name = $"{rank}",
                    Rank = rank,
                };
            ReceptionCostLine Line(ReceptionPlan plan, NormKind kind, int units, int days, decimal amount,
                decimal? spent, bool exceeds = false, string? approvedBy = null) => new()
                {
                    ProvinceId = plan.ProvinceId, DelegationId = plan.DelegationId, Kind = kind,
                    Level = GuestLevel.Ministerial, Description = $"{kind}", Units = units, Days = days,
                    UnitAmount = amount, Spent = spent, ExceedsNorm = exceeds, ApprovedById = approvedBy,
                    ApprovedAt = approvedBy is null ? null : new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc),
                    ApprovalReason = approvedBy is null ? null : "Minister-level guests",
                };

            var p1 = Plan(d1);
            p1.Items.AddRange([Item(p1, D(2026, 8, 10), "ko", korean),
                Item(p1, D(2026, 8, 10), "ko", korean, ReceptionItemKind.Banquet),
                Item(p1, D(2026, 8, 11), "ko", korean, ReceptionItemKind.Visit)]);
            p1.Participants.AddRange([Guest(p1, ProtocolRank.Minister), Guest(p1, ProtocolRank.Director),
                Guest(p1, ProtocolRank.Officer), Guest(p1, ProtocolRank.Officer),
                Guest(p1, ProtocolRank.ProvincialLeader, ReceptionSide.Host)]);
            p1.CostLines.AddRange([Line(p1, NormKind.PerGuestPerDay, 4, 2, 1_200_000m, 9_000_000m),
                Line(p1, NormKind.PerBanquetHead, 10, 1, 800_000m, 8_500_000m, exceeds: true, approvedBy: leader),
                Line(p1, NormKind.PerGift, 2, 1, 3_000_000m, null, exceeds: true)]);

            var p2 = Plan(d2);
            p2.Items.AddRange([Item(p2, D(2026, 6, 25), "zh", chinese), Item(p2, D(2026, 7, 2), "zh", chinese)]);
            p2.Participants.AddRange([Guest(p2, ProtocolRank.ViceMinister), Guest(p2, ProtocolRank.Director)]);
            p2.CostLines.Add(Line(p2, NormKind.PerGuestPerDay, 5, 1, 500_000m, 2_500_000m));

            var p3 = Plan(d3);
            p3.Items.Add(Item(p3, D(2026, 12, 10), "lo", null));
            p3.Participants.Add(Guest(p3, ProtocolRank.Minister));
            p3.CostLines.Add(Line(p3, NormKind.PerGuestPerDay, 3, 2, 1_000_000m, null));

            var p4 = Plan(d4);
            p4.Items.Add(Item(p4, D(2026, 9, 2), "zh", chinese, ReceptionItemKind.Meeting));
            p4.Participants.Add(Guest(p4, ProtocolRank.Ambassador));

            var p5 = Plan(d5);
            p5.Items.Add(Item(p5, D(2026, 10, 1), "ko", korean));
            p5.Participants.Add(Guest(p5, ProtocolRank.Minister));
            p5.CostLines.Add(Line(p5, NormKind.PerGuestPerDay, 9, 9, 9_000_000m, null, exceeds: true));

            var p6 = Plan(d6);
            p6.Items.Add(Item(p6, D(2026, 8, 20), "lo", laoLaiChau));
            p6.Participants.Add(Guest(p6, ProtocolRank.Minister));
            db.AddRange(p1, p2, p3, p4, p5, p6);

            Gift Gift(int province, GiftDirection direction, DateOnly date, decimal? value) => new()
            {
                ProvinceId = province, Direction = direction, Date = date, Value = value, Item = "Tea",
                Counterparty = "Guests", Handling = direction == GiftDirection.Received ? GiftHandling.Kept : null,
            };
            db.AddRange(Gift(caoBang, GiftDirection.Given, D(2026, 8, 10), 2_000_000m),
                Gift(caoBang, GiftDirection.Given, D(2026, 7, 2), null),
                Gift(caoBang, GiftDirection.Given, D(2026, 6, 30), 9_999_999m),
                Gift(caoBang, GiftDirection.Received, D(2026, 8, 10), 1_500_000m),
                Gift(caoBang, GiftDirection.Received, D(2027, 1, 1), 7_000_000m),
                Gift(laiChau, GiftDirection.Received, D(2026, 8, 20), 3_000_000m));
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task The_section_counts_what_was_held_in_the_period_and_nothing_else()
    {
        await EnterAsync();
        using var officer = await app.OfficerAsync("VN-04");
        var r = (await (await officer.GetAsync($"/api/reports/summary?{Period}")).ReadAsync<PeriodSummary>())
            .Reception;

        Assert.Equal(2, r.ReceptionsHeld);
        Assert.Equal(6, r.GuestsReceived);
        Assert.Equal([(ProtocolRank.Minister, 1), (ProtocolRank.ViceMinister, 1), (ProtocolRank.Director, 2),
            (ProtocolRank.Officer, 2)], r.GuestsByRank.Select(g => (g.Rank, g.Guests)));
        Assert.Equal(4, r.InterpreterDays);
        Assert.Equal([("ko", 2, 1), ("zh", 2, 1)],
            r.InterpreterDaysByLanguage.Select(d => (d.Language, d.Days, d.Interpreters)));
        Assert.Equal(new ReceptionStats.GiftCount(2, 2_000_000m, 1), r.GiftsGiven);
        Assert.Equal(new ReceptionStats.GiftCount(1, 1_500_000m, 0), r.GiftsReceived);
        Assert.Equal(new ReceptionStats.SpendingTotals(4, 29_600_000m, 17_500_000m, 2, 1), r.Spending);
        Assert.Equal((2, 2), (r.Trainings, r.StaffTrained));
        Assert.Equal([("ko", "5", 1, 1), ("zh", "6", 1, 1)],
            r.StaffByLanguage.Select(l => (l.Language, l.Level, l.Staff, l.Interpreters)));
    }

    [Fact]
    public async Task The_documents_tell_the_section_in_the_language_asked_for()
    {
        await EnterAsync();
        using var officer = await app.OfficerAsync("VN-04");
        var en = ReportLanguageTests.DocxText(await officer.GetByteArrayAsync($"/api/reports/summary.docx?{Period}&lang=en"));
        Assert.Contains("Reception, protocol and the department's staff".ToUpperInvariant(), en, StringComparison.Ordinal);
        Assert.Contains("received 2 foreign delegations with a reception plan, 6 guests in all", en,
            StringComparison.Ordinal);
        Assert.Contains("The department's interpreters worked 4 interpreter-days: Korean (2) and Chinese (2).", en,
            StringComparison.Ordinal);
        Assert.Contains("2 cost lines above the province's norms, 1 of them approved by a Leader", en,
            StringComparison.Ordinal);

        var vi = ReportLanguageTests.DocxText(await officer.GetByteArrayAsync($"/api/reports/summary.docx?{Period}&lang=vi"));
        Assert.Contains("đã đón 2 đoàn khách nước ngoài có kế hoạch đón tiếp, tổng cộng 6 khách", vi, StringComparison.Ordinal);
        Assert.Contains("Phiên dịch viên của Sở đã làm việc 4 ngày công phiên dịch: tiếng Hàn (2) và tiếng Trung (2).", vi,
            StringComparison.Ordinal);
        Assert.Contains("Bộ trưởng", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("interpreter", vi, StringComparison.OrdinalIgnoreCase);

        var xlsx = ReportLanguageTests.XlsxText(await officer.GetByteArrayAsync($"/api/reports/summary.xlsx?{Period}&lang=vi"));
        Assert.Contains("Lễ tân", xlsx, StringComparison.Ordinal);
        Assert.Contains("Ngày công phiên dịch", xlsx, StringComparison.Ordinal);
        var pdf = await officer.GetAsync($"/api/reports/summary.pdf?{Period}&lang=en");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }
}
