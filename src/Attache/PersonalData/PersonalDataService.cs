using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Attache.Accounts;
using Attache.Audit;
using Attache.Consular;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.PersonalData;

/// <summary>A person found in a table of persons: "table/id" names it (<see cref="Ref"/>), the record is
/// (<see cref="Entity"/>, <see cref="RecordId"/>), and the person as a holder of SeePersons sees it.</summary>
public sealed record PersonMatch(string Ref, string Table, string Entity, int RecordId, PersonDto Person);

/// <summary>One record naming the person, with every field stored on the record itself.</summary>
public sealed record ExportedRecord(string Ref, string Table, string Entity, int RecordId, PersonDto Person,
    IReadOnlyDictionary<string, string?> Record);

/// <summary>Everything stored about a person in the registers, identity numbers in clear.</summary>
public sealed record PersonExport(DateTimeOffset ExportedAt, string? Province, string? Name, string? IdentityNumber,
    IReadOnlyList<ExportedRecord> Records);

/// <summary>Who to look for: a name (accent- and case-insensitive, every word of it) and/or an identity number.</summary>
public sealed class PersonQuery
{
    [MaxLength(PersonRecord.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(PersonRecord.IdentityLength, ErrorMessage = Messages.TooLong)]
    public string? IdentityNumber { get; set; }
}

public sealed class PersonalDataRequestInput
{
    [Required(ErrorMessage = Messages.Required)]
    public PersonalDataRequestKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    [MaxLength(PersonalDataRequest.TextLength, ErrorMessage = Messages.TooLong)]
    public string? RequestedBy { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The persons concerned, as the search names them ("casePerson/12").</summary>
    public List<string> Persons { get; set; } = [];

    [MaxLength(PersonalDataRequest.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }
}

public sealed record PersonalDataRequestDto(int Id, PersonalDataRequestKind Kind, string RequestedBy,
    DateOnly ReceivedOn, IReadOnlyList<string> Persons, string? Notes, DateOnly? HandledOn, string? HandledBy,
    int? PersonsAnonymised, int Version);

/// <summary>Decree 13/2023/NĐ-CP for the persons of the consular and foreigners' registers: find a person in every table
/// of persons, export what is stored about them, record the data subjects' requests and carry out erasures. Only for
/// holders of <see cref="Policies.SeePersons"/>, within their province; every read of identities is logged.</summary>
public sealed class PersonalDataService(AttacheDb db, CurrentUser user, PersonRecords records,
    PersonalDataProtector protector) : IFeatureService
{
    public const int MinNameLength = 2;

    /// <summary>The persons matching the query in the current province, their reads logged.</summary>
    public async Task<IReadOnlyList<PersonMatch>> FindAsync(PersonQuery query, CancellationToken ct)
    {
        await RequireSeePersonsAsync();
        InputValidation.Check(query);
        var name = TextSearch.Fold(query.Name);
        var number = NormaliseNumber(query.IdentityNumber);
        if (name.Length < MinNameLength && number.Length == 0)
        {
            throw InputValidation.Error("name", "Give at least two letters of the name, or the identity number.");
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<StoredPerson>();
        foreach (var table in PersonTables.All)
        {
            // Identity numbers are encrypted with a random IV, so equal numbers never look alike in the database: they
            // are compared here, decrypted, within the province's persons (hundreds to a few thousand). A keyed hash
            // column would make the lookup an index seek, but it is a second, linkable copy of every number and one
            // more key to keep; at a province's volume the decryption costs milliseconds.
            found.AddRange((await table.ListAsync(db, ct)).Where(p =>
                (words.Length == 0 || words.All(TextSearch.Fold(p.FullName).Contains))
                && (number.Length == 0 || NormaliseNumber(protector.Unprotect(p.IdentityNumberProtected)) == number)));
        }

        var matches = await ShowAsync(found, ct);
        await db.SaveChangesAsync(ct);
        return matches;
    }

    /// <summary>Everything stored about the person the query names: each record naming them, the person's fields
    /// (identity number in clear) and the record's own fields. The read is logged like any other.</summary>
    public async Task<PersonExport> ExportAsync(PersonQuery query, CancellationToken ct)
    {
        var matches = await FindAsync(query, ct);
        var exported = new List<ExportedRecord>();
        foreach (var m in matches)
        {
            var table = PersonTables.Find(m.Table)!;
            exported.Add(new ExportedRecord(m.Ref, m.Table, m.Entity, m.RecordId, m.Person,
                await table.RecordFieldsAsync(db, m.RecordId, ct)));
        }

        return new PersonExport(db.Clock.GetUtcNow(), db.Tenant.ProvinceCode, query.Name?.Trim(),
            query.IdentityNumber?.Trim(), exported);
    }

    public static readonly JsonSerializerOptions ExportJson = new(JsonSerializerOptions.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public async Task<Paged<PersonalDataRequestDto>> RequestsAsync(PageRequest page, CancellationToken ct)
    {
        await RequireSeePersonsAsync();
        InputValidation.Check(page);
        var result = await db.Set<PersonalDataRequest>().AsNoTracking()
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).ToPageAsync(page, ct);
        return new Paged<PersonalDataRequestDto>([.. result.Items.Select(ToDto)], result.Total, result.Page,
            result.PageSize);
    }

    public async Task<PersonalDataRequestDto?> RequestAsync(int id, CancellationToken ct)
    {
        await RequireSeePersonsAsync();
        return await db.Set<PersonalDataRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r
            ? ToDto(r)
            : null;
    }

    /// <summary>The persons a request concerns, as they are now (anonymised ones included); the read is logged.</summary>
    public async Task<IReadOnlyList<PersonMatch>> RequestPersonsAsync(PersonalDataRequestDto request,
        CancellationToken ct)
    {
        await RequireSeePersonsAsync();
        var stored = new List<StoredPerson>();
        foreach (var group in request.Persons.Select(ParseRef).GroupBy(r => r.Table))
        {
            var ids = group.Select(r => r.Id).ToHashSet();
            stored.AddRange((await group.Key.ListAsync(db, ct, anonymisedToo: true)).Where(p => ids.Contains(p.Id)));
        }

        var matches = await ShowAsync(stored, ct);
        await db.SaveChangesAsync(ct);
        return matches;
    }

    /// <summary>Records a data subject's request; it is carried out with <see cref="CarryOutAsync"/>.</summary>
    public async Task<PersonalDataRequestDto> CreateRequestAsync(PersonalDataRequestInput input, CancellationToken ct)
    {
        await RequireSeePersonsAsync();
        InputValidation.Check(input);
        var refs = input.Persons.Select(p => p.Trim()).Distinct().ToList();
        if (input.Kind == PersonalDataRequestKind.Erasure && refs.Count == 0)
        {
            throw InputValidation.Error("persons", "Name the persons to erase (find them first).");
        }

        for (var i = 0; i < refs.Count; i++)
        {
            if (!TryParseRef(refs[i], out var table, out var id)
                || !(await table.ListAsync(db, ct, anonymisedToo: true)).Any(p => p.Id == id))
            {
                throw InputValidation.Error($"persons[{i}]", "There is no such person in your province.");
            }
        }

        var joined = string.Join(',', refs);
        if (joined.Length > PersonalDataRequest.PersonsLength)
        {
            throw InputValidation.Error("persons", "Too many persons for one request: split it.");
        }

        var request = new PersonalDataRequest
        {
            Kind = input.Kind!.Value,
            RequestedBy = input.RequestedBy!.Trim(),
            ReceivedOn = input.ReceivedOn!.Value,
            Persons = joined,
            Notes = input.Notes?.Trim(),
        };
        db.Add(request);
        await db.SaveChangesAsync(ct);
        return ToDto(request);
    }

    /// <summary>Carries a request out: an erasure anonymises every person it concerns (the rows and every count stay,
    /// the audit trail records the change without the old values); an access or export request is marked answered.
    /// A request already carried out is a 409.</summary>
    public async Task<PersonalDataRequestDto?> CarryOutAsync(int id, CancellationToken ct)
    {
        await RequireSeePersonsAsync();
        var request = await db.Set<PersonalDataRequest>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return null;
        }

        if (request.HandledOn is not null)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict,
                "This request was already carried out on {0}.", request.HandledOn.Value);
        }

        var today = db.Clock.TodayInVietnam();
        if (request.Kind == PersonalDataRequestKind.Erasure)
        {
            var erased = 0;
            foreach (var group in SplitRefs(request.Persons).Select(ParseRef).GroupBy(r => r.Table))
            {
                erased += await group.Key.AnonymiseAsync(db, [.. group.Select(r => r.Id)], today, ct);
            }

            request.PersonsAnonymised = erased;
        }

        request.HandledOn = today;
        request.HandledBy = user.Principal.Identity?.Name;
        await db.SaveChangesAsync(ct);
        return ToDto(request);
    }

    private async Task<List<PersonMatch>> ShowAsync(List<StoredPerson> found, CancellationToken ct)
    {
        var matches = new List<PersonMatch>();
        foreach (var byTable in found.GroupBy(p => p.Table))
        {
            var table = PersonTables.Find(byTable.Key)!;
            var persons = (await table.LoadAsync(db, [.. byTable.Select(p => p.Id)], ct)).ToDictionary(p => p.Id);
            foreach (var byRecord in byTable.GroupBy(p => (p.RecordId, p.ProvinceId)))
            {
                IReadOnlyList<PersonDto> shown = table is not FamilyContactTable
                    ? records.Show(byRecord.Select(p => persons[p.Id]), true, table.Entity, byRecord.Key.RecordId,
                        byRecord.Key.ProvinceId)
                    : FamilyContacts(byRecord, table);
                matches.AddRange(shown.Select(p =>
                    new PersonMatch($"{table.Name}/{p.Id}", table.Name, table.Entity, byRecord.Key.RecordId, p)));
            }
        }

        return [.. matches.OrderBy(m => m.Person.FullName, StringComparer.Create(CultureInfo.InvariantCulture, true))
            .ThenBy(m => m.Ref, StringComparer.Ordinal)];
    }

    /// <summary>A case's family contact shown as a person: the text is the name; the read is logged.</summary>
    private List<PersonDto> FamilyContacts(IGrouping<(int RecordId, int ProvinceId), StoredPerson> byRecord,
        PersonTable table)
    {
        AuditQueries.RecordRead(db, table.Entity, byRecord.Key.RecordId, byRecord.Key.ProvinceId, "familyContact");
        return [.. byRecord.Select(p => new PersonDto(p.Id, true, p.FullName, null, null, null, null, p.FullName,
            null, null))];
    }

    private async Task RequireSeePersonsAsync()
    {
        if (!await user.MayAsync(Policies.SeePersons))
        {
            throw ProblemException.Forbidden("Persons' data is for the consular officers and the leaders of the "
                + "province.");
        }
    }

    /// <summary>Identity numbers compare without spaces, dots or dashes and in upper case.</summary>
    private static string NormaliseNumber(string? number) =>
        number is null ? string.Empty : new string([.. number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private static IEnumerable<string> SplitRefs(string persons) =>
        persons.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryParseRef(string text, out PersonTable table, out int id)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        table = slash > 0 ? PersonTables.Find(text[..slash])! : null!;
        id = 0;
        return table is not null
            && int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    private static (PersonTable Table, int Id) ParseRef(string text) =>
        TryParseRef(text, out var table, out var id) ? (table, id) : throw new FormatException(text);

    private static PersonalDataRequestDto ToDto(PersonalDataRequest r) => new(r.Id, r.Kind, r.RequestedBy,
        r.ReceivedOn, [.. SplitRefs(r.Persons)], r.Notes, r.HandledOn, r.HandledBy, r.PersonsAnonymised, r.Version);
}
