using Attache.Consular;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

/// <summary>An incident in a list: the persons as a count and their nationalities, never their names.</summary>
public sealed record ForeignerIncidentRow(int Id, string Province, IncidentKind Kind, DateOnly OccurredOn,
    DateOnly ReportedOn, string Place, CaseStatus Status, DateOnly? ClosedOn, DateOnly? MissionNotifiedOn,
    int Persons)
{
    public bool Notified => MissionNotifiedOn is not null;

    /// <summary>The persons' nationalities (ISO codes), each once.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];
}

public sealed record IncidentActionDto(int Id, DateOnly On, string Text);

/// <summary>An incident as a reader sees it. <see cref="DaysOpen"/> counts from the day the department learned of it
/// to the closing day (today while open); <see cref="NotificationDays"/> from that same day to the consular
/// notification, null while none was made.</summary>
public sealed record ForeignerIncidentDto(int Id, string Province, IncidentKind Kind, DateOnly OccurredOn,
    DateOnly ReportedOn, string Place, string Summary, string? MissionNotified, DateOnly? MissionNotifiedOn,
    bool Notified, int? NotificationDays, CaseStatus Status, IReadOnlyList<CaseStatus> AllowedStatuses,
    DateOnly? ClosedOn, string? Outcome, int DaysOpen, int PersonCount, IReadOnlyList<PersonDto> Persons,
    IReadOnlyList<IncidentActionDto> Actions, DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class ForeignerIncidentQuery : PageRequest
{
    /// <summary>Place, summary, mission, outcome; the persons' names too for a consular officer or a leader.</summary>
    public string? Search { get; set; }
    public IncidentKind? Kind { get; set; }
    public CaseStatus? Status { get; set; }

    /// <summary>true: only those whose consular notification was made; false: only those without one.</summary>
    public bool? Notified { get; set; }

    /// <summary>Incidents that occurred in [from, to].</summary>
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>The days an incident case counts: pure, the same for the API, the pages and the tests.</summary>
public static class IncidentDays
{
    /// <summary>Days from the report to the closing day, or to <paramref name="today"/> while open; never
    /// negative.</summary>
    public static int Open(DateOnly reportedOn, DateOnly? closedOn, DateOnly today) =>
        Math.Max(0, (closedOn ?? today).DayNumber - reportedOn.DayNumber);

    /// <summary>Days from the report to the consular notification (0 when it was made the same day or before the
    /// department learned of the case); null while none was made.</summary>
    public static int? ToNotification(DateOnly reportedOn, DateOnly? notifiedOn) =>
        notifiedOn is { } on ? Math.Max(0, on.DayNumber - reportedOn.DayNumber) : null;
}

/// <summary>The register of incidents involving foreigners, called by the API and the pages alike.</summary>
public sealed class ForeignerIncidentService(AttacheDb db, PersonRecords persons) : IRecordService<ForeignerIncident,
    ForeignerIncidentQuery, ForeignerIncidentRow, ForeignerIncidentDto, ForeignerIncidentInput>
{
    public async Task<Paged<ForeignerIncidentRow>> ListAsync(ForeignerIncidentQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<ForeignerIncident>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = TextSearch.Fold(q.Search);
            var name = q.Search.Trim().ToLower();
            query = await persons.MaySeeAsync()
                ? query.Where(i => i.SearchText.Contains(term)
                    || i.Persons.Any(p => p.AnonymisedOn == null && p.FullName.ToLower().Contains(name)))
                : query.Where(i => i.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(i => i.Kind == kind);
        }

        if (q.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (q.Notified is { } notified)
        {
            query = notified ? query.Where(i => i.MissionNotifiedOn != null)
                : query.Where(i => i.MissionNotifiedOn == null);
        }

        if (q.From is { } from)
        {
            query = query.Where(i => i.OccurredOn >= from);
        }

        if (q.To is { } to)
        {
            query = query.Where(i => i.OccurredOn <= to);
        }

        var page = await query.OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.Id)
            .Select(i => new ForeignerIncidentRow(i.Id, i.Province!.Code, i.Kind, i.OccurredOn, i.ReportedOn, i.Place,
                i.Status, i.ClosedOn, i.MissionNotifiedOn, i.Persons.Count))
            .ToPageAsync(q, ct);
        return await WithNationalitiesAsync(page, ct);
    }

    /// <summary>The nationalities of each listed record's persons, in one query for the page.</summary>
    private async Task<Paged<ForeignerIncidentRow>> WithNationalitiesAsync(Paged<ForeignerIncidentRow> page,
        CancellationToken ct)
    {
        var ids = page.Items.Select(r => r.Id).ToList();
        var found = await db.Set<IncidentPerson>().AsNoTracking()
            .Where(p => ids.Contains(p.IncidentId) && p.Nationality != null)
            .Select(p => new { p.IncidentId, p.Nationality }).Distinct().ToListAsync(ct);
        return page with
        {
            Items = [.. page.Items.Select(r => r with
            {
                Nationalities = [.. found.Where(f => f.IncidentId == r.Id).Select(f => f.Nationality!).Order()],
            })],
        };
    }

    /// <summary>The case with its persons as this reader may see them (a consular officer's or leader's reading of
    /// the identities is logged), its timeline and its day counts by the injected clock.</summary>
    public async Task<ForeignerIncidentDto?> GetAsync(int id, CancellationToken ct)
    {
        var i = await db.Set<ForeignerIncident>().AsNoTracking().Include(x => x.Province).Include(x => x.Persons)
            .Include(x => x.Actions).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return null;
        }

        var shown = persons.Show(i.Persons, await persons.MaySeeAsync(), "foreignerIncident", i.Id, i.ProvinceId);
        await db.SaveChangesAsync(ct);
        var today = db.Clock.TodayInVietnam();
        return new ForeignerIncidentDto(i.Id, i.Province!.Code, i.Kind, i.OccurredOn, i.ReportedOn, i.Place,
            i.Summary, i.MissionNotified, i.MissionNotifiedOn, i.MissionNotifiedOn is not null,
            IncidentDays.ToNotification(i.ReportedOn, i.MissionNotifiedOn), i.Status,
            ForeignerIncident.Lifecycle.Allowed(i.Status), i.ClosedOn, i.Outcome,
            IncidentDays.Open(i.ReportedOn, i.ClosedOn, today), i.Persons.Count, shown,
            [.. i.Actions.OrderBy(a => a.On).ThenBy(a => a.Id).Select(a => new IncidentActionDto(a.Id, a.On, a.Text))],
            i.CreatedAt, i.UpdatedAt, i.Version);
    }

    public Task<bool> MaySeePersonsAsync() => persons.MaySeeAsync();

    /// <summary>The case as its edit form holds it, with its persons for a consular officer or a leader (the read
    /// is logged) and without them (null) for everyone else; null when it is not in the province.</summary>
    public async Task<ForeignerIncidentInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var i = await db.Set<ForeignerIncident>().AsNoTracking().Include(x => x.Persons)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return null;
        }

        var input = ForeignerIncidentInput.From(i);
        if (await persons.MaySeeAsync())
        {
            var shown = persons.Show(i.Persons, maySee: true, "foreignerIncident", i.Id, i.ProvinceId);
            await db.SaveChangesAsync(ct);
            input.Persons = [.. shown.Select(CitizenCaseService.PersonForm)];
        }

        return input;
    }

    public async Task<string?> NameAsync(int id, CancellationToken ct) =>
        await db.Set<ForeignerIncident>().Where(i => i.Id == id).Select(i => i.Place).FirstOrDefaultAsync(ct);

    /// <summary>Creates (id null) or updates a case: 400 for bad input (every field at once), 403 when persons are
    /// sent by someone who may not see them, 404 unknown, 409 stale or a status change
    /// <see cref="ForeignerIncident.Lifecycle"/> does not allow.</summary>
    public async Task<ForeignerIncident> SaveAsync(int? id, ForeignerIncidentInput input, CancellationToken ct)
    {
        FullValidation.Check(input);
        ForeignerIncident incident;
        if (id is null)
        {
            incident = new ForeignerIncident { Place = "", Summary = "" };
            db.Add(incident);
        }
        else
        {
            incident = await db.Set<ForeignerIncident>().Include(i => i.Persons)
                .FirstOrDefaultAsync(i => i.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no incident {id}.");
            db.CheckVersion(incident, input.Version);
        }

        if (input.Status is { } to && to != incident.Status)
        {
            ForeignerIncident.Lifecycle.Check(incident.Status, to, mayApprove: false);
            incident.Status = to;
        }

        await persons.ApplyAsync(incident.Persons, input.Persons, () => new IncidentPerson { FullName = "" });
        incident.Kind = input.Kind!.Value;
        incident.OccurredOn = input.OccurredOn!.Value;
        incident.ReportedOn = input.ReportedOn!.Value;
        incident.Place = input.Place!.Trim();
        incident.Summary = input.Summary!.Trim();
        incident.MissionNotified = Clean(input.MissionNotified);
        incident.MissionNotifiedOn = input.MissionNotifiedOn;
        // An open case has no closing: what the form sent for it is kept only once the case is closed.
        incident.ClosedOn = incident.Status == CaseStatus.Closed ? input.ClosedOn : null;
        incident.Outcome = Clean(input.Outcome);
        if (incident.Status == CaseStatus.Closed && (incident.ClosedOn is null || incident.Outcome is null))
        {
            throw InputValidation.Error(incident.ClosedOn is null ? "closedOn" : "outcome",
                incident.ClosedOn is null ? ForeignerIncidentInput.ClosingNeedsDate
                    : ForeignerIncidentInput.ClosingNeedsOutcome);
        }

        await db.SaveChangesAsync(ct);
        return incident;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var incident = await db.Set<ForeignerIncident>().Include(i => i.Persons).Include(i => i.Actions)
            .FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
        {
            return false;
        }

        db.Remove(incident);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Adds a step to the case's timeline; null when the case is not in the province. A step cannot come
    /// before the incident.</summary>
    public async Task<IncidentActionDto?> AddActionAsync(int incidentId, IncidentActionInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var occurred = await db.Set<ForeignerIncident>().Where(i => i.Id == incidentId)
            .Select(i => (DateOnly?)i.OccurredOn).FirstOrDefaultAsync(ct);
        if (occurred is null)
        {
            return null;
        }

        if (input.On < occurred)
        {
            throw InputValidation.Error("on", ActionBeforeIncident);
        }

        var action = new IncidentAction { IncidentId = incidentId, On = input.On!.Value, Text = input.Text!.Trim() };
        db.Add(action);
        await db.SaveChangesAsync(ct);
        return new IncidentActionDto(action.Id, action.On, action.Text);
    }

    public const string ActionBeforeIncident = "A step of the case cannot come before the incident.";

    public async Task<bool> DeleteActionAsync(int incidentId, int actionId, CancellationToken ct)
    {
        var action = await db.Set<IncidentAction>()
            .FirstOrDefaultAsync(a => a.Id == actionId && a.IncidentId == incidentId, ct);
        if (action is null)
        {
            return false;
        }

        db.Remove(action);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
