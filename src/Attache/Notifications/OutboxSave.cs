using Attache.Infrastructure;

namespace Attache.Notifications;

/// <summary>For a notification that needs the saved change (the new record's id in its link, the saved programme in
/// an invitation): saves the change, lets <c>queue</c> read it and queue, then saves again — both saves
/// in one transaction (the caller's, if one is open), so that the change and its notifications land together.
/// </summary>
public static class OutboxSave
{
    public static async Task SaveThenQueueAsync(AttacheDb db, Func<Task> queue, CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        await db.SaveChangesAsync(ct);
        await queue();
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }
}
