using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Attache.Consular;
using Attache.Dossiers;
using Attache.Foreigners;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.PersonalData;

/// <summary>A person as stored in one table of persons: enough to find them (name, encrypted identity number) and to
/// name the record they belong to.</summary>
public sealed record StoredPerson(string Table, int Id, string Entity, int RecordId, int ProvinceId, string FullName,
    string? IdentityNumberProtected);

/// <summary>One table that holds persons (personal data under Decree 13/2023/NĐ-CP): how to read its persons, how to
/// erase one, and which of them belong to records that ended before a day (the retention rule).</summary>
public abstract class PersonTable
{
    /// <summary>The table's name on the wire ("casePerson"), with the person's id it names one person.</summary>
    public abstract string Name { get; }

    /// <summary>The record the persons belong to, as the audit trail names it ("citizenCase").</summary>
    public abstract string Entity { get; }

    /// <summary>The persons of the current province, without the anonymised ones unless asked.</summary>
    public abstract Task<List<StoredPerson>> ListAsync(AttacheDb db, CancellationToken ct, bool anonymisedToo = false);

    /// <summary>Every field stored on the record itself (not its persons), as text, for the export.</summary>
    public abstract Task<IReadOnlyDictionary<string, string?>> RecordFieldsAsync(AttacheDb db, int recordId,
        CancellationToken ct);

    /// <summary>The persons named by <paramref name="ids"/>, as the readers of <see cref="PersonRecords"/> show them,
    /// grouped by record; the caller logs and saves.</summary>
    public abstract Task<List<PersonRecord>> LoadAsync(AttacheDb db, IReadOnlyCollection<int> ids, CancellationToken ct);

    /// <summary>Erases the identity of the persons named; the rows (and so every count) stay. The caller saves.</summary>
    public abstract Task<int> AnonymiseAsync(AttacheDb db, IReadOnlyCollection<int> ids, DateOnly today,
        CancellationToken ct);

    /// <summary>The persons not yet anonymised whose record ended before <paramref name="cutoff"/> (see
    /// <see cref="PersonTables.RetentionRule"/>), in one province.</summary>
    public abstract Task<List<int>> EndedBeforeAsync(AttacheDb db, int provinceId, DateOnly cutoff,
        CancellationToken ct);
}

/// <summary>Every table of persons of the app, listed once. A new record type that names persons adds its line here,
/// and search, export, erasure and retention cover it.</summary>
public static class PersonTables
{
    /// <summary>When a record is "older than the retention period": the day it ended is more than the period before
    /// today in Viet Nam. The day a record ends: a citizen case or a foreigners' incident when it was closed, a
    /// foreigners' visit on its last day, a border handover on the day the citizens were received, a dossier when its
    /// result was returned. A record that has not ended (an open case, a dossier in progress) is kept whatever its
    /// age.</summary>
    public const string RetentionRule = "A record is older than the retention period when the day it ended (a case "
        + "or incident closed, the last day of a visit, the day of a handover, the day a dossier's result was "
        + "returned) is more than the period before today in Viet Nam; a record that has not ended is kept.";

    public static IReadOnlyList<PersonTable> All { get; } =
    [
        new PersonTable<CasePerson, CitizenCase>("casePerson", "citizenCase", nameof(CasePerson.CaseId),
            c => c.ClosedOn),
        new PersonTable<HandoverPerson, BorderHandover>("handoverPerson", "borderHandover",
            nameof(HandoverPerson.HandoverId), h => h.ReceivedOn),
        new PersonTable<IncidentPerson, ForeignerIncident>("incidentPerson", "foreignerIncident",
            nameof(IncidentPerson.IncidentId), i => i.ClosedOn),
        new PersonTable<VisitPerson, ForeignerVisit>("visitPerson", "foreignerVisit", nameof(VisitPerson.VisitId),
            v => v.EndsOn),
        new PersonTable<DossierApplicant, Dossier>("dossierApplicant", "dossier", nameof(DossierApplicant.DossierId),
            d => d.ReturnedOn),
        new FamilyContactTable(),
    ];

    public static PersonTable? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The record's stored fields by their JSON names (its search column left out), as text.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> FieldsAsync<TRecord>(AttacheDb db, int id,
        CancellationToken ct) where TRecord : Entity
    {
        var record = await db.Set<TRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        var fields = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        if (record is null)
        {
            return fields;
        }

        foreach (var property in db.Model.FindEntityType(typeof(TRecord))!.GetProperties())
        {
            if (property.PropertyInfo is { } info && info.Name != nameof(ISearchable.SearchText))
            {
                fields[JsonNamingPolicy.CamelCase.ConvertName(info.Name)] = info.GetValue(record) switch
                {
                    null => null,
                    DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
                    DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString(),
                };
            }
        }

        return fields;
    }

    /// <summary>What an anonymised person keeps: the row, nationality, gender and part in the record (so that every
    /// count stays), and the day of the erasure.</summary>
    public static void Anonymise(PersonRecord person, DateOnly today)
    {
        person.FullName = PersonRecord.AnonymisedName;
        person.IdentityNumberProtected = null;
        person.BirthYear = null;
        person.Contact = null;
        person.AnonymisedOn ??= today;
    }
}

/// <summary>The persons of <typeparamref name="TPerson"/>, each belonging to a <typeparamref name="TRecord"/> through
/// the foreign key <paramref name="recordKey"/>; the record ended on <paramref name="endedOn"/>.</summary>
internal sealed class PersonTable<TPerson, TRecord>(string name, string entity, string recordKey,
    Expression<Func<TRecord, DateOnly?>> endedOn) : PersonTable
    where TPerson : PersonRecord where TRecord : ProvinceEntity
{
    public override string Name => name;
    public override string Entity => entity;

    public override Task<List<StoredPerson>> ListAsync(AttacheDb db, CancellationToken ct,
        bool anonymisedToo = false) =>
        db.Set<TPerson>().AsNoTracking().Where(p => anonymisedToo || p.AnonymisedOn == null)
            .Select(p => new StoredPerson(name, p.Id, entity, EF.Property<int>(p, recordKey), p.ProvinceId,
                p.FullName, p.IdentityNumberProtected))
            .ToListAsync(ct);

    public override async Task<List<PersonRecord>> LoadAsync(AttacheDb db, IReadOnlyCollection<int> ids,
        CancellationToken ct) =>
        [.. await db.Set<TPerson>().Where(p => ids.Contains(p.Id)).ToListAsync(ct)];

    public override Task<IReadOnlyDictionary<string, string?>> RecordFieldsAsync(AttacheDb db, int recordId,
        CancellationToken ct) => PersonTables.FieldsAsync<TRecord>(db, recordId, ct);

    public override async Task<int> AnonymiseAsync(AttacheDb db, IReadOnlyCollection<int> ids, DateOnly today,
        CancellationToken ct)
    {
        var persons = await db.Set<TPerson>().Where(p => ids.Contains(p.Id) && p.AnonymisedOn == null).ToListAsync(ct);
        foreach (var person in persons)
        {
            PersonTables.Anonymise(person, today);
        }

        return persons.Count;
    }

    public override Task<List<int>> EndedBeforeAsync(AttacheDb db, int provinceId, DateOnly cutoff,
        CancellationToken ct)
    {
        // r => r.ProvinceId == provinceId && endedOn(r) < cutoff; a null end (not ended) never compares true.
        var record = endedOn.Parameters[0];
        var ended = Expression.Lambda<Func<TRecord, bool>>(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(record, nameof(ProvinceEntity.ProvinceId)),
                    Expression.Constant(provinceId)),
                Expression.LessThan(endedOn.Body, Expression.Constant((DateOnly?)cutoff, typeof(DateOnly?)))),
            record);
        var records = db.Set<TRecord>().Where(ended).Select(r => r.Id);
        return db.Set<TPerson>()
            .Where(p => p.ProvinceId == provinceId && p.AnonymisedOn == null
                && records.Contains(EF.Property<int>(p, recordKey)))
            .Select(p => p.Id).ToListAsync(ct);
    }
}

/// <summary>The family contact of a citizen case (<see cref="CitizenCase.FamilyContact"/>): personal data of the
/// citizen's family, found, exported and erased like a person; its id is the case's.</summary>
internal sealed class FamilyContactTable : PersonTable
{
    public override string Name => "familyContact";
    public override string Entity => "citizenCase";

    public override Task<List<StoredPerson>> ListAsync(AttacheDb db, CancellationToken ct,
        bool anonymisedToo = false) =>
        db.Set<CitizenCase>().AsNoTracking().Where(c => anonymisedToo || c.FamilyContact != null)
            .Select(c => new StoredPerson(Name, c.Id, Entity, c.Id, c.ProvinceId,
                c.FamilyContact ?? PersonRecord.AnonymisedName, null))
            .ToListAsync(ct);

    public override Task<IReadOnlyDictionary<string, string?>> RecordFieldsAsync(AttacheDb db, int recordId,
        CancellationToken ct) => PersonTables.FieldsAsync<CitizenCase>(db, recordId, ct);

    public override Task<List<PersonRecord>> LoadAsync(AttacheDb db, IReadOnlyCollection<int> ids,
        CancellationToken ct) => Task.FromResult(new List<PersonRecord>());

    public override async Task<int> AnonymiseAsync(AttacheDb db, IReadOnlyCollection<int> ids, DateOnly today,
        CancellationToken ct)
    {
        var cases = await db.Set<CitizenCase>().Where(c => ids.Contains(c.Id) && c.FamilyContact != null)
            .ToListAsync(ct);
        foreach (var c in cases)
        {
            c.FamilyContact = null;
        }

        return cases.Count;
    }

    public override Task<List<int>> EndedBeforeAsync(AttacheDb db, int provinceId, DateOnly cutoff,
        CancellationToken ct) =>
        db.Set<CitizenCase>()
            .Where(c => c.ProvinceId == provinceId && c.FamilyContact != null && c.ClosedOn < cutoff)
            .Select(c => c.Id).ToListAsync(ct);
}
