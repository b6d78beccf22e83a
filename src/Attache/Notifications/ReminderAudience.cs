using Attache.Accounts;
using Attache.Audit;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Notifications;

/// <summary>Who a rule tells about a record of one province: the officer who created the record (its audit trail's
/// Created entry, while that person is still a user of the province) when known, else the users of the province
/// with the desk's role; and, for what is overdue, the province's Leaders as well.</summary>
public sealed class ReminderAudience
{
    private readonly IReadOnlyDictionary<int, string> creators;
    private readonly IReadOnlyList<string> desk;
    private readonly IReadOnlyList<string> leaders;

    private ReminderAudience(IReadOnlyDictionary<int, string> creators, IReadOnlyList<string> desk,
        IReadOnlyList<string> leaders)
    {
        this.creators = creators;
        this.desk = desk;
        this.leaders = leaders;
    }

    /// <summary>The audience of the records <paramref name="ids"/> of <paramref name="entity"/> (an audit entity
    /// name, "delegation"); <paramref name="deskRole"/> is told when the creator is unknown.</summary>
    public static async Task<ReminderAudience> LoadAsync(AttacheDb db, int provinceId, string? entity,
        IReadOnlyCollection<int> ids, string deskRole, bool withLeaders, CancellationToken ct)
    {
        var creators = entity is null || ids.Count == 0
            ? new Dictionary<int, string>()
            : await CreatorsAsync(db, provinceId, entity, ids, ct);
        return new ReminderAudience(creators, await InRoleAsync(db, provinceId, deskRole, ct),
            withLeaders ? await InRoleAsync(db, provinceId, Roles.Leader, ct) : []);
    }

    /// <summary>The people to tell about record <paramref name="id"/>, each once.</summary>
    public IEnumerable<string> For(int id) =>
        (creators.TryGetValue(id, out var creator) ? [creator] : desk).Concat(leaders).Distinct();

    /// <summary>The users of the province who hold <paramref name="role"/>.</summary>
    public static async Task<IReadOnlyList<string>> InRoleAsync(AttacheDb db, int provinceId, string role,
        CancellationToken ct) =>
        await (from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               where u.ProvinceId == provinceId && r.Name == role
               orderby u.Id
               select u.Id).Distinct().ToListAsync(ct);

    /// <summary>Who created each record, by the audit trail; records created by the system (demo data, imports) or
    /// by someone no longer in the province have none.</summary>
    public static async Task<Dictionary<int, string>> CreatorsAsync(AttacheDb db, int provinceId, string entity,
        IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var rows = await (from a in db.AuditEntries.IgnoreQueryFilters()
                          join u in db.Users on a.UserId equals u.Id
                          where a.Entity == entity && a.Action == AuditAction.Created && list.Contains(a.EntityId)
                              && a.ProvinceId == provinceId && u.ProvinceId == provinceId
                          select new { a.EntityId, u.Id }).ToListAsync(ct);
        return rows.GroupBy(r => r.EntityId).ToDictionary(g => g.Key, g => g.First().Id);
    }
}
