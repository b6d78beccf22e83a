using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Reception;
using Attache.Staff;
using Microsoft.EntityFrameworkCore;
using static Attache.Reports.ReportText;

namespace Attache.Reports;

/// <summary>Reception and protocol in the period (issue 13 point 8): receptions held, guests by protocol rank,
/// interpreters' days by language, gifts registered, reception spending against the norms, trainings, and the staff
/// by language and level. Each figure's rule is on the method that computes it and in <see cref="Rules"/>.</summary>
public sealed record ReceptionStats
{
    /// <summary>The rules as the API contract states them (the period summary's description quotes them).</summary>
    public const string Rules =
        "Reception figures: a reception is held in the period when the delegation is inbound and not cancelled and "
        + "its reception plan has at least one reception item dated in the period and not after the day the report is "
        + "made (an item still to come is planned, not held). Guests received are the guest-side participants of "
        + "those plans, by protocol rank. Interpreters' days are the distinct (interpreter, date) pairs of reception "
        + "items held in the period (either direction) that name an interpreter, per the item's language. Gifts are "
        + "those dated in the period, given and received: count and value in VND (unvalued gifts counted, not "
        + "valued). Spending covers the cost lines of the delegations of the period (not cancelled, actual else "
        + "planned start in the period): planned = units × days × amount per unit, spent = what was entered; lines "
        + "above the norm and, of those, approved by a Leader. Trainings are those starting in the period. Staff by "
        + "language and level is today's roster of active staff.";

    public static readonly ReceptionStats Empty = new();

    public int ReceptionsHeld { get; init; }
    public int GuestsReceived { get; init; }
    public IReadOnlyList<RankCount> GuestsByRank { get; init; } = [];
    public int InterpreterDays { get; init; }
    public IReadOnlyList<LanguageDays> InterpreterDaysByLanguage { get; init; } = [];
    public GiftCount GiftsGiven { get; init; } = new(0, 0, 0);
    public GiftCount GiftsReceived { get; init; } = new(0, 0, 0);
    public SpendingTotals Spending { get; init; } = new(0, 0, 0, 0, 0);
    public int Trainings { get; init; }
    public int StaffTrained { get; init; }
    public IReadOnlyList<LanguageLevelCount> StaffByLanguage { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => ReceptionsHeld + InterpreterDays + GiftsGiven.Count + GiftsReceived.Count
        + Spending.Lines + Trainings + StaffByLanguage.Count == 0;

    public sealed record RankCount(ProtocolRank Rank, int Guests);

    public sealed record LanguageDays(string Language, int Days, int Interpreters);

    /// <param name="Unvalued">Gifts counted without a value.</param>
    public sealed record GiftCount(int Count, decimal Value, int Unvalued);

    /// <param name="Lines">Cost lines of the period's delegations.</param>
    public sealed record SpendingTotals(int Lines, decimal Planned, decimal Spent, int AboveNorm, int AboveNormApproved);

    public sealed record LanguageLevelCount(string Language, LanguageScale Scale, string Level, int Staff,
        int Interpreters);

    /// <summary>The figures of [from, to] in the provinces the tenant filter lets through; <paramref name="today"/>
    /// is the day the report is made (items after it are not held yet).</summary>
    public static async Task<ReceptionStats> ComputeAsync(AttacheDb db, DateOnly from, DateOnly to, DateOnly today,
        CancellationToken ct)
    {
        var heldTo = to < today ? to : today;
        var held = HeldItems(db, from, heldTo);
        var inboundPlans = held.Join(db.Set<Delegation>().Where(d => d.Direction == DelegationDirection.Inbound),
            i => i.DelegationId, d => d.Id, (i, d) => i.PlanId).Distinct();
        var guests = await GuestsByRankAsync(db, inboundPlans, ct);
        var days = await InterpreterDaysAsync(held, ct);
        var gifts = await GiftsAsync(db, from, to, ct);
        var trainings = db.Set<StaffTraining>().AsNoTracking().Where(t => t.StartsOn >= from && t.StartsOn <= to);
        return new ReceptionStats
        {
            ReceptionsHeld = await inboundPlans.CountAsync(ct),
            GuestsReceived = guests.Sum(g => g.Guests),
            GuestsByRank = guests,
            InterpreterDays = days.Sum(d => d.Days),
            InterpreterDaysByLanguage = days,
            GiftsGiven = gifts.GetValueOrDefault(GiftDirection.Given, new(0, 0, 0)),
            GiftsReceived = gifts.GetValueOrDefault(GiftDirection.Received, new(0, 0, 0)),
            Spending = await SpendingAsync(db, from, to, ct),
            Trainings = await trainings.CountAsync(ct),
            StaffTrained = await trainings.Select(t => t.StaffMemberId).Distinct().CountAsync(ct),
            StaffByLanguage = await StaffByLanguageAsync(db, ct),
        };
    }

    /// <summary>Reception items held in [from, to]: dated in it, of a delegation that was not cancelled. The caller
    /// ends the period on the day the report is made at the latest.</summary>
    private static IQueryable<ReceptionItem> HeldItems(AttacheDb db, DateOnly from, DateOnly to) =>
        db.Set<ReceptionItem>().AsNoTracking().Where(i => i.Date >= from && i.Date <= to)
            .Where(i => db.Set<Delegation>().Any(d => d.Id == i.DelegationId && d.Status != DelegationStatus.Cancelled));

    /// <summary>Guests received: the guest-side participants of the plans held, by protocol rank (highest first).
    /// </summary>
    private static async Task<List<RankCount>> GuestsByRankAsync(AttacheDb db, IQueryable<int> plans,
        CancellationToken ct) =>
        [.. (await db.Set<ReceptionParticipant>().AsNoTracking()
                .Where(p => p.Side == ReceptionSide.Guest && plans.Contains(p.PlanId))
                .GroupBy(p => p.Rank).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(g => g.Key).Select(g => new RankCount(g.Key, g.Count))];

    /// <summary>Interpreters' days: distinct (interpreter, date) pairs of the items held that name an interpreter and
    /// a language, per language; with how many interpreters worked in it.</summary>
    private static async Task<List<LanguageDays>> InterpreterDaysAsync(IQueryable<ReceptionItem> held,
        CancellationToken ct)
    {
        var pairs = await held.Where(i => i.InterpreterId != null && i.Language != null)
            .Select(i => new { Language = i.Language!, Interpreter = i.InterpreterId!.Value, i.Date }).Distinct()
            .GroupBy(x => x.Language)
            .Select(g => new { g.Key, Days = g.Count() })
            .ToListAsync(ct);
        var people = await held.Where(i => i.InterpreterId != null && i.Language != null)
            .Select(i => new { Language = i.Language!, Interpreter = i.InterpreterId!.Value }).Distinct()
            .GroupBy(x => x.Language).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. pairs.OrderByDescending(p => p.Days).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new LanguageDays(p.Key, p.Days, people.GetValueOrDefault(p.Key)))];
    }

    /// <summary>Gifts dated in [from, to] by direction: how many, their value in VND (of those valued), how many
    /// without a value.</summary>
    private static async Task<Dictionary<GiftDirection, GiftCount>> GiftsAsync(AttacheDb db, DateOnly from,
        DateOnly to, CancellationToken ct) =>
        (await db.Set<Gift>().AsNoTracking().Where(g => g.Date >= from && g.Date <= to)
            .GroupBy(g => g.Direction)
            .Select(g => new
            {
                g.Key, Count = g.Count(), Value = g.Sum(x => x.Value ?? 0m), Unvalued = g.Count(x => x.Value == null),
            })
            .ToListAsync(ct))
        .ToDictionary(g => g.Key, g => new GiftCount(g.Count, g.Value, g.Unvalued));

    /// <summary>Spending against the norms: the cost lines of the delegations of the period (not cancelled, actual
    /// else planned start in [from, to]); planned = units × days × amount per unit; spent as entered; the lines
    /// above their norm and, of those, the ones a Leader approved (the reception plan records an approval only from
    /// a Leader).</summary>
    private static async Task<SpendingTotals> SpendingAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var delegations = db.Set<Delegation>()
            .Where(d => d.Status != DelegationStatus.Cancelled && d.StartsOn >= from && d.StartsOn <= to)
            .Select(d => d.Id);
        var totals = await db.Set<ReceptionCostLine>().AsNoTracking()
            .Where(c => delegations.Contains(c.DelegationId))
            .GroupBy(c => 1)
            .Select(g => new
            {
                Lines = g.Count(),
                Planned = g.Sum(c => c.UnitAmount * (c.Units * c.Days)),
                Spent = g.Sum(c => c.Spent ?? 0m),
                Above = g.Count(c => c.ExceedsNorm),
                Approved = g.Count(c => c.ExceedsNorm && c.ApprovedById != null),
            })
            .FirstOrDefaultAsync(ct);
        return totals is null
            ? new SpendingTotals(0, 0, 0, 0, 0)
            : new SpendingTotals(totals.Lines, totals.Planned, totals.Spent, totals.Above, totals.Approved);
    }

    /// <summary>Today's active staff by language and level (best first within a language), with the interpreters
    /// among them.</summary>
    private static async Task<List<LanguageLevelCount>> StaffByLanguageAsync(AttacheDb db, CancellationToken ct) =>
        [.. (await db.Set<StaffLanguage>().AsNoTracking()
                .Join(db.Set<StaffMember>().Where(s => s.Active), l => l.StaffMemberId, s => s.Id,
                    (l, s) => new { l.Language, l.Scale, l.Level, s.IsInterpreter })
                .GroupBy(x => new { x.Language, x.Scale, x.Level })
                .Select(g => new
                {
                    g.Key.Language, g.Key.Scale, g.Key.Level, Staff = g.Count(),
                    Interpreters = g.Count(x => x.IsInterpreter),
                })
                .ToListAsync(ct))
            .OrderBy(x => x.Language, StringComparer.Ordinal)
            .ThenByDescending(x => LanguageLevels.Rank(x.Scale, x.Level))
            .Select(x => new LanguageLevelCount(x.Language, x.Scale, x.Level, x.Staff, x.Interpreters))];
}

public static partial class ReportQueries
{
    private static Task<ReceptionStats> ReceptionAsync(AttacheDb db, Period period, CancellationToken ct) =>
        ReceptionStats.ComputeAsync(db, period.From, period.To, period.Today, ct);
}

/// <summary>The reception section's indicators and tables, laid out once for the documents and the workbook.
/// </summary>
internal static class ReceptionTables
{
    /// <param name="Money">The value is an amount in VND, not a count.</param>
    public sealed record Indicator(string Label, Func<ReceptionStats, decimal> Value, bool Money = false);

    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static Indicator[] Indicators(bool vi) =>
    [
        new(Text(vi, "Receptions held"), r => r.ReceptionsHeld),
        new(Text(vi, "Guests received"), r => r.GuestsReceived),
        new(Text(vi, "Interpreters' days"), r => r.InterpreterDays),
        new(Text(vi, "Gifts given"), r => r.GiftsGiven.Count),
        new(Text(vi, "Value of gifts given (VND)"), r => r.GiftsGiven.Value, Money: true),
        new(Text(vi, "Gifts received"), r => r.GiftsReceived.Count),
        new(Text(vi, "Value of gifts received (VND)"), r => r.GiftsReceived.Value, Money: true),
        new(Text(vi, "Reception cost lines"), r => r.Spending.Lines),
        new(Text(vi, "Reception spending planned (VND)"), r => r.Spending.Planned, Money: true),
        new(Text(vi, "Reception spending spent (VND)"), r => r.Spending.Spent, Money: true),
        new(Text(vi, "Cost lines above the norm"), r => r.Spending.AboveNorm),
        new(Text(vi, "of which approved by a Leader"), r => r.Spending.AboveNormApproved),
        new(Text(vi, "Trainings attended"), r => r.Trainings),
        new(Text(vi, "Staff members trained"), r => r.StaffTrained),
    ];

    /// <summary>The breakdowns that have rows: guests by rank, interpreters' days by language, staff by language and
    /// level.</summary>
    public static IEnumerable<Table> Tables(ReceptionStats r, bool vi)
    {
        Table New(string[] header, IEnumerable<object?[]> rows) => new(header, [.. rows]);
        var tables = new[]
        {
            New([Text(vi, "Protocol rank"), Text(vi, "Guests received")],
                r.GuestsByRank.Select(g => new object?[] { EnumLabel(g.Rank, vi), g.Guests })),
            New([Text(vi, "Language"), Text(vi, "Interpreters' days"), Text(vi, "Interpreters")],
                r.InterpreterDaysByLanguage.Select(d => new object?[]
                    { Capital(Languages.Name(d.Language, vi)), d.Days, d.Interpreters })),
            New([Text(vi, "Language"), Text(vi, "Proficiency level"), Text(vi, "Staff"), Text(vi, "Interpreters")],
                r.StaffByLanguage.Select(l => new object?[]
                {
                    Capital(Languages.Name(l.Language, vi)), LanguageLevels.Display(l.Scale, l.Level, vi), l.Staff,
                    l.Interpreters,
                })),
        };
        return tables.Where(t => t.Rows.Count > 0);
    }
}

/// <summary>The reception section of the Word and PDF report.</summary>
internal sealed partial class Layout
{
    private void Reception()
    {
        var r = s.Reception;
        var b = s.Previous?.Reception;
        if (!Open(ReportSection.Reception, !r.IsEmpty))
        {
            return;
        }

        Figures([.. ReceptionTables.Indicators(vi).Select(i => (i.Label, N(i.Value(r)),
            b is null ? null : N(i.Value(b))))]);
        foreach (var t in ReceptionTables.Tables(r, vi))
        {
            Table(t.Header, t.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(v => v switch
            {
                int n => N(n),
                _ => v?.ToString() ?? "",
            })]));
        }
    }
}

/// <summary>The reception sheet of the workbook.</summary>
internal sealed partial class XlsxSheets
{
    private void Reception()
    {
        var r = s.Reception;
        var b = s.Previous?.Reception;
        Title(SectionTitle(ReportSection.Reception, vi));
        Figures([.. ReceptionTables.Indicators(vi).Select(i => (i.Label, (object?)i.Value(r),
            b is null ? null : (object?)i.Value(b)))]);
        foreach (var t in ReceptionTables.Tables(r, vi))
        {
            Header([.. t.Header]);
            foreach (var row in t.Rows)
            {
                Values([.. row]);
            }

            rows.Add([]);
        }
    }
}

/// <summary>The reception section's paragraph of the narrative.</summary>
public static partial class Narrative
{
    private sealed partial class Writer
    {
        public string? Reception()
        {
            var r = s.Reception;
            var sentences = new List<string>();
            if (r.ReceptionsHeld > 0)
            {
                var text = Format(vi, "{0} {1} received {2}", When, Place,
                    Counted(r.ReceptionsHeld, "{0} foreign delegations with a reception plan",
                        "{0} foreign delegation with a reception plan"));
                var top = r.GuestsByRank.OrderByDescending(g => g.Guests).ThenBy(g => g.Rank).Take(2)
                    .Select(g => Lower(EnumLabel(g.Rank, vi))).ToList();
                if (r.GuestsReceived > 0)
                {
                    text += Format(vi, ", {0} in all", Counted(r.GuestsReceived, "{0} guests", "{0} guest"));
                    if (r.GuestsByRank.Count > 1)
                    {
                        text += Format(vi, " (mostly at the level of {0})", Join(top, vi));
                    }
                }

                sentences.Add(text + ".");
            }

            if (r.InterpreterDays > 0)
            {
                var languages = r.InterpreterDaysByLanguage.Take(3)
                    .Select(d => $"{Languages.Name(d.Language, vi)} ({N(d.Days)})").ToList();
                sentences.Add(Format(vi, "The department's interpreters worked {0}: {1}.",
                    Counted(r.InterpreterDays, "{0} interpreter-days", "{0} interpreter-day"), Join(languages, vi)));
            }

            var gifts = r.GiftsGiven.Count + r.GiftsReceived.Count;
            if (gifts > 0)
            {
                sentences.Add(Format(vi, "The gifts register holds {0} given (worth {1}) and {2} received (worth {3}).",
                    N(r.GiftsGiven.Count), Vnd(r.GiftsGiven.Value), N(r.GiftsReceived.Count),
                    Vnd(r.GiftsReceived.Value)));
            }

            var sp = r.Spending;
            if (sp.Lines > 0)
            {
                var text = Format(vi, "Reception costs: {0} planned and {1} spent", Vnd(sp.Planned), Vnd(sp.Spent));
                text += sp.AboveNorm > 0
                    ? Format(vi, "; {0} above the province's norms, {1} of them approved by a Leader",
                        Counted(sp.AboveNorm, "{0} cost lines", "{0} cost line"), N(sp.AboveNormApproved))
                    : Text(vi, ", all within the province's norms");
                sentences.Add(text + ".");
            }

            if (r.Trainings > 0)
            {
                sentences.Add(Format(vi, "Staff attended {0} ({1}).",
                    Counted(r.Trainings, "{0} trainings", "{0} training"),
                    Counted(r.StaffTrained, "{0} people", "{0} person")));
            }

            return sentences.Count == 0 ? null : string.Join(" ", sentences);
        }
    }
}
