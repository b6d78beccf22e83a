using Attache.Agreements;
using Attache.Aid;
using Attache.Delegations;
using Attache.Labour;
using Attache.Twinnings;

namespace Attache.Tests.Reports;

/// <summary>The rules behind the report's figures (issue 9), tested without a database.</summary>
public sealed class FigureRuleTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(DelegationStatus.Proposed, false)]
    [InlineData(DelegationStatus.Approved, false)]
    [InlineData(DelegationStatus.UnderWay, true)]
    [InlineData(DelegationStatus.Completed, true)]
    [InlineData(DelegationStatus.Reported, true)]
    [InlineData(DelegationStatus.Cancelled, false)]
    public void A_delegation_counts_once_it_has_taken_place(DelegationStatus status, bool counted) =>
        Assert.Equal(counted, DelegationCounting.TookPlace(status));

    private static Agreement Agreement(AgreementStatus status, DateOnly? effective, DateOnly? expires,
        DateOnly? ended = null,
        bool autoRenewal = false) => new()
        {
            TitleVi = "x", ProvinceParty = "x", Status = status, SignedOn = effective, EffectiveOn = effective,
            ExpiresOn = expires,
            EndedOn = ended, AutoRenewal = autoRenewal,
        };

    public static TheoryData<string, AgreementStatus, DateOnly?, DateOnly?, DateOnly?, bool,
        AgreementStatus> AgreementCases => new()
    {
        { "expired by its date, status never moved", AgreementStatus.InForce, D(2010, 1, 1), D(2011, 6, 30), null,
            false, AgreementStatus.Expired },
        { "its expiry day is still in force", AgreementStatus.InForce, D(2010, 1, 1), D(2011, 12, 31), null, false,
            AgreementStatus.InForce },
        { "automatic renewal outlives the date", AgreementStatus.InForce, D(2010, 1, 1), D(2011, 6, 30), null, true,
            AgreementStatus.InForce },
        { "terminated after the day", AgreementStatus.Terminated, D(2010, 1, 1), null, D(2012, 5, 1), false,
            AgreementStatus.InForce },
        { "terminated before the day", AgreementStatus.Terminated, D(2010, 1, 1), null, D(2011, 5, 1), false,
            AgreementStatus.Terminated },
        { "expired later, in force then", AgreementStatus.Expired, D(2010, 1, 1), D(2013, 1, 1), D(2013, 1, 1), false,
            AgreementStatus.InForce },
        { "not yet effective", AgreementStatus.InForce, D(2012, 1, 1), null, null, false, AgreementStatus.Signed },
        { "an end without a date stays an end", AgreementStatus.Terminated, D(2010, 1, 1), null, null, false,
            AgreementStatus.Terminated },
        { "a project keeps its stage", AgreementStatus.Consulting, null, null, null, false,
            AgreementStatus.Consulting },
        { "signed, not yet in force", AgreementStatus.Signed, D(2010, 1, 1), null, null, false,
            AgreementStatus.Signed },
    };

    [Theory]
    [MemberData(nameof(AgreementCases))]
    public void An_agreement_has_the_status_its_dates_give_it(string because, AgreementStatus recorded,
        DateOnly? effective,
        DateOnly? expires, DateOnly? ended, bool autoRenewal, AgreementStatus expected)
    {
        var agreement = Agreement(recorded, effective, expires, ended, autoRenewal);
        Assert.True(expected == agreement.StatusOn(D(2011, 12, 31)), because);
        // The database form of the rule is the same expression, bound to the day.
        Assert.Equal(expected, AgreementDates.StatusOn(D(2011, 12, 31)).Compile()(agreement));
        Assert.Equal(expected == AgreementStatus.InForce, AgreementDates.InForceOn(D(2011, 12, 31))
            .Compile()(agreement));
    }

    [Fact]
    public void Only_an_agreement_recorded_in_force_whose_expiry_passed_is_stale()
    {
        Assert.True(AgreementDates.Stale(AgreementStatus.InForce, AgreementStatus.Expired));
        Assert.False(AgreementDates.Stale(AgreementStatus.Expired, AgreementStatus.Expired));
        Assert.False(AgreementDates.Stale(AgreementStatus.Terminated, AgreementStatus.InForce));
    }

    [Fact]
    public void A_twinning_is_active_at_the_period_end_only_when_signed_by_then()
    {
        var pair = new Twinning { LocalityName = "x", SignedOn = D(2012, 3, 1) };
        Assert.False(pair.IsActiveOn(D(2011, 12, 31)));
        Assert.True(pair.IsActiveOn(D(2012, 3, 1)));
        pair.ChangeStatus(TwinningStatus.Ended, D(2012, 6, 1));
        Assert.False(pair.IsActiveOn(D(2013, 1, 1)));
        Assert.False(new Twinning { LocalityName = "x" }.IsActiveOn(D(2013, 1, 1)));
    }

    public static TheoryData<string, TwinningStatus, DateOnly?, bool, bool> TwinningEndCases => new()
    {
        { "active, no end", TwinningStatus.Active, null, true, true },
        { "ended after the day", TwinningStatus.Ended, D(2020, 6, 30), true, false },
        { "dormant after the day", TwinningStatus.Dormant, D(2020, 6, 30), true, false },
        { "ended on the day itself", TwinningStatus.Ended, D(2015, 12, 31), false, false },
        { "ended before the day", TwinningStatus.Ended, D(2014, 1, 1), false, false },
        { "ended, undated", TwinningStatus.Ended, null, false, true },
        { "dormant, undated", TwinningStatus.Dormant, null, false, true },
    };

    /// <summary>Signed 2010: active on 2015-12-31 unless it stopped on or before that day; an undated end is unknown,
    /// so not counted, and reported (undated) on any later day.</summary>
    [Theory]
    [MemberData(nameof(TwinningEndCases))]
    public void A_twinning_that_stopped_later_was_active_before(string because, TwinningStatus status,
        DateOnly? endedOn,
        bool activeEnd2015, bool undatedOrActive)
    {
        var pair = new Twinning { LocalityName = "x", SignedOn = D(2010, 3, 1) };
        pair.ChangeStatus(status, D(2025, 1, 1));
        pair.EndedOn = endedOn;
        Assert.True(activeEnd2015 == pair.IsActiveOn(D(2015, 12, 31)), because);
        Assert.True(activeEnd2015 == TwinningCounting.ActiveOn(D(2015, 12, 31)).Compile()(pair), because);
        var undated = TwinningCounting.EndedUndated(D(2015, 12, 31)).Compile()(pair);
        Assert.True(undatedOrActive == (undated || status == TwinningStatus.Active), because);
        Assert.False(undated && pair.IsActiveOn(D(2015, 12, 31)), because);
    }

    [Fact]
    public void A_twinning_that_stops_is_dated_today_unless_dated_and_comes_back_without_a_date()
    {
        var today = D(2025, 3, 4);
        var pair = new Twinning { LocalityName = "x", SignedOn = D(2010, 3, 1) };
        pair.ChangeStatus(TwinningStatus.Dormant, today);
        Assert.Equal(today, pair.EndedOn);
        pair.ChangeStatus(TwinningStatus.Active, today);
        Assert.Null(pair.EndedOn);
        pair.EndedOn = D(2020, 6, 30);
        pair.ChangeStatus(TwinningStatus.Ended, today);
        Assert.Equal(D(2020, 6, 30), pair.EndedOn);

        // An old record kept Dormant without a date is not dated by an edit.
        var old = new Twinning { LocalityName = "y", SignedOn = D(2010, 3, 1) };
        old.ChangeStatus(TwinningStatus.Dormant, today);
        old.EndedOn = null;
        old.ChangeStatus(TwinningStatus.Dormant, today);
        Assert.Null(old.EndedOn);
    }

    [Fact]
    public void A_missing_rate_leaves_its_amount_out_and_keeps_the_rest()
    {
        var money = new AidMoney(new RateBook([(1, "USD", D(2011, 1, 1), 20_000m)]));
        var (vnd, complete) = money.ToVnd([(1, "VND", D(2011, 3, 1), 1_000_000m), (1, "USD", D(2011, 3, 1), 100m),
            (1, "EUR", D(2011, 4, 1), 50m), (1, "USD", D(2010, 12, 31), 1m)]);
        Assert.Equal(3_000_000m, vnd);
        Assert.False(complete);
        Assert.Equal([new MissingRate("EUR", D(2011, 4, 1)), new MissingRate("USD", D(2010, 12, 31))], money.Missing);
        Assert.Equal((0m, true), new AidMoney(new RateBook([])).ToVnd([]));
    }

    [Fact]
    public void Stale_statuses_are_those_the_dates_contradict()
    {
        Assert.True(AidProjectDates.PastEnd(ActivityStatus.Implementation, D(2011, 10, 31), D(2011, 11, 1)));
        Assert.False(AidProjectDates.PastEnd(ActivityStatus.Implementation, D(2011, 10, 31), D(2011, 10, 31)));
        Assert.False(AidProjectDates.PastEnd(ActivityStatus.Closed, D(2011, 10, 31), D(2012, 1, 1)));
        Assert.False(AidProjectDates.PastEnd(ActivityStatus.Implementation, null, D(2012, 1, 1)));

        Assert.True(WorkerDates.PastReturn(WorkerOutcome.Abroad, D(2011, 10, 1), D(2011, 10, 2)));
        Assert.False(WorkerDates.PastReturn(WorkerOutcome.ReturnedOnTime, D(2011, 10, 1), D(2012, 1, 1)));

        Assert.True(DelegationCounting.ReportOverdue(DelegationDirection.Outbound, DelegationStatus.Completed,
            D(2011, 6, 4), D(2011, 6, 20), 15));
        Assert.False(DelegationCounting.ReportOverdue(DelegationDirection.Outbound, DelegationStatus.Completed,
            D(2011, 6, 4), D(2011, 6, 19), 15));
        Assert.False(DelegationCounting.ReportOverdue(DelegationDirection.Inbound, DelegationStatus.Completed,
            D(2011, 6, 4), D(2012, 1, 1), 15));
        Assert.False(DelegationCounting.ReportOverdue(DelegationDirection.Outbound, DelegationStatus.Reported,
            D(2011, 6, 4), D(2012, 1, 1), 15));
    }
}
