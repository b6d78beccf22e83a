using Attache.Provinces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Notifications;

/// <summary>The claim of one day's reminders for one province: the row is inserted in the same transaction as the
/// notifications the rules queue, and (province, day) is unique, so when two app instances run the same day the
/// second one's insert fails and it queues nothing (see ReminderRunner).</summary>
public sealed class ReminderRun
{
    public int Id { get; set; }
    public int ProvinceId { get; set; }

    /// <summary>The day in Viet Nam the rules were asked about.</summary>
    public DateOnly Day { get; set; }

    public DateTime RanAt { get; set; }

    /// <summary>How many notifications the run queued (after deduplication).</summary>
    public int Queued { get; set; }
}

internal sealed class ReminderRunConfiguration : IEntityTypeConfiguration<ReminderRun>
{
    public void Configure(EntityTypeBuilder<ReminderRun> b)
    {
        b.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ProvinceId, r.Day }).IsUnique();
    }
}
