using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Dossiers;

/// <summary>A Vietnamese public holiday (or a day off the government moves), kept by the administrator for the whole
/// country: no working day for the dossiers' deadlines.</summary>
public sealed class PublicHoliday : Entity
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
    public string? NameEnglish { get; set; }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> b)
    {
        b.Property(h => h.Name).HasMaxLength(200);
        b.Property(h => h.NameEnglish).HasMaxLength(200);
        b.HasIndex(h => h.Date).IsUnique();
    }
}
