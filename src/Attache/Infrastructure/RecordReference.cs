using System.Reflection;
using Attache.Audit;
using Microsoft.EntityFrameworkCore;

namespace Attache.Infrastructure;

/// <summary>A reference to a record by its kind (the name the audit trail gives it) and id, checked against the
/// tenant: a link to a missing record or to another province's record would count as work done that was not.</summary>
public static class RecordReference
{
    /// <summary>Short names that the API and the demo data use for records whose type name is longer.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["event"] = "cooperationEvent" };

    private static readonly MethodInfo Exists =
        typeof(RecordReference).GetMethod(nameof(ExistsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Refuses (400, naming <paramref name="entityField"/> or <paramref name="idField"/>) a reference to a
    /// kind of record that does not exist or to a record that is not in province <paramref name="provinceId"/>.</summary>
    public static async Task CheckAsync(AttacheDb db, string entity, int id, int provinceId, string entityField, string idField,
        CancellationToken ct)
    {
        var name = Aliases.GetValueOrDefault(entity, entity);
        var type = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && typeof(ProvinceEntity).IsAssignableFrom(t.ClrType) && AuditRecorder.EntityName(t.ClrType) == name)
            .Select(t => t.ClrType).FirstOrDefault()
            ?? throw InputValidation.Error(entityField, $"'{entity}' is not a kind of record of Attaché.");
        var found = await (Task<bool>)Exists.MakeGenericMethod(type).Invoke(null, [db, id, provinceId, ct])!;
        if (!found)
        {
            throw InputValidation.Error(idField, $"There is no {entity} {id} in this province.");
        }
    }

    private static Task<bool> ExistsAsync<T>(AttacheDb db, int id, int provinceId, CancellationToken ct) where T : ProvinceEntity =>
        db.Set<T>().AnyAsync(e => e.Id == id && e.ProvinceId == provinceId, ct);
}
