using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Attache.Audit;

/// <summary>Turns the change tracker's pending changes into <see cref="AuditEntry"/> rows.</summary>
internal static class AuditRecorder
{
    private static readonly HashSet<string> Skipped =
        [nameof(Entity.Id), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt), nameof(Entity.Version), nameof(ISearchable.SearchText),
            nameof(IProvinceOwned.ProvinceId)];

    public const string Hidden = "•••";

    public static string EntityName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    /// <param name="tenantProvince">The province the request works in: the province of a child record that has none
    /// of its own (an article's translation), so that its changes are in the history the province sees.</param>
    public static List<(EntityEntry Entry, AuditEntry Audit)> Capture(ChangeTracker tracker, ClaimsPrincipal? user,
        DateTime now, int? tenantProvince = null)
    {
        var userId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var userName = user?.Identity?.Name;
        var pending = new List<(EntityEntry, AuditEntry)>();
        foreach (var entry in tracker.Entries<Entity>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var parent = entry.Entity is IAuditChild child ? child.AuditParent : default;
            var audit = new AuditEntry
            {
                Entity = EntityName(entry.Entity.GetType()),
                ProvinceId = (entry.Entity as IProvinceOwned)?.ProvinceId ?? ParentProvince(tracker, parent)
                    ?? tenantProvince,
                ParentEntity = parent.Entity,
                ParentId = parent.Entity is null ? null : parent.Id,
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                UserId = userId,
                UserName = userName,
                At = now,
                Changes = JsonSerializer.Serialize(changes, JsonSerializerOptions.Web),
            };
            pending.Add((entry, audit));
        }

        return pending;
    }

    /// <summary>A new record's values are read again after the save: keys the database gave (a contact's
    /// partnerId) are only known then.</summary>
    public static void Complete(EntityEntry entry, AuditEntry audit)
    {
        if (audit.Action == AuditAction.Created)
        {
            audit.Changes = JsonSerializer.Serialize(Changes(entry, EntityState.Added), JsonSerializerOptions.Web);
        }
    }

    /// <summary>The province of a child's parent when the parent is tracked (saved with it, or loaded to change it).</summary>
    private static int? ParentProvince(ChangeTracker tracker, (string? Entity, int Id) parent) =>
        parent.Entity is null
            ? null
            : tracker.Entries<Entity>().Where(e => e.Entity.Id == parent.Id && EntityName(e.Entity.GetType()) == parent.Entity)
                .Select(e => (e.Entity as IProvinceOwned)?.ProvinceId).FirstOrDefault();

    private static List<FieldChange> Changes(EntityEntry entry) => Changes(entry, entry.State);

    private static List<FieldChange> Changes(EntityEntry entry, EntityState state)
    {
        var list = new List<FieldChange>();
        foreach (var p in entry.Properties)
        {
            // A key the database has not given yet (a new child's parent id) would read as a negative placeholder;
            // the parent link is recorded in ParentEntity/ParentId instead.
            if (Skipped.Contains(p.Metadata.Name) || p.Metadata.IsShadowProperty() || p.IsTemporary)
            {
                continue;
            }

            var from = state == EntityState.Added ? null : Format(p.OriginalValue);
            var to = state == EntityState.Deleted ? null : Format(p.CurrentValue);
            if (state == EntityState.Modified && (!p.IsModified || from == to))
            {
                continue;
            }

            if ((from is null or "[]") && (to is null or "[]"))
            {
                continue;
            }

            // The audit trail is readable by every role of the province; personal data (a worker's name) must not
            // reach those who may not see the record itself, so only the fact of the change is kept.
            if (p.Metadata.PropertyInfo?.IsDefined(typeof(Microsoft.AspNetCore.Identity.PersonalDataAttribute), inherit: true) == true)
            {
                from = from is null ? null : Hidden;
                to = to is null ? null : Hidden;
            }

            list.Add(new FieldChange(JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name), from, to));
        }

        return list;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        // A stored file's bytes: its size and SHA-256 are recorded beside it, the bytes themselves would swamp the trail.
        byte[] => null,
        System.Collections.IEnumerable e => JsonSerializer.Serialize(e, JsonSerializerOptions.Web),
        _ => value.ToString(),
    };
}
