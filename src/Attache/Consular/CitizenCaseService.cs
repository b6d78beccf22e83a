using System.Globalization;
using Attache.Accounts;
using Attache.Audit;
using Attache.Infrastructure;
using Attache.Labour;
using Microsoft.EntityFrameworkCore;

namespace Attache.Consular;

/// <summary>A case in a list: the citizens' names only for holders of SeePersons (null otherwise), their number for
/// everyone.</summary>
public sealed record CitizenCaseRow(int Id, string Province, CitizenCaseKind Kind, string Country, DateOnly OpenedOn,
    string Summary, string? Mission, DateOnly? MissionInformedOn, CaseStatus Status, DateOnly? ClosedOn, int Persons,
    int Actions, int? WorkerId, string? Names);

public sealed record CaseActionDto(int Id, DateOnly On, string Text);

/// <summary>A case as its reader may see it: <see cref="FamilyContact"/> and the persons' identities only for holders
/// of SeePersons (<see cref="Identified"/>), each such read logged in the audit trail.</summary>
public sealed record CitizenCaseDto(int Id, string Province, CitizenCaseKind Kind, string Country, DateOnly OpenedOn,
    string Summary, string? Mission, DateOnly? MissionInformedOn, bool Identified, string? FamilyContact,
    IReadOnlyList<PersonDto> Persons, int? WorkerId, CaseStatus Status, DateOnly? ClosedOn, string? Outcome,
    IReadOnlyList<CaseStatus> AllowedStatuses, int DaysOpen, IReadOnlyList<CaseActionDto> Actions,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class CitizenCaseQuery : PageRequest
{
    /// <summary>Words of the summary, the mission or the outcome (never the persons' names).</summary>
    public string? Search { get; set; }
    public CitizenCaseKind? Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    [CountryCode]
    public string? Country { get; set; }
    public CaseStatus? Status { get; set; }
}

/// <summary>The citizen protection cases' reads and writes, called by the API and the pages alike. Persons go through
/// <see cref="PersonRecords"/>; the family contact follows the same rule (SeePersons only, reads logged).</summary>
public sealed class CitizenCaseService(AttacheDb db, CurrentUser user, PersonRecords persons, TimeProvider clock)
    : IRecordService<CitizenCase, CitizenCaseQuery, CitizenCaseRow, CitizenCaseDto, CitizenCaseInput>
{
    public const string Entity = "citizenCase";
    public const string WorkerReturned = "This worker came back ({0}): open a case only for a worker still abroad.";
    public const string WorkerHasCase = "Case {0} is already open for this worker.";
    public const string WorkerKinds = "A case opened from a worker is of kind Stranded or Undocumented.";

    public Task<bool> MaySeePersonsAsync() => persons.MaySeeAsync();

    public async Task<Paged<CitizenCaseRow>> ListAsync(CitizenCaseQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<CitizenCase>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(c => c.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (q.Country?.ToUpperInvariant() is { } country)
        {
            query = query.Where(c => c.Country == country);
        }

        if (q.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        var page = await query.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id)
            .Select(c => new CitizenCaseRow(c.Id, c.Province!.Code, c.Kind, c.Country, c.OpenedOn, c.Summary, c.Mission,
                c.MissionInformedOn, c.Status, c.ClosedOn, c.Persons.Count, c.Actions.Count, c.WorkerId, null))
            .ToPageAsync(q, ct);
        if (!await persons.MaySeeAsync() || page.Items.Count == 0)
        {
            return page;
        }

        var ids = page.Items.Select(r => r.Id).ToList();
        var named = persons.Names(await db.Set<CasePerson>().AsNoTracking().Where(p => ids.Contains(p.CaseId))
            .ToListAsync(ct), p => p.CaseId, Entity);
        await db.SaveChangesAsync(ct);
        return page with { Items = [.. page.Items.Select(r => r with { Names = named.GetValueOrDefault(r.Id) })] };
    }

    public async Task<CitizenCaseDto?> GetAsync(int id, CancellationToken ct)
    {
        var c = await db.Set<CitizenCase>().AsNoTracking().Include(x => x.Province).Include(x => x.Persons)
            .Include(x => x.Actions).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        var maySee = await persons.MaySeeAsync();
        var shown = persons.Show(c.Persons, maySee, Entity, c.Id, c.ProvinceId);
        // One read logged per reading: Show has logged it when the case names persons.
        if (maySee && c.FamilyContact is not null && c.Persons.Count == 0)
        {
            AuditQueries.RecordRead(db, Entity, c.Id, c.ProvinceId, "family contact");
        }

        await db.SaveChangesAsync(ct);
        var today = clock.TodayInVietnam();
        return new CitizenCaseDto(
            Id: c.Id, Province: c.Province!.Code, Kind: c.Kind, Country: c.Country, OpenedOn: c.OpenedOn,
            Summary: c.Summary, Mission: c.Mission, MissionInformedOn: c.MissionInformedOn, Identified: maySee,
            FamilyContact: maySee ? c.FamilyContact : null, Persons: shown, WorkerId: c.WorkerId, Status: c.Status,
            ClosedOn: c.ClosedOn, Outcome: c.Outcome, AllowedStatuses: CitizenCase.Lifecycle.Allowed(c.Status),
            DaysOpen: (c.ClosedOn ?? today).DayNumber - c.OpenedOn.DayNumber,
            Actions: [.. c.Actions.OrderBy(a => a.On).ThenBy(a => a.Id)
                .Select(a => new CaseActionDto(a.Id, a.On, a.Text))],
            CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt, Version: c.Version);
    }

    /// <summary>The case as its edit form holds it (persons and family contact only for SeePersons, the read
    /// logged; identity numbers never sent back to the form); null when it is not in the province.</summary>
    public async Task<CitizenCaseInput?> GetInputAsync(int id, CancellationToken ct)
    {
        if (await GetAsync(id, ct) is not { } c)
        {
            return null;
        }

        return new CitizenCaseInput
        {
            Kind = c.Kind, Country = c.Country, OpenedOn = c.OpenedOn, Summary = c.Summary, Mission = c.Mission,
            MissionInformedOn = c.MissionInformedOn, FamilyContact = c.FamilyContact, Status = c.Status,
            ClosedOn = c.ClosedOn, Outcome = c.Outcome, Version = c.Version,
            Persons = c.Identified ? [.. c.Persons.Select(PersonForm)] : null,
        };
    }

    /// <summary>A person shown to its reader, as a form row (the identity number left empty keeps it).</summary>
    public static PersonInput PersonForm(PersonDto p) => new()
    {
        Id = p.Id, FullName = p.FullName, Nationality = p.Nationality, BirthYear = p.BirthYear, Gender = p.Gender,
        Contact = p.Contact, Note = p.Note,
    };

    /// <summary>Opens (id null) or changes a case: 400 for bad input, 403 for persons or a family contact sent by a
    /// reader without SeePersons, 404 unknown, 409 stale or a status move <see cref="CitizenCase.Lifecycle"/>
    /// refuses.</summary>
    public async Task<CitizenCase> SaveAsync(int? id, CitizenCaseInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        CitizenCase c;
        if (id is null)
        {
            c = new CitizenCase { Country = "", Summary = "" };
            db.Add(c);
        }
        else
        {
            c = await db.Set<CitizenCase>().Include(x => x.Persons).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no citizen case {id}.");
            db.CheckVersion(c, input.Version);
        }

        var maySee = await persons.MaySeeAsync();
        if (input.FamilyContact is not null && !maySee)
        {
            throw ProblemException.Forbidden("The family contact is personal data: only the consular officers and "
                + "the leaders of the province see and change it.");
        }

        if (input.MissionInformedOn is not null && input.Mission is null)
        {
            throw InputValidation.Error("mission", CitizenCaseInput.InformedWithoutMission);
        }

        var to = input.Status ?? c.Status;
        if (to != c.Status)
        {
            CitizenCase.Lifecycle.Check(c.Status, to, mayApprove: false);
        }

        if (to == CaseStatus.Closed)
        {
            CheckClosing(input);
        }

        c.Kind = input.Kind!.Value;
        c.Country = input.Country!.ToUpperInvariant();
        c.OpenedOn = input.OpenedOn!.Value;
        c.Summary = input.Summary!.Trim();
        c.Mission = input.Mission?.Trim();
        c.MissionInformedOn = input.MissionInformedOn;
        if (maySee)
        {
            c.FamilyContact = input.FamilyContact?.Trim();
        }

        c.Status = to;
        c.ClosedOn = to == CaseStatus.Closed ? input.ClosedOn : null;
        c.Outcome = input.Outcome?.Trim();
        await persons.ApplyAsync(c.Persons, input.Persons, () => new CasePerson { FullName = "" });
        await db.SaveChangesAsync(ct);
        return c;
    }

    private static void CheckClosing(CitizenCaseInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.ClosedOn is null)
        {
            errors["closedOn"] = [CitizenCaseInput.ClosingNeedsDate];
        }
        else if (input.ClosedOn < input.OpenedOn)
        {
            errors["closedOn"] = [CitizenCaseInput.ClosedBeforeOpened];
        }

        if (input.Outcome is null)
        {
            errors["outcome"] = [CitizenCaseInput.ClosingNeedsOutcome];
        }

        if (errors.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.",
                errors: errors);
        }
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var c = await db.Set<CitizenCase>().Include(x => x.Persons).Include(x => x.Actions)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return false;
        }

        db.Remove(c);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>How the delete page names the case (kind, country, opening day), never by a person's name; null when
    /// the case is not in the province.</summary>
    public async Task<(CitizenCaseKind Kind, string Country, DateOnly OpenedOn)?> HeadingAsync(int id,
        CancellationToken ct) =>
        await db.Set<CitizenCase>().Where(c => c.Id == id).Select(c => new { c.Kind, c.Country, c.OpenedOn })
            .FirstOrDefaultAsync(ct) is { } c ? (c.Kind, c.Country, c.OpenedOn) : null;

    /// <summary>A case's actions, oldest first; null when there is no such case.</summary>
    public async Task<Paged<CaseActionDto>?> ActionsAsync(int id, PageRequest page, CancellationToken ct)
    {
        InputValidation.Check(page);
        if (!await db.Set<CitizenCase>().AnyAsync(c => c.Id == id, ct))
        {
            return null;
        }

        return await db.Set<CaseAction>().AsNoTracking().Where(a => a.CaseId == id).OrderBy(a => a.On)
            .ThenBy(a => a.Id).Select(a => new CaseActionDto(a.Id, a.On, a.Text)).ToPageAsync(page, ct);
    }

    public async Task<CaseActionDto?> AddActionAsync(int id, CaseActionInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var provinceId = await db.Set<CitizenCase>().Where(c => c.Id == id).Select(c => (int?)c.ProvinceId)
            .FirstOrDefaultAsync(ct);
        if (provinceId is null)
        {
            return null;
        }

        var action = new CaseAction
        {
            CaseId = id, ProvinceId = provinceId.Value, On = input.On!.Value,
            Text = input.Text!.Trim()
        };
        db.Add(action);
        await db.SaveChangesAsync(ct);
        return new CaseActionDto(action.Id, action.On, action.Text);
    }

    public async Task<bool> DeleteActionAsync(int id, int actionId, CancellationToken ct)
    {
        var action = await db.Set<CaseAction>().FirstOrDefaultAsync(a => a.Id == actionId && a.CaseId == id, ct);
        if (action is null)
        {
            return false;
        }

        db.Remove(action);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Opens a case for a seasonal worker still abroad or who did not come back, in one step: the worker as
    /// the person (name, birth year, gender, commune in the note), the country of the programme's partner, opened
    /// today. 403 without both SeeNames and SeePersons, 404 for a worker not in the province, 409 for a worker who came
    /// back or who already has an open case.</summary>
    public async Task<CitizenCase?> FromWorkerAsync(int workerId, CitizenCaseKind? kind, CancellationToken ct)
    {
        if (!await user.MayAsync(Policies.SeeNames) || !await persons.MaySeeAsync())
        {
            throw ProblemException.Forbidden("Opening a case from a worker reads and records a person's identity: "
                + "only the consular officers and the leaders of the province may.");
        }

        var caseKind = kind ?? CitizenCaseKind.Stranded;
        if (caseKind is not (CitizenCaseKind.Stranded or CitizenCaseKind.Undocumented))
        {
            throw InputValidation.Error("kind", WorkerKinds);
        }

        var worker = await db.Set<SeasonalWorker>().AsNoTracking().Where(w => w.Id == workerId)
            .Select(w => new
            {
                w.FullName, w.BirthYear, w.Gender, w.CommuneOfOrigin, w.VillageOfOrigin, w.Outcome,
                Cohort = w.Cohort!.Name, w.Cohort.PlannedReturnOn,
                Programme = db.Set<LabourProgramme>().Where(p => p.Id == w.Cohort.ProgrammeId)
                    .Select(p => new { p.Name, p.Partner!.Country }).First(),
            }).FirstOrDefaultAsync(ct);
        if (worker is null)
        {
            return null;
        }

        if (worker.Outcome is WorkerOutcome.ReturnedOnTime or WorkerOutcome.ReturnedEarly)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, WorkerReturned, worker.Outcome);
        }

        if (await db.Set<CitizenCase>().Where(c => c.WorkerId == workerId && c.Status == CaseStatus.Open)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync(ct) is { } open)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, WorkerHasCase, open);
        }

        var c = new CitizenCase
        {
            Kind = caseKind,
            Country = worker.Programme.Country,
            OpenedOn = clock.TodayInVietnam(),
            WorkerId = workerId,
            // Record text, in the language of the department's files.
            Summary = string.Format(CultureInfo.InvariantCulture,
                "{0}, {1}: người lao động không về nước theo kế hoạch (ngày về dự kiến {2:dd/MM/yyyy}).",
                worker.Programme.Name, worker.Cohort, worker.PlannedReturnOn),
        };
        var commune = worker.VillageOfOrigin is null ? worker.CommuneOfOrigin
            : $"{worker.VillageOfOrigin}, {worker.CommuneOfOrigin}";
        await persons.ApplyAsync(c.Persons, [new PersonInput
        {
            FullName = worker.FullName, BirthYear = worker.BirthYear, Gender = worker.Gender, Nationality = "VN",
            Note = commune,
        }], () => new CasePerson { FullName = "" });
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
