using Attache.Consular;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Dossiers;

/// <summary>One line of the dossiers' list: the applicants as a count only (names are on the dossier, for those
/// allowed to see them).</summary>
public sealed record DossierRow(int Id, string Province, DossierKind Kind, NationalityMatter? Matter, string Reference,
    DateOnly ReceivedOn, DateOnly DueOn, DossierStatus Status, DateOnly? ReturnedOn, DateOnly? CardExpiresOn,
    int Applicants, bool Overdue, bool CardRenewalDue);

public sealed record DossierDto(int Id, string Province, DossierKind Kind, NationalityMatter? Matter, string Reference,
    DateOnly ReceivedOn, int WorkingDaysAllowed, DateOnly DueOn, DossierStatus Status, DateOnly? ReturnedOn,
    string? Result, string? Notes, string? CardNumber, DateOnly? CardExpiresOn, string? Opinion,
    DateOnly? OpinionGivenOn, bool Overdue, bool CardRenewalDue, IReadOnlyList<DossierStatus> AllowedStatuses,
    bool ApplicantsIdentified, IReadOnlyList<PersonDto> Applicants, DateTime CreatedAt, DateTime UpdatedAt,
    int Version);

/// <summary>The deadline views of the list.</summary>
public enum DossierDeadline
{
    /// <summary>Not handled and due from today to Sunday of this week.</summary>
    Week,

    /// <summary>Not handled and its due day has passed (<see cref="DossierDeadlines.OverdueOn"/>).</summary>
    Overdue,
}

public sealed class DossierQuery : PageRequest
{
    /// <summary>Text in the reference, result, notes or card number (never the applicants' names).</summary>
    public string? Search { get; set; }
    public DossierKind? Kind { get; set; }
    public DossierStatus? Status { get; set; }

    /// <summary>Week: not handled and due from today to Sunday; Overdue: not handled past its due day.</summary>
    public DossierDeadline? Deadline { get; set; }

    /// <summary>True: only ABTC cards expiring within 90 days (or expired), the renewal reminder.</summary>
    public bool? Renewal { get; set; }

    /// <summary>due (default), -received, reference; a leading '-' sorts descending.</summary>
    public string? Sort { get; set; }
}

/// <summary>The dossiers' register: reads and writes for the API and the pages, the due day in working days, the
/// status moves and the applicants through <see cref="PersonRecords"/>.</summary>
public sealed class DossierService(AttacheDb db, PersonRecords persons)
    : IRecordService<Dossier, DossierQuery, DossierRow, DossierDto, DossierInput>
{
    private DateOnly Today => db.Clock.TodayInVietnam();

    public async Task<Paged<DossierRow>> ListAsync(DossierQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var today = Today;
        var query = db.Set<Dossier>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(d => d.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(d => d.Kind == kind);
        }

        if (q.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        query = q.Deadline switch
        {
            DossierDeadline.Week => query.Where(DossierDeadlines.DueBetween(today, DossierRules.EndOfWeek(today))),
            DossierDeadline.Overdue => query.Where(DossierDeadlines.OverdueOn(today)),
            _ => query,
        };
        if (q.Renewal == true)
        {
            query = query.Where(DossierDeadlines.CardRenewalDueOn(today, DossierRules.RenewalWindowDays));
        }

        query = (q.Sort ?? (q.Renewal == true ? "card" : "due")) switch
        {
            "due" => query.OrderBy(d => d.DueOn).ThenBy(d => d.Id),
            "-due" => query.OrderByDescending(d => d.DueOn).ThenBy(d => d.Id),
            "received" => query.OrderBy(d => d.ReceivedOn).ThenBy(d => d.Id),
            "-received" => query.OrderByDescending(d => d.ReceivedOn).ThenByDescending(d => d.Id),
            "reference" => query.OrderBy(d => d.Reference),
            "-reference" => query.OrderByDescending(d => d.Reference),
            "card" => query.OrderBy(d => d.CardExpiresOn).ThenBy(d => d.Id),
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use due, received, reference or card, with '-' for descending."),
        };

        var page = await query.Select(d => new DossierRow(d.Id, d.Province!.Code, d.Kind, d.Matter, d.Reference,
            d.ReceivedOn, d.DueOn, d.Status, d.ReturnedOn, d.CardExpiresOn, d.Applicants.Count, false, false))
            .ToPageAsync(q, ct);
        var flags = await FlagsAsync(page.Items.Select(r => r.Id).ToList(), ct);
        return page with
        {
            Items = [.. page.Items.Select(r => r with
            {
                Overdue = flags.Overdue.Contains(r.Id), CardRenewalDue = flags.Renewal.Contains(r.Id),
            })],
        };
    }

    /// <summary>Which of the dossiers are overdue today and which cards are due for renewal, by the rules of
    /// <see cref="DossierDeadlines"/>.</summary>
    private async Task<(HashSet<int> Overdue, HashSet<int> Renewal)> FlagsAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return ([], []);
        }

        var today = Today;
        var mine = db.Set<Dossier>().AsNoTracking().Where(d => ids.Contains(d.Id));
        var overdue = await mine.Where(DossierDeadlines.OverdueOn(today)).Select(d => d.Id).ToListAsync(ct);
        var renewal = await mine.Where(DossierDeadlines.CardRenewalDueOn(today, DossierRules.RenewalWindowDays))
            .Select(d => d.Id).ToListAsync(ct);
        return ([.. overdue], [.. renewal]);
    }

    /// <summary>Counts for the home page and the list's reminders: overdue dossiers and ABTC cards due for
    /// renewal.</summary>
    public static async Task<(int Overdue, int Renewals)> RemindersAsync(AttacheDb db, CancellationToken ct)
    {
        var today = db.Clock.TodayInVietnam();
        return (await db.Set<Dossier>().CountAsync(DossierDeadlines.OverdueOn(today), ct),
            await db.Set<Dossier>().CountAsync(
                DossierDeadlines.CardRenewalDueOn(today, DossierRules.RenewalWindowDays), ct));
    }

    public Task<(int Overdue, int Renewals)> RemindersAsync(CancellationToken ct) => RemindersAsync(db, ct);

    /// <summary>The dossier with its applicants as this reader may see them; a read of identities is logged.</summary>
    public async Task<DossierDto?> GetAsync(int id, CancellationToken ct)
    {
        var d = await db.Set<Dossier>().AsNoTracking().Include(x => x.Applicants).Include(x => x.Province)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        var maySee = await persons.MaySeeAsync();
        var applicants = persons.Show(d.Applicants, maySee, "dossier", d.Id, d.ProvinceId);
        await db.SaveChangesAsync(ct);
        var flags = await FlagsAsync([d.Id], ct);
        return new DossierDto(d.Id, d.Province!.Code, d.Kind, d.Matter, d.Reference, d.ReceivedOn,
            d.WorkingDaysAllowed, d.DueOn, d.Status, d.ReturnedOn, d.Result, d.Notes, d.CardNumber, d.CardExpiresOn,
            d.Opinion, d.OpinionGivenOn, flags.Overdue.Contains(d.Id), flags.Renewal.Contains(d.Id),
            Dossier.Lifecycle.Allowed(d.Status), maySee, applicants, d.CreatedAt, d.UpdatedAt, d.Version);
    }

    /// <summary>The dossier as its edit form holds it (applicants apart); null when it is not in the province.</summary>
    public async Task<DossierInput?> GetInputAsync(int id, CancellationToken ct) =>
        await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) is { } d
            ? DossierInput.From(d) : null;

    /// <summary>The reference of the dossier, for the delete page; null when it is not in the province.</summary>
    public Task<string?> ReferenceAsync(int id, CancellationToken ct) =>
        db.Set<Dossier>().Where(d => d.Id == id).Select(d => d.Reference).FirstOrDefaultAsync(ct);

    /// <summary>Creates (id null) or updates a dossier and computes its due day from the holiday table: 400 for bad
    /// input, 404 unknown, 409 stale or a reference already used in the province, 403 when applicants are sent by
    /// someone who may not see persons.</summary>
    public async Task<Dossier> SaveAsync(int? id, DossierInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        Dossier dossier;
        if (id is null)
        {
            dossier = new Dossier { Reference = "" };
            db.Add(dossier);
        }
        else
        {
            dossier = await db.Set<Dossier>().Include(d => d.Applicants).FirstOrDefaultAsync(d => d.Id == id, ct)
                ?? throw NotFound(id.Value);
            db.CheckVersion(dossier, input.Version);
        }

        var reference = input.Reference!.Trim();
        if (await db.Set<Dossier>().AnyAsync(d => d.Reference == reference && d.Id != dossier.Id, ct))
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, ReferenceTaken, reference);
        }

        var kind = input.Kind!.Value;
        dossier.Kind = kind;
        dossier.Matter = kind == DossierKind.Nationality ? input.Matter : null;
        dossier.Reference = reference;
        dossier.ReceivedOn = input.ReceivedOn!.Value;
        dossier.WorkingDaysAllowed = input.WorkingDaysAllowed ?? DossierRules.DefaultWorkingDays(kind);
        dossier.DueOn = await DueOnAsync(dossier.ReceivedOn, dossier.WorkingDaysAllowed, ct);
        dossier.Result = Clean(input.Result);
        dossier.Notes = Clean(input.Notes);
        dossier.CardNumber = kind == DossierKind.Abtc ? Clean(input.CardNumber) : null;
        dossier.CardExpiresOn = kind == DossierKind.Abtc ? input.CardExpiresOn : null;
        dossier.Opinion = kind == DossierKind.Nationality ? Clean(input.Opinion) : null;
        dossier.OpinionGivenOn = kind == DossierKind.Nationality ? input.OpinionGivenOn : null;
        if (dossier.ReturnedOn < dossier.ReceivedOn)
        {
            throw InputValidation.Error("receivedOn", ReturnedBeforeReceipt);
        }

        await persons.ApplyAsync(dossier.Applicants, input.Persons,
            () => new DossierApplicant { FullName = "", ProvinceId = dossier.ProvinceId });
        await db.SaveChangesAsync(ct);
        return dossier;
    }

    public const string ReferenceTaken = "The reference {0} is already used by another dossier of the province.";
    public const string ReturnedBeforeReceipt = "The dossier cannot be returned before it was received.";

    /// <summary><paramref name="received"/> plus <paramref name="days"/> working days, skipping weekends and the
    /// public holidays of the table.</summary>
    public Task<DateOnly> DueOnAsync(DateOnly received, int days, CancellationToken ct) =>
        DueOnAsync(db, received, days, ct);

    /// <summary>The same on any context (the reminders' run).</summary>
    public static async Task<DateOnly> DueOnAsync(AttacheDb db, DateOnly received, int days, CancellationToken ct)
    {
        // Wide enough for any run of weekends and holidays (Tết takes at most nine days off in a row).
        var until = received.AddDays(days * 2 + 30);
        var holidays = await db.Set<PublicHoliday>().Where(h => h.Date > received && h.Date <= until)
            .Select(h => h.Date).ToListAsync(ct);
        return WorkingDays.Add(received, days, holidays.ToHashSet());
    }

    /// <summary>Moves the dossier one step along <see cref="Dossier.Lifecycle"/> (409 for a move the table does not
    /// allow); returning it sets <see cref="Dossier.ReturnedOn"/>.</summary>
    public async Task<Dossier> MoveAsync(int id, DossierMove move, CancellationToken ct)
    {
        InputValidation.Check(move);
        var dossier = await db.Set<Dossier>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw NotFound(id);
        db.CheckVersion(dossier, move.Version, required: false);
        var to = move.To!.Value;
        Dossier.Lifecycle.Check(dossier.Status, to, mayApprove: false);
        if (to == DossierStatus.Returned)
        {
            var on = move.On ?? Today;
            if (on < dossier.ReceivedOn)
            {
                throw InputValidation.Error("on", ReturnedBeforeReceipt);
            }

            dossier.ReturnedOn = on;
        }

        if (Clean(move.Result) is { } result)
        {
            dossier.Result = result;
        }

        dossier.Status = to;
        await db.SaveChangesAsync(ct);
        return dossier;
    }

    /// <summary>Adds one applicant to the dossier (the detail page's form): the applicants already there are kept as
    /// they are; 403 for someone who may not see persons, null when there is no such dossier.</summary>
    public async Task<Dossier?> AddApplicantAsync(int id, PersonInput applicant, CancellationToken ct)
    {
        InputValidation.Check(applicant);
        var dossier = await db.Set<Dossier>().Include(d => d.Applicants).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return null;
        }

        // Identity numbers left empty keep the stored ones (PersonRecords.ApplyAsync).
        List<PersonInput> all = [.. dossier.Applicants.Select(p => new PersonInput
        {
            Id = p.Id, FullName = p.FullName, Nationality = p.Nationality, BirthYear = p.BirthYear, Gender = p.Gender,
            Contact = p.Contact, Note = p.Note,
        }), applicant];
        await persons.ApplyAsync(dossier.Applicants, all,
            () => new DossierApplicant { FullName = "", ProvinceId = dossier.ProvinceId });
        await db.SaveChangesAsync(ct);
        return dossier;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var dossier = await db.Set<Dossier>().Include(d => d.Applicants).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return false;
        }

        db.Remove(dossier);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no dossier {id}.");

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
