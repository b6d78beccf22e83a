using Attache.Accounts;
using Attache.Audit;
using Attache.Infrastructure;

namespace Attache.Consular;

/// <summary>The one way the consular and foreigners' desks show, change and log the persons of their records:
/// identities only for <see cref="Policies.SeePersons"/>, every read of identities logged in the audit trail, identity
/// numbers encrypted by <see cref="PersonalDataProtector"/>.</summary>
public sealed class PersonRecords(AttacheDb db, CurrentUser user, PersonalDataProtector protector) : IFeatureService
{
    public Task<bool> MaySeeAsync() => user.MayAsync(Policies.SeePersons);

    /// <summary>The persons as this reader may see them. When <paramref name="maySee"/> is true and at least one
    /// person is listed, the read is logged against the record (<paramref name="entity"/>, <paramref name="id"/>);
    /// the caller saves.</summary>
    public IReadOnlyList<PersonDto> Show(IEnumerable<PersonRecord> persons, bool maySee, string entity, int id,
        int provinceId)
    {
        var list = persons.OrderBy(p => p.Id).ToList();
        if (maySee && list.Count > 0)
        {
            AuditQueries.RecordRead(db, entity, id, provinceId, $"persons ({list.Count})");
        }

        return [.. list.Select(p => maySee
            ? new PersonDto(p.Id, true, p.FullName, protector.Unprotect(p.IdentityNumberProtected), p.Nationality,
                p.BirthYear, p.Gender, p.Contact, p.Note, p.AnonymisedOn)
            : new PersonDto(p.Id, false, null, null, p.Nationality, null, p.Gender, null, null, p.AnonymisedOn))];
    }

    /// <summary>The names on each record of a list page, for a reader who may see them (<see cref="MaySeeAsync"/>):
    /// the read of each record is logged like <see cref="Show"/> does; the caller saves.</summary>
    public IReadOnlyDictionary<int, string> Names<T>(IEnumerable<T> persons, Func<T, int> owner, string entity)
        where T : PersonRecord =>
        persons.GroupBy(owner).ToDictionary(g => g.Key, g => string.Join(", ",
            Show(g, maySee: true, entity, g.Key, g.First().ProvinceId).Select(p => p.FullName)));

    /// <summary>Makes <paramref name="persons"/> what <paramref name="input"/> says: persons named by id are changed,
    /// new ones added with <paramref name="create"/>, the others removed. Null input leaves the persons as they are.
    /// Only a holder of <see cref="Policies.SeePersons"/> may change persons (403 otherwise).</summary>
    public async Task ApplyAsync<T>(List<T> persons, IReadOnlyList<PersonInput>? input, Func<T> create,
        string field = "persons") where T : PersonRecord
    {
        if (input is null)
        {
            return;
        }

        if (!await MaySeeAsync())
        {
            throw ProblemException.Forbidden("The persons of consular records are personal data: only the consular "
                + "officers and the leaders of the province see and change them.");
        }

        var byId = persons.ToDictionary(p => p.Id);
        for (var i = 0; i < input.Count; i++)
        {
            if (input[i].Id is { } existing && !byId.ContainsKey(existing))
            {
                throw InputValidation.Error($"{field}[{i}].id", "There is no such person on this record.");
            }
        }

        var kept = input.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        persons.RemoveAll(p => !kept.Contains(p.Id));
        foreach (var entry in input)
        {
            var person = entry.Id is { } id ? byId[id] : create();
            if (entry.Id is null)
            {
                persons.Add(person);
            }

            person.FullName = entry.FullName!.Trim();
            if (!string.IsNullOrWhiteSpace(entry.IdentityNumber))
            {
                person.IdentityNumberProtected = protector.Protect(entry.IdentityNumber);
            }

            person.Nationality = entry.Nationality?.ToUpperInvariant();
            person.BirthYear = entry.BirthYear;
            person.Gender = entry.Gender;
            person.Contact = entry.Contact?.Trim();
            person.Note = entry.Note?.Trim();
        }
    }
}
