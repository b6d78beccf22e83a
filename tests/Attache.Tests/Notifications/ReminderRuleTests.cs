using Attache.Agreements;
using Attache.Delegations;
using Attache.Dossiers;
using Attache.Foreigners;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Notifications;
using Attache.Partners;
using Attache.Plans;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Notifications;

/// <summary>Each time-based rule against records built here at fixed dates (Cao Bằng), asked about a fixed day, with
/// its traps. Records created by the system have no known officer: the desk's role is told.</summary>
public sealed class ReminderRuleTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    /// <summary>A Wednesday; Friday the 16th is two working days later.</summary>
    private static readonly DateOnly Day = new(2031, 5, 14);

    private async Task<IReadOnlyList<NotificationDraft>> FindAsync<TRule>(DateOnly day) where TRule : IReminderRule
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        db.Tenant.UseAll();
        var rule = scope.ServiceProvider.GetServices<IReminderRule>().OfType<TRule>().Single();
        return await rule.FindAsync(db, await app.ProvinceIdAsync("VN-04"), day, default);
    }

    private Task<string> UserAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<T> AddAsync<T>(Func<int, T> build) where T : class
    {
        var province = await app.ProvinceIdAsync("VN-04");
        var entity = build(province);
        await app.WithDbAsync(async (db, _) =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
        });
        return entity;
    }

    private static string[] Keys(IEnumerable<NotificationDraft> drafts, string recipient) =>
        [.. drafts.Where(d => d.RecipientId == recipient).Select(d => d.DedupKey).Order()];

    [Fact]
    public async Task An_outcome_report_due_in_three_days_tells_its_officer_and_an_overdue_one_the_leaders_too()
    {
        var days = app.Services.GetRequiredService<IOptions<DelegationOptions>>().Value.ReportDueDays;
        using var officer = await app.OfficerAsync("VN-04");
        using var leader = await app.LeaderAsync("VN-04");
        async Task<int> HeldAsync(DateOnly end, string until)
        {
            var id = await Delegation().Outbound().To("CN").On(end.AddDays(-3), end).CreateAsync(officer);
            await leader.HoldAsync(id, until == "Reported" ? "Completed" : until);
            if (until == "Reported")
            {
                var reported = await leader.MoveAsync(id, new { to = "Reported", reportedOn = end.AddDays(2) });
                Assert.True(reported.IsSuccessStatusCode);
            }

            return id;
        }

        var dueSoon = await HeldAsync(Day.AddDays(3 - days), "Completed");
        var overdue = await HeldAsync(Day.AddDays(-1 - days), "Completed");
        var reportGiven = await HeldAsync(Day.AddDays(-1 - days), "Reported");
        var notYet = await HeldAsync(Day.AddDays(10 - days), "Completed");

        var drafts = (await FindAsync<OutcomeReportReminder>(Day))
            .Where(d => new[] { dueSoon, overdue, reportGiven, notYet }.Any(id => d.Link == $"/delegations/{id}"))
            .ToList();
        var officerId = await UserAsync("officer.caobang@attache.demo");
        var leaderId = await UserAsync("leader.caobang@attache.demo");
        Assert.Equal([$"report-due:{dueSoon}", $"report-overdue:{overdue}"], Keys(drafts, officerId));
        Assert.Equal([$"report-overdue:{overdue}"], Keys(drafts, leaderId));
        Assert.Equal(3, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(NotificationKinds.OutcomeReportDue, d.Kind));
    }

    [Fact]
    public async Task Agreements_are_told_90_and_30_days_before_expiry_and_after_a_year_without_activity()
    {
        Agreement InForce(int province, string title, DateOnly? expires, DateOnly effective) => new()
        {
            ProvinceId = province, TitleVi = title, ProvinceParty = "UBND tỉnh Cao Bằng",
            Status = AgreementStatus.InForce, SignedOn = effective, EffectiveOn = effective, ExpiresOn = expires,
        };
        var in60 = await AddAsync(p => InForce(p, "Thỏa thuận hết hạn sau 60 ngày", Day.AddDays(60), Day.AddDays(-200)));
        var in20 = await AddAsync(p => InForce(p, "Thỏa thuận hết hạn sau 20 ngày", Day.AddDays(20), Day.AddDays(-200)));
        var expired = await AddAsync(p => InForce(p, "Thỏa thuận đã hết hạn", Day.AddDays(-1), Day.AddDays(-200)));
        var asleep = await AddAsync(p => InForce(p, "Thỏa thuận ngủ quên", null, Day.AddDays(-500)));
        var awake = await AddAsync(p =>
        {
            var a = InForce(p, "Thỏa thuận có hoạt động", null, Day.AddDays(-500));
            a.Activities.Add(new AgreementActivity { ProvinceId = p, Date = Day.AddDays(-10), What = "Họp rà soát" });
            return a;
        });
        var ours = new[] { in60.Id, in20.Id, expired.Id, asleep.Id, awake.Id };
        var officer = await UserAsync("officer.caobang@attache.demo");

        var expiring = (await FindAsync<AgreementExpiringReminder>(Day))
            .Where(d => ours.Any(id => d.Link == $"/agreements/{id}")).ToList();
        Assert.Equal([$"agreement-expiring:30:{in20.Id}:2031-06-03", $"agreement-expiring:90:{in60.Id}:2031-07-13"],
            Keys(expiring, officer));
        var inactive = (await FindAsync<AgreementInactiveReminder>(Day))
            .Where(d => ours.Any(id => d.Link == $"/agreements/{id}")).ToList();
        Assert.Equal([$"agreement-inactive:{asleep.Id}:{Day.AddDays(-500):yyyy-MM-dd}"], Keys(inactive, officer));
        Assert.DoesNotContain(expiring.Concat(inactive), d => d.RecipientId != officer);
    }

    [Fact]
    public async Task A_plan_item_whose_quarter_ended_undone_is_late()
    {
        var plan = await AddAsync(p => new AnnualPlan
        {
            ProvinceId = p, Year = Day.Year, Title = "Kế hoạch đối ngoại 2031",
            Items =
            [
                new PlanItem { ProvinceId = p, Quarter = 1, Title = "Đón đoàn Quảng Tây", Target = 1 },
                new PlanItem { ProvinceId = p, Quarter = 2, Title = "Hội nghị biên giới", Target = 1 },
                new PlanItem
                {
                    ProvinceId = p, Quarter = 1, Title = "Ký biên bản hợp tác", Target = 1,
                    Links = [new PlanItemLink { ProvinceId = p, Entity = "agreement", EntityId = 1 }],
                },
            ],
        });
        var drafts = (await FindAsync<PlanItemLateReminder>(Day)).Where(d => d.Link == $"/plans/{plan.Id}").ToList();
        var late = plan.Items.Single(i => i.Title == "Đón đoàn Quảng Tây");
        Assert.Equal([$"plan-item-late:{late.Id}"], Keys(drafts, await UserAsync("officer.caobang@attache.demo")));
        Assert.Equal([$"plan-item-late:{late.Id}"], Keys(drafts, await UserAsync("leader.caobang@attache.demo")));
        Assert.Equal(2, drafts.Count);
    }

    [Fact]
    public async Task A_permit_ending_within_90_days_and_an_overdue_report_are_told_but_not_an_ended_permit()
    {
        ForeignOrganisation Organisation(int p, string name, DateOnly until) => new()
        {
            ProvinceId = p, Name = name, Country = "US", PermitValidFrom = until.AddYears(-3), PermitValidTo = until,
        };
        var ending = await AddAsync(p => Organisation(p, "Ending Permit Foundation", Day.AddDays(45)));
        var ended = await AddAsync(p => Organisation(p, "Ended Permit Foundation", Day.AddDays(-5)));
        var reporting = await AddAsync(p =>
        {
            var o = Organisation(p, "Late Report Foundation", Day.AddYears(2));
            o.Reports.Add(new ForeignOrganisationReport { ProvinceId = p, Title = "Báo cáo năm 2030", DueOn = Day.AddDays(-3) });
            o.Reports.Add(new ForeignOrganisationReport
            {
                ProvinceId = p, Title = "Báo cáo quý I", DueOn = Day.AddDays(-20), ReceivedOn = Day.AddDays(-21),
            });
            return o;
        });
        var ours = new[] { ending.Id, ended.Id, reporting.Id };
        var officer = await UserAsync("officer.caobang@attache.demo");

        var permits = (await FindAsync<PermitExpiringReminder>(Day))
            .Where(d => ours.Any(id => d.Link == $"/foreign-organisations/{id}")).ToList();
        Assert.Equal([$"permit-expiring:{ending.Id}:2031-06-28"], Keys(permits, officer));
        Assert.Single(permits);
        var reports = (await FindAsync<ForeignReportOverdueReminder>(Day))
            .Where(d => ours.Any(id => d.Link == $"/foreign-organisations/{id}")).ToList();
        var late = reporting.Reports.Single(r => r.ReceivedOn is null);
        Assert.Equal([$"foreign-report-overdue:{late.Id}"], Keys(reports, officer));
        Assert.Equal([$"foreign-report-overdue:{late.Id}"], Keys(reports, await UserAsync("leader.caobang@attache.demo")));
    }

    [Fact]
    public async Task Dossiers_near_or_past_their_deadline_and_cards_to_renew_go_to_the_consular_desk()
    {
        Dossier Received(int p, string reference, DateOnly due, DateOnly? returned = null) => new()
        {
            ProvinceId = p, Kind = DossierKind.Abtc, Reference = reference, ReceivedOn = due.AddDays(-14),
            WorkingDaysAllowed = 10, DueOn = due, ReturnedOn = returned,
            Status = returned is null ? DossierStatus.Checking : DossierStatus.Returned,
        };
        var near = await AddAsync(p => Received(p, "REM-NEAR", Day.AddDays(2)));
        var later = await AddAsync(p => Received(p, "REM-LATER", Day.AddDays(6)));
        var overdue = await AddAsync(p => Received(p, "REM-OVERDUE", Day.AddDays(-2)));
        var returned = await AddAsync(p => Received(p, "REM-RETURNED", Day.AddDays(-2), Day.AddDays(-3)));
        var card = await AddAsync(p =>
        {
            var d = Received(p, "REM-CARD", Day.AddDays(-400), Day.AddDays(-401));
            d.CardNumber = "ABTC-0001";
            d.CardExpiresOn = Day.AddDays(40);
            return d;
        });
        var ours = new[] { near.Id, later.Id, overdue.Id, returned.Id, card.Id };
        var consular = await UserAsync("consular.caobang@attache.demo");
        var leader = await UserAsync("leader.caobang@attache.demo");

        var deadlines = (await FindAsync<DossierDeadlineReminder>(Day))
            .Where(d => ours.Any(id => d.Link == $"/dossiers/{id}")).ToList();
        Assert.Equal([$"dossier-near:{near.Id}:2031-05-16", $"dossier-overdue:{overdue.Id}:2031-05-12"],
            Keys(deadlines, consular));
        Assert.Equal([$"dossier-overdue:{overdue.Id}:2031-05-12"], Keys(deadlines, leader));
        Assert.Equal(3, deadlines.Count);
        var renewals = (await FindAsync<AbtcRenewalReminder>(Day))
            .Where(d => ours.Any(id => d.Link == $"/dossiers/{id}")).ToList();
        Assert.Equal([$"abtc-renewal:{card.Id}:2031-06-23"], Keys(renewals, consular));
        Assert.Single(renewals);
    }

    private static SeasonalWorker Worker(int province, string name, WorkerOutcome outcome) =>
        new() { ProvinceId = province, FullName = name, CommuneOfOrigin = "Hòa An", Outcome = outcome };

    [Fact]
    public async Task Workers_past_their_return_date_are_told_once_per_cohort_with_a_count_and_no_name()
    {
        var partner = await AddAsync(p => new Partner
        {
            ProvinceId = p, Kind = PartnerKind.ForeignLocality, Country = "KR", NameLatin = "Reminder County",
        });
        var programme = await AddAsync(p => new LabourProgramme
        {
            ProvinceId = p, Name = "Lao động thời vụ (nhắc việc)", PartnerId = partner.Id, Sector = "Nông nghiệp",
        });
        var cohort = await AddAsync(p => new LabourCohort
        {
            ProvinceId = p, ProgrammeId = programme.Id, Name = "Đợt nhắc việc", DepartureOn = Day.AddMonths(-6),
            PlannedReturnOn = Day.AddDays(-10),
            Workers =
            [
                Worker(p, "Lò Văn A", WorkerOutcome.Abroad),
                Worker(p, "Lò Thị B", WorkerOutcome.Abroad),
                Worker(p, "Lò Văn C", WorkerOutcome.ReturnedOnTime),
            ],
        });

        var drafts = (await FindAsync<WorkerNotReturnedReminder>(Day))
            .Where(d => d.DedupKey == $"worker-not-returned:{cohort.Id}").ToList();
        Assert.Equal(2, drafts.Count); // the officers and the leaders of Cao Bằng
        Assert.All(drafts, d => Assert.Equal(2, d.Args[1]));
        Assert.DoesNotContain(drafts.SelectMany(d => d.Args),
            a => a is string s && s.StartsWith("Lò", StringComparison.Ordinal));
        Assert.DoesNotContain(await FindAsync<WorkerNotReturnedReminder>(Day.AddDays(-11)),
            d => d.DedupKey == $"worker-not-returned:{cohort.Id}");
    }
}
