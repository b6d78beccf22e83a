using Attache.Delegations;
using Attache.Reception;

namespace Attache.Tests.Reception;

/// <summary>The cost lines' rules without a database.</summary>
public sealed class CostLineRuleTests
{
    private static ReceptionCostLine Line(NormKind kind, int units, int days, decimal unit, decimal? spent = null) =>
        new() { Kind = kind, Units = units, Days = days, UnitAmount = unit, Spent = spent, Description = "x" };

    [Fact]
    public void Days_count_only_for_a_per_guest_per_day_line() =>
        Assert.Equal([24_000_000m, 8_000_000m], [CostLineRules.Total(Line(NormKind.PerGuestPerDay, 8, 3, 1_000_000m)),
            CostLineRules.Total(Line(NormKind.PerBanquetHead, 8, 3, 1_000_000m))]);

    [Fact]
    public void A_line_exceeds_only_above_an_existing_norm()
    {
        Assert.True(CostLineRules.Exceeds(1_000_001m, 1_000_000m));
        Assert.False(CostLineRules.Exceeds(1_000_000m, 1_000_000m));
        Assert.False(CostLineRules.Exceeds(9_000_000m, null));
    }

    [Fact]
    public void An_approval_is_cleared_when_the_overrun_changes_and_the_line_still_exceeds()
    {
        var norm = new SpendingNorm { Id = 4, Amount = 1_000_000m, Decision = "QĐ" };
        var line = Line(NormKind.PerBanquetHead, 10, 1, 1_200_000m);
        line.NormId = 4;
        Assert.Equal(2_000_000m, CostLineRules.Excess(line, norm.Amount));
        Approve(line);
        CostLineRules.Check(line, norm, CostLineRules.OverrunOf(line, norm.Amount));
        Assert.False(CostLineRules.NeedsApproval(line));

        // Two more heads: 400,000 more above the norm than the leader approved.
        var approved = CostLineRules.OverrunOf(line, norm.Amount);
        line.Units = 12;
        CostLineRules.Check(line, norm, approved);
        Assert.True(CostLineRules.NeedsApproval(line));
        Assert.Null(line.ApprovalReason);
        line.UnitAmount = 900_000m;
        CostLineRules.Check(line, norm, CostLineRules.OverrunOf(line, norm.Amount));
        Assert.False(line.ExceedsNorm);
        Assert.Equal(4, line.NormId);
    }

    [Fact]
    public void A_line_over_the_whole_stay_follows_a_longer_stay_and_loses_its_approval()
    {
        var norm = new SpendingNorm { Id = 7, Amount = 1_000_000m, Decision = "QĐ" };
        var lodging = Line(NormKind.PerGuestPerDay, 8, 3, 1_100_000m);
        var dinner = Line(NormKind.PerGuestPerDay, 8, 1, 1_100_000m);
        foreach (var line in new[] { lodging, dinner })
        {
            line.NormId = 7;
            Approve(line);
        }

        // The stay grew from 3 to 4 days: the lodging counts 4 days, 3.2 million above the norm instead of 2.4.
        CostLineRules.Recheck(lodging, norm.Amount, norm, stayBefore: 3, stay: 4);
        CostLineRules.Recheck(dinner, norm.Amount, norm, stayBefore: 3, stay: 4);
        Assert.Equal(4, lodging.Days);
        Assert.Equal(3_200_000m, CostLineRules.Excess(lodging, norm.Amount));
        Assert.True(CostLineRules.NeedsApproval(lodging));
        Assert.Equal(1, dinner.Days);
        Assert.False(CostLineRules.NeedsApproval(dinner));
    }

    [Fact]
    public void A_new_start_date_under_another_norm_recomputes_the_flag()
    {
        var old = new SpendingNorm { Id = 1, Amount = 1_000_000m, Decision = "QĐ 1" };
        var newer = new SpendingNorm { Id = 2, Amount = 1_500_000m, Decision = "QĐ 2" };
        var line = Line(NormKind.PerBanquetHead, 10, 1, 1_200_000m);
        line.NormId = 1;
        line.ExceedsNorm = true;
        CostLineRules.Recheck(line, old.Amount, newer, stayBefore: 2, stay: 2);
        Assert.False(line.ExceedsNorm);
        Assert.Equal(2, line.NormId);
        CostLineRules.Recheck(line, newer.Amount, old, stayBefore: 2, stay: 2);
        Assert.True(CostLineRules.NeedsApproval(line));
        CostLineRules.Recheck(line, old.Amount, null, stayBefore: 2, stay: 2);
        Assert.False(line.ExceedsNorm);
        Assert.Null(line.NormId);
    }

    private static void Approve(ReceptionCostLine line)
    {
        line.ExceedsNorm = true;
        line.ApprovedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        line.ApprovedById = "leader";
        line.ApprovalReason = "Lý do";
    }

    [Fact]
    public void The_budget_is_the_lines_when_there_are_any()
    {
        var delegation = new Delegation { Title = "x", BudgetPlanned = 5m, BudgetSpent = 4m };
        CostLineRules.TieBudget(delegation, []);
        Assert.Equal((5m, 4m), (delegation.BudgetPlanned, delegation.BudgetSpent));
        CostLineRules.TieBudget(delegation, [Line(NormKind.PerGuestPerDay, 2, 2, 100m),
            Line(NormKind.PerGift, 3, 9, 50m)]);
        Assert.Equal(550m, delegation.BudgetPlanned);
        Assert.Null(delegation.BudgetSpent);
        CostLineRules.TieBudget(delegation, [Line(NormKind.PerGift, 1, 1, 50m, 45m), Line(NormKind.PerGift, 1, 1, 50m)]);
        Assert.Equal((100m, 45m), (delegation.BudgetPlanned, delegation.BudgetSpent));
    }
}
