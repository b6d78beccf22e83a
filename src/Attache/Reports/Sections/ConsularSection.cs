using System.Globalization;
using Attache.Consular;
using Attache.Dossiers;
using Attache.Foreigners;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Attache.Reports.ReportText;

namespace Attache.Reports;

/// <summary>The consular and foreigners' desk in the period: the figures of <see cref="ConsularStats"/> (each
/// register's own stats class) and, behind them, one row per record counted, with its counts and never a
/// name.</summary>
public static partial class ReportQueries
{
    /// <summary>The columns of the consular records: what each row is counted as (<c>figure</c>), its day, kind
    /// (<c>EnumType.Name</c>), country, gate, how many persons it concerns, and for an incident the days to consular
    /// notification (empty when not notified).</summary>
    internal static readonly string[] ConsularColumns =
        ["province", "figure", "on", "kind", "country", "gate", "persons", "days"];

    private static async Task<ConsularStats> ConsularAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await ConsularStats.ComputeAsync(db, period.From, period.To, ct);
        if (stats.Organisations.ClosedUndated > 0)
        {
            warnings.Add(ConsularOrganisationsNotCounted(stats.Organisations.ClosedUndated));
        }

        var (from, to) = (period.From, period.To);
        var rows = new List<IReadOnlyList<object?>>();
        async Task AddAsync<T>(IQueryable<T> query, Func<T, object?[]> row)
        {
            var left = MaxRecordsPerSection - rows.Count;
            if (left > 0)
            {
                rows.AddRange((await query.Take(left).ToListAsync(ct)).Select(row));
            }
        }

        var organisations = db.Set<ForeignOrganisation>().AsNoTracking().In(scope).OrderBy(o => o.Id);
        foreach (var (figure, rule, onEnd) in new[]
        {
            ("ActiveOrganisation", ForeignerCounting.ActiveBetween(from, to), false),
            ("PermitIssued", ForeignerCounting.PermitIssuedBetween(from, to), false),
            ("PermitExpiring", ForeignerCounting.PermitExpiringAfter(to), true),
        })
        {
            await AddAsync(organisations.Where(rule).Select(o => new
            { o.Province!.Code, o.PermitValidFrom, o.PermitValidTo, o.Kind, o.Country }),
                o => [o.Code, figure, onEnd ? o.PermitValidTo : o.PermitValidFrom, ConsularTables.Code(o.Kind), o.Country, null, null,
                    null]);
        }

        await AddAsync(db.Set<ForeignerVisit>().AsNoTracking().In(scope)
                .Where(ForeignerCounting.VisitStartedBetween(from, to)).OrderBy(v => v.StartsOn).ThenBy(v => v.Id)
                .Select(v => new { v.Province!.Code, v.StartsOn, v.Purpose, v.Country, Persons = v.Persons.Count }),
            v => [v.Code, "Visit", v.StartsOn, ConsularTables.Code(v.Purpose), v.Country, null, v.Persons, null]);
        await AddAsync(db.Set<ForeignerIncident>().AsNoTracking().In(scope)
                .Where(ForeignerCounting.IncidentReportedBetween(from, to)).OrderBy(i => i.ReportedOn).ThenBy(i => i.Id)
                .Select(i => new { i.Province!.Code, i.ReportedOn, i.MissionNotifiedOn, i.Kind, Persons = i.Persons.Count }),
            i => [i.Code, "Incident", i.ReportedOn, ConsularTables.Code(i.Kind), null, null, i.Persons,
                ForeignerCounting.DaysToNotification(i.ReportedOn, i.MissionNotifiedOn)]);

        var cases = db.Set<CitizenCase>().AsNoTracking().In(scope);
        await AddAsync(cases.Where(ConsularCounting.OpenedBetween(from, to)).OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
                .Select(c => new { c.Province!.Code, c.OpenedOn, c.Kind, c.Country, Persons = c.Persons.Count }),
            c => [c.Code, "CaseOpened", c.OpenedOn, ConsularTables.Code(c.Kind), c.Country, null, c.Persons, null]);
        await AddAsync(cases.Where(ConsularCounting.ClosedBetween(from, to)).OrderBy(c => c.ClosedOn).ThenBy(c => c.Id)
                .Select(c => new { c.Province!.Code, c.ClosedOn, c.Kind, c.Country, Persons = c.Persons.Count }),
            c => [c.Code, "CaseClosed", c.ClosedOn, ConsularTables.Code(c.Kind), c.Country, null, c.Persons, null]);
        await AddAsync(db.Set<BorderHandover>().AsNoTracking().In(scope)
                .Where(ConsularCounting.ReceivedBetween(from, to)).OrderBy(h => h.ReceivedOn).ThenBy(h => h.Id)
                .Select(h => new { h.Province!.Code, h.ReceivedOn, Gate = h.BorderGate!.Name, h.PersonCount }),
            h => [h.Code, "Handover", h.ReceivedOn, null, null, h.Gate, h.PersonCount, null]);

        var dossiers = db.Set<Dossier>().AsNoTracking().In(scope);
        foreach (var (figure, query) in new[]
        {
            ("DossierReceived", dossiers.Where(DossierStats.ReceivedBetween(from, to))),
            ("HandledWithinDeadline", dossiers.Where(DossierStats.HandledBetween(from, to))
                .Where(DossierDeadlines.HandledWithinDeadline)),
            ("HandledBeyondDeadline", dossiers.Where(DossierStats.HandledBetween(from, to))
                .Where(DossierDeadlines.HandledBeyondDeadline)),
            ("OverdueAtEnd", dossiers.Where(DossierDeadlines.OverdueOn(to))),
        })
        {
            await AddAsync(query.OrderBy(d => d.ReceivedOn).ThenBy(d => d.Id)
                    .Select(d => new
                    {
                        d.Province!.Code, d.ReceivedOn, d.ReturnedOn, d.DueOn, d.Kind,
                        Applicants = d.Applicants.Count
                    }),
                d => [d.Code, figure, figure switch
                {
                    "DossierReceived" => d.ReceivedOn,
                    "OverdueAtEnd" => d.DueOn,
                    _ => d.ReturnedOn,
                }, ConsularTables.Code(d.Kind), null, null, d.Applicants, null]);
        }

        records.Add(new SectionRecords(ReportSection.Consular, ConsularColumns, rows));
        return stats;
    }

    /// <summary>The warning when closed organisations without a permit end were left out of the active
    /// figure.</summary>
    internal static string ConsularOrganisationsNotCounted(int count) => count == 1
        ? "1 foreign organisation is recorded as closed without a permit end date and is not counted as active."
        : $"{count} foreign organisations are recorded as closed without a permit end date and are not counted as "
            + "active.";
}

/// <summary>The consular section's indicators and tables, laid out once for the documents and the workbook: cells
/// are text or numbers (a count, or a median of days, null when there is none), each writer formats them its way.
/// </summary>
internal static class ConsularTables
{
    /// <param name="Days">The value is a median of days (one decimal), not a count.</param>
    public sealed record Indicator(string Label, Func<ConsularStats, decimal?> Value, bool Days = false);

    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static Indicator[] Indicators(bool vi, DateOnly to) =>
    [
        new(Text(vi, "Foreign organisations active in the period"), c => c.Organisations.Active),
        new(Text(vi, "Permits issued to foreign organisations"), c => c.Organisations.PermitsIssued),
        new(Format(vi, "Permits expiring by {0}", Date(to.AddDays(ForeignerCounting.PermitExpiringDays), vi)),
            c => c.Organisations.PermitsExpiring),
        new(Text(vi, "Visits by foreign journalists, experts and researchers"), c => c.Visits.Visits),
        new(Text(vi, "Incidents involving foreigners"), c => c.Incidents.Incidents),
        new(Text(vi, "Incidents not yet notified to the mission"), c => c.Incidents.NotNotified),
        new(Text(vi, "Median days to consular notification"), c => c.Incidents.MedianDaysToNotification, Days: true),
        new(Text(vi, "Citizen protection cases opened"), c => c.CitizenCases.Opened),
        new(Text(vi, "Citizen protection cases closed"), c => c.CitizenCases.Closed),
        new(Text(vi, "Citizens received at the border gates"), c => c.Handovers.Citizens),
        new(Text(vi, "Dossiers received"), c => c.Dossiers.Received),
        new(Text(vi, "Dossiers handled within the deadline"), c => c.Dossiers.HandledWithinDeadline),
        new(Text(vi, "Dossiers handled beyond the deadline"), c => c.Dossiers.HandledBeyondDeadline),
        new(Format(vi, "Dossiers overdue at {0}", Date(to, vi)), c => c.Dossiers.OverdueAtEnd),
    ];

    /// <summary>The breakdowns that have rows: visits by nationality, incidents by kind, citizen cases by country
    /// and kind, citizens by gate, dossiers by kind.</summary>
    public static IEnumerable<Table> Tables(ConsularStats c, bool vi)
    {
        Table New(string[] header, IEnumerable<object?[]> rows) => new(header, [.. rows]);
        var tables = new[]
        {
            New([Text(vi, "Nationality"), Text(vi, "Visits"), Text(vi, "Persons named")],
                c.Visits.ByNationality.Select(n => new object?[] { Country(n.Nationality, vi), n.Visits, n.Persons })),
            New([Text(vi, "Kind of incident"), Text(vi, "Incidents"), Text(vi, "Notified"), Text(vi, "Not notified"),
                    Text(vi, "Median days to notification")],
                c.Incidents.ByKind.Select(k => new object?[] { Label(k.Kind, vi), k.Incidents, k.Notified,
                    k.NotNotified, k.MedianDaysToNotification })),
            New([Text(vi, "Country"), Text(vi, "Kind of case"), Text(vi, "Cases opened"), Text(vi, "Cases closed")],
                c.CitizenCases.ByCountryAndKind.Select(g => new object?[] { Country(g.Country, vi), Label(g.Kind, vi),
                    g.Opened, g.Closed })),
            New([Text(vi, "Border gate"), Text(vi, "Handovers"), Text(vi, "Citizens received")],
                c.Handovers.ByGate.Select(g => new object?[] { g.Gate(vi), g.Handovers, g.Citizens })),
            New([Text(vi, "Kind of dossier"), Text(vi, "Dossiers received"), Text(vi, "Within the deadline"),
                    Text(vi, "Beyond the deadline"), Text(vi, "Overdue at the end")],
                c.Dossiers.ByKind.Select(k => new object?[] { Label(k.Kind, vi), k.Received, k.HandledWithinDeadline,
                    k.HandledBeyondDeadline, k.OverdueAtEnd })),
        };
        return tables.Where(t => t.Rows.Count > 0);
    }

    /// <summary>A kind of a register as the consular records name it: <c>IncidentKind.Accident</c>.</summary>
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => $"{typeof(TEnum).Name}.{value}";

    /// <summary>A kind of a consular register by its label ("ConsularKind.IncidentKind.Accident").</summary>
    public static string Label<TEnum>(TEnum value, bool vi) where TEnum : struct, Enum =>
        EnumLabel(RecordColumns.ConsularKind, Code(value), vi);
}

/// <summary>The consular section of the Word and PDF report.</summary>
internal sealed partial class Layout
{
    private void Consular()
    {
        var c = s.Consular;
        var b = s.Previous?.Consular;
        if (!Open(ReportSection.Consular, !c.IsEmpty))
        {
            return;
        }

        string Cell(decimal? value, bool days) => value is not { } v ? "" : days ? v.ToString("0.#", Culture) : N(v);
        Figures([.. ConsularTables.Indicators(vi, s.To).Select(i => (i.Label, Cell(i.Value(c), i.Days),
            b is null ? null : Cell(i.Value(b), i.Days)))]);
        foreach (var t in ConsularTables.Tables(c, vi))
        {
            Table(t.Header, t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(v => v switch
            {
                int n => N(n),
                decimal d => d.ToString("0.#", Culture),
                _ => v?.ToString() ?? "",
            })]));
        }
    }
}

/// <summary>The consular sheet of the workbook.</summary>
internal sealed partial class XlsxSheets
{
    private void Consular()
    {
        var c = s.Consular;
        var b = s.Previous?.Consular;
        Title(SectionTitle(ReportSection.Consular, vi));
        Figures([.. ConsularTables.Indicators(vi, s.To).Select(i => (i.Label, (object?)i.Value(c),
            b is null ? null : (object?)i.Value(b)))]);
        foreach (var t in ConsularTables.Tables(c, vi))
        {
            Header([.. t.Header]);
            foreach (var row in t.Rows)
            {
                Values([.. row]);
            }

            rows.Add([]);
        }

        Records(ReportSection.Consular);
    }
}

/// <summary>The consular section's paragraph of the narrative.</summary>
public static partial class Narrative
{
    private sealed partial class Writer
    {
        public string? Consular()
        {
            var c = s.Consular;
            var sentences = new List<string>();
            var o = c.Organisations;
            if (o.Active > 0)
            {
                var text = Format(vi, "{0} {1} held a permit to work in {2}", When,
                    Counted(o.Active, "{0} foreign organisations", "{0} foreign organisation"), Place);
                if (o.PermitsIssued > 0)
                {
                    text += Format(vi, "; {0} issued in the period", Counted(o.PermitsIssued, "{0} permits were",
                        "{0} permit was"));
                }

                sentences.Add(text + ".");
            }

            if (o.PermitsExpiring > 0)
            {
                sentences.Add(Format(vi, "Permits expiring by {1}: {0}.", N(o.PermitsExpiring),
                    Date(s.To.AddDays(ForeignerCounting.PermitExpiringDays), vi)));
            }

            if (c.Visits.Visits > 0)
            {
                var top = c.Visits.ByNationality.Take(3).Select(n => Country(n.Nationality, vi)).ToList();
                sentences.Add(Format(vi, "Visits by foreign journalists, experts and researchers: {0}, mostly from {1}.",
                    N(c.Visits.Visits), Join(top, vi)));
            }

            if (c.Incidents.Incidents > 0)
            {
                var i = c.Incidents;
                var text = Format(vi, "Incidents involving foreigners handled: {0}", N(i.Incidents));
                if (i.MedianDaysToNotification is { } median)
                {
                    text += Format(vi, "; their mission was notified in a median of {0} days after the report",
                        median.ToString("0.#", Rounding.Culture(vi)));
                }

                if (i.NotNotified > 0)
                {
                    text += Format(vi, "; {0} not yet notified", N(i.NotNotified));
                }

                sentences.Add(text + ".");
            }

            var cases = c.CitizenCases;
            if (cases.Opened + cases.Closed > 0)
            {
                var countries = cases.ByCountryAndKind.Where(g => g.Opened > 0).GroupBy(g => g.Country)
                    .OrderByDescending(g => g.Sum(x => x.Opened)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
                    .Select(g => Country(g.Key, vi)).ToList();
                sentences.Add(Format(vi, "The desk opened {0} for citizens in difficulty abroad{1} and closed {2}.",
                    Counted(cases.Opened, "{0} protection cases", "{0} protection case"),
                    countries.Count > 0 ? Format(vi, " (mostly in {0})", Join(countries, vi)) : "",
                    N(cases.Closed)));
            }

            if (c.Handovers.Citizens > 0)
            {
                var gates = c.Handovers.ByGate.Take(3).Select(g => $"{g.Gate(vi)} ({N(g.Citizens)})").ToList();
                sentences.Add(Format(vi, "Citizens handed back by the neighbouring authorities: {0}, received at {1}.",
                    N(c.Handovers.Citizens), Join(gates, vi)));
            }

            var d = c.Dossiers;
            if (d.Received + d.HandledWithinDeadline + d.HandledBeyondDeadline + d.OverdueAtEnd > 0)
            {
                var text = Format(vi, "The department received {0}", Counted(d.Received, "{0} consular dossiers",
                    "{0} consular dossier"));
                if (d.HandledWithinDeadline + d.HandledBeyondDeadline > 0)
                {
                    text += Format(vi, "; of those handled in the period, {0} within the deadline and {1} beyond it",
                        N(d.HandledWithinDeadline), N(d.HandledBeyondDeadline));
                }

                if (d.OverdueAtEnd > 0)
                {
                    text += Format(vi, "; {0} overdue at {1}", N(d.OverdueAtEnd), End);
                }

                sentences.Add(text + ".");
            }

            return sentences.Count == 0 ? null : string.Join(" ", sentences);
        }
    }
}
