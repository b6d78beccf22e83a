using System.Linq.Expressions;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Staff;

public sealed record StaffLanguageDto(int Id, string Language, LanguageScale Scale, string Level, int Rank);

public sealed record StaffTrainingDto(int Id, string Course, string? Organiser, DateOnly StartsOn, DateOnly? EndsOn,
    string? Certificate);

public sealed record StaffRow(int Id, string Province, string FullName, string? Position, string? Unit,
    bool IsInterpreter, bool Active, bool HasAccount, IReadOnlyList<StaffLanguageDto> Languages);

public sealed record StaffDto(int Id, string Province, string FullName, string? Position, string? Unit,
    string? Email, string? Phone, string? UserId, string? UserEmail, bool IsInterpreter, bool Active, string? Notes,
    IReadOnlyList<StaffLanguageDto> Languages, IReadOnlyList<StaffTrainingDto> Trainings, DateTime CreatedAt,
    DateTime UpdatedAt, int Version);

/// <summary>An active interpreter of a language, with the level on its scale (higher <c>Rank</c> is better).
/// </summary>
public sealed record InterpreterDto(int Id, string FullName, string? Position, string Language, LanguageScale Scale,
    string Level, int Rank);

public sealed class StaffQuery : PageRequest
{
    /// <summary>Words of the name, position, unit, email or notes.</summary>
    public string? Search { get; set; }

    /// <summary>ISO 639-1 code: staff who speak this language.</summary>
    public string? Language { get; set; }

    public bool? Interpreter { get; set; }

    public bool? Active { get; set; }
}

/// <summary>The staff roster's reads and writes, called by the API, the pages and the features that pick an
/// interpreter.</summary>
public sealed class StaffService(AttacheDb db)
    : IRecordService<StaffMember, StaffQuery, StaffRow, StaffDto, StaffInput>
{
    public async Task<Paged<StaffRow>> ListAsync(StaffQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<StaffMember>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(s => s.SearchText.Contains(term));
        }

        if (LanguageOf(q.Language) is { } language)
        {
            query = query.Where(s => s.Languages.Any(l => l.Language == language));
        }

        if (q.Interpreter is { } interpreter)
        {
            query = query.Where(s => s.IsInterpreter == interpreter);
        }

        if (q.Active is { } active)
        {
            query = query.Where(s => s.Active == active);
        }

        var page = await query.OrderBy(s => s.FullName).ThenBy(s => s.Id).Select(Row).ToPageAsync(q, ct);
        var ids = page.Items.Select(r => r.Id).ToList();
        var languages = (await db.Set<StaffLanguage>().AsNoTracking().Where(l => ids.Contains(l.StaffMemberId))
            .ToListAsync(ct)).ToLookup(l => l.StaffMemberId);
        return page with
        {
            Items = [.. page.Items.Select(r => r with { Languages = Ordered(languages[r.Id]) })],
        };
    }

    private static readonly Expression<Func<StaffMember, StaffRow>> Row = s => new StaffRow(s.Id, s.Province!.Code,
        s.FullName, s.Position, s.Unit, s.IsInterpreter, s.Active, s.UserId != null, Array.Empty<StaffLanguageDto>());

    /// <summary>A language filter as given ("KO" or " ko "), checked: 400 naming "language" when not ISO 639-1.
    /// </summary>
    private static string? LanguageOf(string? given)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        var code = given.Trim().ToLowerInvariant();
        return Languages.IsCode(code) ? code : throw InputValidation.Error("language", StaffMessages.LanguageCode);
    }

    private static List<StaffLanguageDto> Ordered(IEnumerable<StaffLanguage> languages) =>
        [.. languages.Select(ToDto).OrderByDescending(l => l.Rank).ThenBy(l => l.Language, StringComparer.Ordinal)];

    private static StaffLanguageDto ToDto(StaffLanguage l) =>
        new(l.Id, l.Language, l.Scale, l.Level, LanguageLevels.Rank(l.Scale, l.Level));

    public async Task<StaffDto?> GetAsync(int id, CancellationToken ct)
    {
        var s = await db.Set<StaffMember>().AsNoTracking().AsSplitQuery().Include(x => x.Province)
            .Include(x => x.User).Include(x => x.Languages).Include(x => x.Trainings)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? null : new StaffDto(s.Id, s.Province!.Code, s.FullName, s.Position, s.Unit, s.Email,
            s.Phone, s.UserId, s.User?.Email, s.IsInterpreter, s.Active, s.Notes, Ordered(s.Languages),
            [.. s.Trainings.OrderByDescending(t => t.StartsOn).ThenBy(t => t.Id).Select(t => new StaffTrainingDto(
                t.Id, t.Course, t.Organiser, t.StartsOn, t.EndsOn, t.Certificate))],
            s.CreatedAt, s.UpdatedAt, s.Version);
    }

    /// <summary>The staff member as the edit form holds it; null when not in the province.</summary>
    public async Task<StaffInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var s = await db.Set<StaffMember>().AsNoTracking().AsSplitQuery().Include(x => x.Languages)
            .Include(x => x.Trainings).FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? null : StaffInput.From(s);
    }

    /// <summary>The province's user accounts a staff member may be linked to (the current one included), by name.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> AccountChoicesAsync(int? staffId, CancellationToken ct)
    {
        var province = db.Tenant.ProvinceId;
        var taken = db.Set<StaffMember>().Where(s => s.UserId != null && s.Id != staffId).Select(s => s.UserId);
        return (await db.Users.AsNoTracking().Where(u => u.ProvinceId == province && !taken.Contains(u.Id))
                .OrderBy(u => u.Email).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.Id, $"{u.DisplayName} ({u.Email})")).ToList();
    }

    /// <summary>The active interpreters of <paramref name="language"/> (ISO 639-1) in the province, best level first:
    /// what a reception item's interpreter is chosen from. 400 naming "language" for a code that is not ISO 639-1.
    /// </summary>
    public async Task<IReadOnlyList<InterpreterDto>> InterpretersAsync(string? language, CancellationToken ct)
    {
        var code = LanguageOf(language) ?? throw InputValidation.Error("language", Messages.Required);
        var rows = await db.Set<StaffLanguage>().AsNoTracking().Where(l => l.Language == code)
            .Join(db.Set<StaffMember>().Where(s => s.Active && s.IsInterpreter), l => l.StaffMemberId, s => s.Id,
                (l, s) => new { s.Id, s.FullName, s.Position, l.Language, l.Scale, l.Level })
            .ToListAsync(ct);
        return [.. rows.Select(r => new InterpreterDto(r.Id, r.FullName, r.Position, r.Language, r.Scale, r.Level,
                LanguageLevels.Rank(r.Scale, r.Level)))
            .OrderByDescending(r => r.Rank).ThenBy(r => r.FullName, StringComparer.Ordinal).ThenBy(r => r.Id)];
    }

    /// <summary>The department's language coverage (<see cref="StaffCoverage.ComputeAsync"/>).</summary>
    public Task<StaffCoverage> CoverageAsync(CancellationToken ct) => StaffCoverage.ComputeAsync(db, ct);

    /// <summary>Creates (id null) or updates a staff member with its languages and trainings: 400 for bad input
    /// (every field at once), 404 unknown, 409 stale.</summary>
    public async Task<StaffMember> SaveAsync(int? id, StaffInput input, CancellationToken ct)
    {
        StaffMember? staff = null;
        if (id is not null)
        {
            staff = await db.Set<StaffMember>().Include(s => s.Languages).Include(s => s.Trainings)
                .FirstOrDefaultAsync(s => s.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                    $"There is no staff member {id}.");
        }

        var errors = await CheckAsync(staff, input, ct);
        if (errors.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.",
                errors: errors);
        }

        if (staff is null)
        {
            staff = new StaffMember { FullName = "" };
            db.Add(staff);
        }
        else
        {
            db.CheckVersion(staff, input.Version);
        }

        staff.FullName = input.FullName!.Trim();
        staff.Position = Clean(input.Position);
        staff.Unit = Clean(input.Unit);
        staff.Email = Clean(input.Email);
        staff.Phone = Clean(input.Phone);
        staff.UserId = Clean(input.UserId);
        staff.IsInterpreter = input.IsInterpreter;
        staff.Active = input.Active;
        staff.Notes = Clean(input.Notes);
        var listsChanged = SyncLanguages(staff, input.Languages ?? []) | SyncTrainings(staff, input.Trainings ?? []);
        if (listsChanged && db.Entry(staff).State == EntityState.Unchanged)
        {
            // A change of the lists alone is a change of the member: its version rises, so an edit made from the
            // version before is refused.
            db.Entry(staff).Property(s => s.UpdatedAt).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
        return staff;
    }

    /// <summary>Every refusal of the input at once: its own rules, the ids of list items that are not on the record,
    /// and the account (of the province, not linked to another member).</summary>
    private async Task<Dictionary<string, string[]>> CheckAsync(StaffMember? staff, StaffInput input,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        try
        {
            InputValidation.Check(input);
        }
        catch (ProblemException problem) when (problem.Errors is { } found)
        {
            foreach (var (field, messages) in found)
            {
                errors[field] = messages;
            }
        }

        var languageIds = staff?.Languages.Select(l => l.Id).ToHashSet() ?? [];
        foreach (var (item, i) in (input.Languages ?? []).Select((l, i) => (l, i)))
        {
            if (item?.Id is { } lid && !languageIds.Contains(lid))
            {
                errors.TryAdd($"languages[{i}].id", [StaffMessages.NoSuchItem]);
            }
        }

        var trainingIds = staff?.Trainings.Select(t => t.Id).ToHashSet() ?? [];
        foreach (var (item, i) in (input.Trainings ?? []).Select((t, i) => (t, i)))
        {
            if (item?.Id is { } tid && !trainingIds.Contains(tid))
            {
                errors.TryAdd($"trainings[{i}].id", [StaffMessages.NoSuchItem]);
            }
        }

        // (An account id the input's own rules refused, e.g. with control characters, is not looked up.)
        if (!errors.ContainsKey("userId") && Clean(input.UserId) is { } userId && userId != staff?.UserId)
        {
            var province = staff?.ProvinceId ?? db.Tenant.RequireProvince();
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.ProvinceId == province, ct))
            {
                errors.TryAdd("userId", [StaffMessages.NoSuchAccount]);
            }
            else if (await db.Set<StaffMember>()
                .AnyAsync(s => s.UserId == userId && s.Id != (staff == null ? 0 : staff.Id), ct))
            {
                errors.TryAdd("userId", [StaffMessages.AccountTaken]);
            }
        }

        return errors;
    }

    /// <summary>Makes the member's languages what the input lists; true when anything changed.</summary>
    private static bool SyncLanguages(StaffMember staff, List<StaffLanguageInput> inputs)
    {
        var changed = RemoveMissing(staff.Languages, inputs.Select(i => i.Id));
        foreach (var input in inputs)
        {
            var code = input.Language!.Trim().ToLowerInvariant();
            var scale = input.Scale ?? LanguageLevels.ScaleFor(code);
            var level = LanguageLevels.Normalise(input.Level!);
            var language = staff.Languages.FirstOrDefault(l => input.Id is { } lid && l.Id == lid);
            if (language is null)
            {
                staff.Languages.Add(new StaffLanguage
                {
                    Language = code, Scale = scale, Level = level, ProvinceId = staff.ProvinceId,
                });
                changed = true;
            }
            else if (language.Language != code || language.Scale != scale || language.Level != level)
            {
                (language.Language, language.Scale, language.Level) = (code, scale, level);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Makes the member's trainings what the input lists; true when anything changed.</summary>
    private static bool SyncTrainings(StaffMember staff, List<StaffTrainingInput> inputs)
    {
        var changed = RemoveMissing(staff.Trainings, inputs.Select(i => i.Id));
        foreach (var input in inputs)
        {
            var training = staff.Trainings.FirstOrDefault(t => input.Id is { } tid && t.Id == tid);
            if (training is null)
            {
                training = new StaffTraining { Course = "", ProvinceId = staff.ProvinceId };
                staff.Trainings.Add(training);
                changed = true;
            }

            var before = (training.Course, training.Organiser, training.StartsOn, training.EndsOn,
                training.Certificate);
            training.Course = input.Course!.Trim();
            training.Organiser = Clean(input.Organiser);
            training.StartsOn = input.StartsOn!.Value;
            training.EndsOn = input.EndsOn;
            training.Certificate = Clean(input.Certificate);
            changed |= before != (training.Course, training.Organiser, training.StartsOn, training.EndsOn,
                training.Certificate);
        }

        return changed;
    }

    private static bool RemoveMissing<T>(List<T> items, IEnumerable<int?> kept) where T : Entity
    {
        var keep = kept.OfType<int>().ToHashSet();
        return items.RemoveAll(i => i.Id != 0 && !keep.Contains(i.Id)) > 0;
    }

    /// <summary>Removes a staff member who interprets at no reception item; one who did is a 409 (set them
    /// inactive instead, which keeps the history).</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var staff = await db.Set<StaffMember>().Include(s => s.Languages).Include(s => s.Trainings)
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return false;
        }

        if (await db.Set<Reception.ReceptionItem>().AnyAsync(i => i.InterpreterId == id, ct)
            || await db.Set<Reception.Seat>().AnyAsync(s => s.StaffMemberId == id, ct))
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, StaffDeleteRefused);
        }

        db.Remove(staff);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The refusal to delete an interpreter of a reception (a resource key the pages translate).</summary>
    public const string StaffDeleteRefused =
        "This person interprets or sits at a reception; mark them as no longer active instead.";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
