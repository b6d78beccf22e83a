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
    public void An_approval_is_cleared_when_the_amount_changes_and_the_line_still_exceeds()
    {
        var norm = new SpendingNorm { Id = 4, Amount = 1_000_000m, Decision = "QĐ" };
        var line = Line(NormKind.PerBanquetHead, 10, 1, 1_200_000m);
        line.ApprovedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        line.ApprovalReason = "Lý do";
        CostLineRules.Check(line, norm, amountChanged: false);
        Assert.False(CostLineRules.NeedsApproval(line));
        CostLineRules.Check(line, norm, amountChanged: true);
        Assert.True(CostLineRules.NeedsApproval(line));
        Assert.Null(line.ApprovalReason);
        line.UnitAmount = 900_000m;
        CostLineRules.Check(line, norm, amountChanged: true);
        Assert.False(line.ExceedsNorm);
        Assert.Equal(4, line.NormId);
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
