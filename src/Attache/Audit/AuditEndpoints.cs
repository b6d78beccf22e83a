using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Audit;

public sealed record AuditRow(long Id, string Entity, int EntityId, AuditAction Action, string? UserName, DateTime At,
    IReadOnlyList<FieldChange> Changes);

public sealed class AuditQuery : PageRequest
{
    [Required]
    public string? Entity { get; set; }

    [Required]
    public int? Id { get; set; }
}

public static class AuditQueries
{
    /// <summary>The history of one record, its child records (a partner's contacts) included, newest first.</summary>
    public static async Task<Paged<AuditRow>> HistoryAsync(AttacheDb db, AuditQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var entity = q.Entity!;
        var id = q.Id!.Value;
        var page = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.Entity == entity && a.EntityId == id) || (a.ParentEntity == entity && a.ParentId == id))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToPageAsync(q, ct);
        return new Paged<AuditRow>(
            [.. page.Items.Select(a => new AuditRow(a.Id, a.Entity, a.EntityId, a.Action, a.UserName, a.At,
                JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, JsonSerializerOptions.Web) ?? []))],
            page.Total, page.Page, page.PageSize);
    }

    /// <summary>Records that someone read personal data (delegation members, workers), for the audit trail.</summary>
    public static void RecordRead(AttacheDb db, string entity, int id, int provinceId, string what)
    {
        var user = db.CurrentUser;
        db.AuditEntries.Add(new AuditEntry
        {
            Entity = entity,
            EntityId = id,
            ProvinceId = provinceId,
            Action = AuditAction.Read,
            UserId = user?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            UserName = user?.Identity?.Name,
            At = db.Clock.GetUtcNow().UtcDateTime,
            Changes = JsonSerializer.Serialize(new[] { new FieldChange(what, null, null) }, JsonSerializerOptions.Web),
        });
    }
}

public sealed class AuditEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", (AttacheDb db, [AsParameters] AuditQuery q, CancellationToken ct) => AuditQueries.HistoryAsync(db, q, ct))
            .WithTags("Audit").RequireAuthorization(Policies.Read)
            .WithName("AuditHistory").WithSummary("A record's history")
            .WithDescription("Who changed what and when on one record (entity, id) and its child records, newest "
                + "first, a page at a time.");
        return app;
    }
}
