using System.Globalization;
using Attache.Agreements;
using Attache.Aid;
using Attache.Delegations;
using Attache.Events;
using Attache.Infrastructure;
using Attache.Labour;
using Attache.Reports;
using Attache.Twinnings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Partners;

/// <summary>The kinds of record a partner's history lists, in the order its page shows them.</summary>
public enum PartnerRecordKind
{
    Delegation,
    Agreement,
    AidProject,
    Twinning,
    Event,
    LabourProgramme,
}

/// <summary>A record of another feature that names the partner or one of its sub-units, in one language: its title,
/// its own date (<see cref="Date"/>: a delegation's start, an agreement's signing, an aid project's start, a twinning's
/// signing, an event's first day, a labour programme's first departure; null while it has none) and, when it runs
/// over time, its end (<see cref="Until"/>: a delegation's last day, an agreement's expiry, an aid project's end…).
/// <see cref="Status"/> is the feature's own label for its status (an agreement's status on today by its dates, as
/// its register shows it), <see cref="StatusCode"/> the value's name; <see cref="Detail"/> says what else tells it
/// apart (a delegation's direction, an agreement's or event's kind, a programme's sector), <see cref="DetailCode"/>
/// the value's name when it is one. <see cref="Via"/> names the sub-units it is linked through when it does not name
/// the partner itself. <see cref="Pending"/> says what the department still owes it, if anything.</summary>
public sealed record PartnerRecord(PartnerRecordKind Kind, int Id, string Title, DateOnly? Date, DateOnly? Until,
    string Status, string? StatusCode, string? Detail, string? DetailCode, string Link, IReadOnlyList<string> Via)
{
    /// <summary>What waits on the department (a delegation not yet held, an agreement expiring or expired, an overdue
    /// outcome report, an aid project past its end), worded in the history's language; null when nothing does.
    /// </summary>
    public string? Pending { get; init; }

    /// <summary>The day <see cref="Pending"/> turns on (the planned start, the expiry, the report's due day, the
    /// project's end): the brief lists the most pressing first.</summary>
    public DateOnly? PendingOn { get; init; }
}

/// <summary>The records of one kind, newest first (those without a date of their own yet come first: a proposal not
/// signed, a programme whose first cohort has not been planned).</summary>
public sealed record PartnerRecordSection(PartnerRecordKind Kind, IReadOnlyList<PartnerRecord> Records)
{
    public int Count => Records.Count;
}

/// <summary>A partner's history: the partner, the sub-units whose records it includes (all its descendants), and a
/// section per kind of record.</summary>
public sealed record PartnerHistoryView(int PartnerId, string Name, IReadOnlyList<PartnerSubUnit> SubUnits,
    IReadOnlyList<PartnerRecordSection> Sections)
{
    public PartnerRecordSection Section(PartnerRecordKind kind) => Sections.First(s => s.Kind == kind);
}

/// <summary>A partner under the one whose history it is, named in the history's language.</summary>
public sealed record PartnerSubUnit(int Id, string Name);

/// <summary>Some records of a longer list: the brief keeps to one page, and says how many it leaves out.</summary>
public sealed record PartnerBriefList(IReadOnlyList<PartnerRecord> Shown, int Total)
{
    public int More => Total - Shown.Count;

    public static PartnerBriefList Of(IEnumerable<PartnerRecord> records, int limit)
    {
        var all = records.ToList();
        return new PartnerBriefList([.. all.Take(limit)], all.Count);
    }
}

/// <summary>The one-page brief to prepare a meeting with a partner, in one language: who they are, what we signed,
/// who visited whom, the aid projects, and what is pending. The same brief is the print page and the .docx.</summary>
public sealed record PartnerBrief(int Id, string Name, string? NameNative, string NameLatin, string? NameVietnamese,
    string Kind, string Country, string? Parent, IReadOnlyList<string> SubUnits, string? Website,
    IReadOnlyList<ContactDto> Contacts, IReadOnlyList<PartnerRecordSection> Counts, PartnerBriefList InForce,
    PartnerBriefList OtherAgreements, PartnerBriefList Visits, PartnerBriefList Aid, PartnerBriefList Pending,
    DateOnly PreparedOn);

/// <summary>Everything the province has done with a partner and its sub-units (localities nested under it, at any
/// depth): the delegations, agreements, aid projects, twinnings, events and labour programmes that name them, each as
/// its own register links it (a delegation's or agreement's partners, an aid project's participants, a twinning's
/// foreign side, an event's partners, organiser or counterpart, a programme's locality or employers). Reads through
/// the province's query filters: another province's records never appear.</summary>
public sealed class PartnerHistory(AttacheDb db, IOptions<DelegationOptions> delegationOptions) : IFeatureService
{
    /// <summary>How far ahead an expiry counts as coming: the agreements' own reminder rule.</summary>
    public const int ExpiringWithinDays = AgreementFollowUp.ExpiringWithinDays;

    // The brief keeps to one page: at most so many rows of each list, with a note of how many more there are.
    private const int BriefInForce = 6;
    private const int BriefOtherAgreements = 4;
    private const int BriefVisitsEachWay = 4;
    private const int BriefAid = 4;
    private const int BriefPending = 8;

    /// <summary>The words the history and the brief say themselves (the feature labels come from their own keys):
    /// each has its Vietnamese in SharedResource.vi.resx (a test checks).</summary>
    public static readonly string[] Words =
    [
        "Planned for {0}, not yet held", "Expires on {0}", "Expired on {0}, still recorded as in force",
        "Outcome report overdue since {0}", "Past its end date ({0}), still in implementation", "Brief for a meeting",
        "Who they are", "What we signed", "Agreements in force", "Other agreements", "Who visited whom", "Aid projects",
        "What is pending", "Records with this partner", "{0} more on the partner's page",
        "Prepared from Attaché on {0}.", "Names", "Kind", "Country", "Part of", "Includes", "Website", "Contacts",
        "Date", "Name or title", "Status", "Signed on", "Expires", "Direction", "Dates", "Why", "None recorded.",
        "open-ended", "Held", "Coming", "{0} cohorts", "{0} cohort",
    ];

    /// <summary>The partner's history in Vietnamese (<paramref name="vietnamese"/>) or English; null when the partner
    /// is not in the province.</summary>
    public async Task<PartnerHistoryView?> GetAsync(int partnerId, bool vietnamese, CancellationToken ct)
    {
        var partners = await db.Set<Partner>().AsNoTracking()
            .Select(p => new { p.Id, p.ParentId, p.NameLatin, p.NameVietnamese }).ToListAsync(ct);
        if (partners.All(p => p.Id != partnerId))
        {
            return null;
        }

        var family = Descendants(partnerId,
            partners.Where(p => p.ParentId != null).Select(p => (p.Id, p.ParentId!.Value)));
        var names = partners.Where(p => family.Contains(p.Id)).ToDictionary(p => p.Id,
            p => vietnamese && !string.IsNullOrWhiteSpace(p.NameVietnamese) ? p.NameVietnamese : p.NameLatin);
        var subUnits = names.Where(n => n.Key != partnerId).Select(n => new PartnerSubUnit(n.Key, n.Value))
            .OrderBy(p => p.Name, StringComparer.Create(Rounding.Culture(vietnamese), true)).ToList();
        var context = new Context(partnerId, [.. family], names, vietnamese, db.Clock.TodayInVietnam(),
            delegationOptions.Value.ReportDueDays);

        PartnerRecordSection[] sections =
        [
            new(PartnerRecordKind.Delegation, await DelegationsAsync(context, ct)),
            new(PartnerRecordKind.Agreement, await AgreementsAsync(context, ct)),
            new(PartnerRecordKind.AidProject, await AidAsync(context, ct)),
            new(PartnerRecordKind.Twinning, await TwinningsAsync(context, ct)),
            new(PartnerRecordKind.Event, await EventsAsync(context, ct)),
            new(PartnerRecordKind.LabourProgramme, await LabourAsync(context, ct)),
        ];
        return new PartnerHistoryView(partnerId, names[partnerId], subUnits, sections);
    }

    /// <summary>The one-page brief in Vietnamese (<paramref name="vietnamese"/>) or English; null when the partner is
    /// not in the province.</summary>
    public async Task<PartnerBrief?> BriefAsync(int partnerId, bool vietnamese, CancellationToken ct)
    {
        var history = await GetAsync(partnerId, vietnamese, ct);
        if (history is null)
        {
            return null;
        }

        var p = await db.Set<Partner>().AsNoTracking().Include(x => x.Parent).Include(x => x.Contacts)
            .FirstAsync(x => x.Id == partnerId, ct);
        var agreements = history.Section(PartnerRecordKind.Agreement).Records;
        // Who visited whom: the delegations that took place (under way, completed, reported), the last few each way.
        var held = history.Section(PartnerRecordKind.Delegation).Records
            .Where(r => r.StatusCode is nameof(DelegationStatus.UnderWay) or nameof(DelegationStatus.Completed)
                or nameof(DelegationStatus.Reported))
            .ToList();
        var visits = held.Where(r => r.DetailCode == nameof(DelegationDirection.Inbound)).Take(BriefVisitsEachWay)
            .Concat(held.Where(r => r.DetailCode == nameof(DelegationDirection.Outbound)).Take(BriefVisitsEachWay))
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).ToList();
        var pending = history.Sections.SelectMany(s => s.Records).Where(r => r.Pending is not null)
            .OrderBy(r => r.PendingOn ?? DateOnly.MaxValue).ThenBy(r => r.Kind).ThenBy(r => r.Id);

        return new PartnerBrief(p.Id, history.Name, p.NameNative, p.NameLatin, p.NameVietnamese,
            ReportText.EnumLabel(p.Kind, vietnamese), Countries.Name(p.Country, vietnamese),
            p.Parent is null ? null : p.Parent.DisplayName(vietnamese),
            [.. history.SubUnits.Select(s => s.Name)], p.Website,
            [.. p.Contacts.OrderBy(c => c.Id).Select(c => new ContactDto(c.Id, c.Name, c.Title, c.Email, c.Phone))],
            history.Sections,
            PartnerBriefList.Of(agreements.Where(a => a.StatusCode == nameof(AgreementStatus.InForce)), BriefInForce),
            PartnerBriefList.Of(agreements.Where(a => a.StatusCode != nameof(AgreementStatus.InForce)),
                BriefOtherAgreements),
            new PartnerBriefList(visits, held.Count),
            PartnerBriefList.Of(history.Section(PartnerRecordKind.AidProject).Records, BriefAid),
            PartnerBriefList.Of(pending, BriefPending),
            db.Clock.TodayInVietnam());
    }

    /// <summary>The partner and every partner under it, at any depth (a loop, which the register refuses, would
    /// stop at the partners already met).</summary>
    internal static HashSet<int> Descendants(int partnerId, IEnumerable<(int Id, int ParentId)> links)
    {
        var children = links.ToLookup(l => l.ParentId, l => l.Id);
        var family = new HashSet<int> { partnerId };
        var queue = new Queue<int>([partnerId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current])
            {
                if (family.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return family;
    }

    /// <summary>What every kind's query needs: the family's ids, their names, the language and the day.</summary>
    private sealed record Context(int PartnerId, List<int> Family, IReadOnlyDictionary<int, string> Names,
        bool Vietnamese, DateOnly Today, int ReportDueDays)
    {
        /// <summary>The sub-units a record is linked through, none when it names the partner itself.</summary>
        public IReadOnlyList<string> Via(IEnumerable<int> linked)
        {
            var ids = linked.Where(Family.Contains).Distinct().ToList();
            return ids.Contains(PartnerId) ? [] : [.. ids.Select(id => Names[id]).Order()];
        }

        public string Label<TEnum>(TEnum value)
            where TEnum : struct, Enum => ReportText.EnumLabel(value, Vietnamese);

        public string Says(string key, DateOnly day) =>
            ReportText.Format(Vietnamese, key, day.ToString("dd/MM/yyyy", Rounding.Culture(Vietnamese)));
    }

    /// <summary>Newest first by the record's own date; records without one yet first of all, then by id, newest
    /// first.</summary>
    private static List<PartnerRecord> Newest(IEnumerable<PartnerRecord> records) =>
        [.. records.OrderBy(r => r.Date is null ? 0 : 1).ThenByDescending(r => r.Date).ThenByDescending(r => r.Id)];

    private async Task<List<PartnerRecord>> DelegationsAsync(Context c, CancellationToken ct)
    {
        var family = c.Family;
        var rows = await db.Set<Delegation>().AsNoTracking()
            .Where(d => d.Partners.Any(p => family.Contains(p.PartnerId)))
            .Select(d => new
            {
                d.Id, d.Title, d.Direction, d.Status, d.StartsOn, d.EndsOn,
                Partners = d.Partners.Select(p => p.PartnerId).ToList(),
            })
            .ToListAsync(ct);
        return Newest(rows.Select(d =>
        {
            var record = new PartnerRecord(PartnerRecordKind.Delegation, d.Id, d.Title, d.StartsOn, d.EndsOn,
                c.Label(d.Status), d.Status.ToString(), c.Label(d.Direction), d.Direction.ToString(),
                $"/delegations/{d.Id}", c.Via(d.Partners));
            if (d.Status is DelegationStatus.Proposed or DelegationStatus.Approved)
            {
                return record with
                {
                    Pending = c.Says("Planned for {0}, not yet held", d.StartsOn),
                    PendingOn = d.StartsOn,
                };
            }

            if (DelegationCounting.ReportOverdue(d.Direction, d.Status, d.EndsOn, c.Today, c.ReportDueDays))
            {
                var due = PlausibleDates.AddDays(d.EndsOn, c.ReportDueDays);
                return record with { Pending = c.Says("Outcome report overdue since {0}", due), PendingOn = due };
            }

            return record;
        }));
    }

    private async Task<List<PartnerRecord>> AgreementsAsync(Context c, CancellationToken ct)
    {
        var family = c.Family;
        var agreements = await db.Set<Agreement>().AsNoTracking().Include(a => a.Partners)
            .Where(a => a.Partners.Any(p => family.Contains(p.PartnerId)))
            .ToListAsync(ct);
        // The agreements' own reminder rule (recorded in force, expiring within 90 days or already past its expiry),
        // without those that renew themselves.
        var expiring = AgreementFollowUp.ExpiringBy(c.Today.AddDays(ExpiringWithinDays)).Compile();
        return Newest(agreements.Select(a =>
        {
            var status = a.StatusOn(c.Today);
            var title = c.Vietnamese || a.TitleEn is null ? a.TitleVi : a.TitleEn;
            var record = new PartnerRecord(PartnerRecordKind.Agreement, a.Id, title, a.SignedOn, a.ExpiresOn,
                c.Label(status), status.ToString(), c.Label(a.Kind), a.Kind.ToString(), $"/agreements/{a.Id}",
                c.Via(a.Partners.Select(p => p.PartnerId)));
            if (expiring(a) && !a.AutoRenewal && a.ExpiresOn is { } expires)
            {
                var key = expires < c.Today ? "Expired on {0}, still recorded as in force" : "Expires on {0}";
                return record with { Pending = c.Says(key, expires), PendingOn = expires };
            }

            return record;
        }));
    }

    private async Task<List<PartnerRecord>> AidAsync(Context c, CancellationToken ct)
    {
        var family = c.Family;
        var rows = await db.Set<AidProject>().AsNoTracking()
            .Where(p => p.Participants.Any(x => family.Contains(x.PartnerId)))
            .Select(p => new
            {
                p.Id, p.Identifier, p.TitleVi, p.TitleEn, p.Kind, p.Status,
                Start = p.ActualStart ?? p.PlannedStart, End = p.ActualEnd ?? p.PlannedEnd,
                Partners = p.Participants.Select(x => x.PartnerId).ToList(),
            })
            .ToListAsync(ct);
        return Newest(rows.Select(p =>
        {
            var title = (c.Vietnamese ? p.TitleVi ?? p.TitleEn : p.TitleEn ?? p.TitleVi) ?? p.Identifier;
            var record = new PartnerRecord(PartnerRecordKind.AidProject, p.Id, title, p.Start, p.End, c.Label(p.Status),
                p.Status.ToString(), c.Label(p.Kind), p.Kind.ToString(), $"/aid/{p.Id}", c.Via(p.Partners));
            return AidProjectDates.PastEnd(p.Status, p.End, c.Today) && p.End is { } end
                ? record with
                {
                    Pending = c.Says("Past its end date ({0}), still in implementation", end),
                    PendingOn = end,
                }
                : record;
        }));
    }

    private async Task<List<PartnerRecord>> TwinningsAsync(Context c, CancellationToken ct)
    {
        var family = c.Family;
        var rows = await db.Set<Twinning>().AsNoTracking().Where(t => family.Contains(t.PartnerId))
            .Select(t => new { t.Id, t.LocalityName, t.LocalityKind, t.PartnerId, t.SignedOn, t.EndedOn, t.Status })
            .ToListAsync(ct);
        return Newest(rows.Select(t => new PartnerRecord(PartnerRecordKind.Twinning, t.Id,
            $"{t.LocalityName} – {c.Names[t.PartnerId]}", t.SignedOn, t.EndedOn,
            c.Label(t.Status), t.Status.ToString(), c.Label(t.LocalityKind), t.LocalityKind.ToString(),
            $"/twinnings/{t.Id}", c.Via([t.PartnerId]))));
    }

    private async Task<List<PartnerRecord>> EventsAsync(Context c, CancellationToken ct)
    {
        var family = c.Family;
        // The events register's own rule for "with a partner": among its partners, its organiser or its counterpart.
        var rows = await db.Set<CooperationEvent>().AsNoTracking()
            .Where(e => e.Partners.Any(p => family.Contains(p.PartnerId))
                || (e.OrganiserPartnerId != null && family.Contains(e.OrganiserPartnerId.Value))
                || (e.CounterpartId != null && family.Contains(e.CounterpartId.Value)))
            .Select(e => new
            {
                e.Id, e.Title, e.Kind, e.StartsOn, e.EndsOn, e.OrganiserPartnerId, e.CounterpartId,
                Partners = e.Partners.Select(p => p.PartnerId).ToList(),
            })
            .ToListAsync(ct);
        return Newest(rows.Select(e =>
        {
            // An event has no status of its own: it is coming or it has taken place.
            var held = (e.EndsOn ?? e.StartsOn) < c.Today;
            int?[] others = [e.OrganiserPartnerId, e.CounterpartId];
            return new PartnerRecord(PartnerRecordKind.Event, e.Id, e.Title, e.StartsOn, e.EndsOn,
                ReportText.Text(c.Vietnamese, held ? "Held" : "Coming"), held ? "Held" : "Coming", c.Label(e.Kind),
                e.Kind.ToString(), $"/events/{e.Id}",
                c.Via(e.Partners.Concat(others.Where(x => x is not null).Select(x => x!.Value))));
        }));
    }

    private async Task<List<PartnerRecord>> LabourAsync(Context c, CancellationToken ct)
    {
        var family = c.Family;
        var rows = await db.Set<LabourProgramme>().AsNoTracking()
            .Where(p => family.Contains(p.PartnerId) || p.Employers.Any(e => family.Contains(e.PartnerId)))
            .Select(p => new
            {
                p.Id, p.Name, p.Sector, p.PartnerId,
                Employers = p.Employers.Select(e => e.PartnerId).ToList(),
                Start = p.Cohorts.Min(x => (DateOnly?)x.DepartureOn),
                End = p.Cohorts.Max(x => (DateOnly?)x.PlannedReturnOn),
                Cohorts = p.Cohorts.Count,
            })
            .ToListAsync(ct);
        return Newest(rows.Select(p => new PartnerRecord(PartnerRecordKind.LabourProgramme, p.Id, p.Name, p.Start,
            p.End, ReportText.Format(c.Vietnamese, p.Cohorts == 1 ? "{0} cohort" : "{0} cohorts",
                p.Cohorts.ToString("N0", Rounding.Culture(c.Vietnamese))), null, p.Sector, null, $"/labour/{p.Id}",
            c.Via(p.Employers.Append(p.PartnerId)))));
    }
}
