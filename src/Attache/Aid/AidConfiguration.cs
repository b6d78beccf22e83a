using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Aid;

internal sealed class AidProjectConfiguration : IEntityTypeConfiguration<AidProject>
{
    public void Configure(EntityTypeBuilder<AidProject> b)
    {
        b.Property(p => p.Identifier).HasMaxLength(AidInput.IdentifierLength);
        b.Property(p => p.TitleVi).HasMaxLength(AidInput.TitleLength);
        b.Property(p => p.TitleEn).HasMaxLength(AidInput.TitleLength);
        b.Property(p => p.DescriptionVi).HasMaxLength(AidInput.DescriptionLength);
        b.Property(p => p.DescriptionEn).HasMaxLength(AidInput.DescriptionLength);
        b.Property(p => p.DecisionNumber).HasMaxLength(100);
        b.Property(p => p.DecisionAuthority).HasMaxLength(300);
        b.Property(p => p.DefaultCurrency).HasMaxLength(3);
        b.Property(p => p.IatiFingerprint).HasMaxLength(64);
        b.HasIndex(p => new { p.ProvinceId, p.Identifier }).IsUnique();
        b.HasIndex(p => new { p.ProvinceId, p.Kind });
        b.HasMany(p => p.Participants).WithOne().HasForeignKey(x => x.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Sectors).WithOne().HasForeignKey(x => x.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Locations).WithOne().HasForeignKey(x => x.AidProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Transactions).WithOne(t => t.Project).HasForeignKey(x => x.AidProjectId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Budgets).WithOne().HasForeignKey(x => x.AidProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AidParticipantConfiguration : IEntityTypeConfiguration<AidParticipant>
{
    public void Configure(EntityTypeBuilder<AidParticipant> b)
    {
        b.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.OrganisationRef).HasMaxLength(100);
        b.Property(p => p.OrganisationType).HasMaxLength(10);
        b.HasIndex(p => new { p.PartnerId, p.Role });
    }
}

internal sealed class AidSectorConfiguration : IEntityTypeConfiguration<AidSector>
{
    public void Configure(EntityTypeBuilder<AidSector> b)
    {
        b.Property(s => s.Code).HasMaxLength(5);
        b.Property(s => s.Percentage).HasPrecision(5, 2);
        b.HasIndex(s => s.Code);
    }
}

internal sealed class AidLocationConfiguration : IEntityTypeConfiguration<AidLocation>
{
    public void Configure(EntityTypeBuilder<AidLocation> b)
    {
        b.Property(l => l.Commune).HasMaxLength(200);
        b.HasIndex(l => l.Commune);
    }
}

internal sealed class AidTransactionConfiguration : IEntityTypeConfiguration<AidTransaction>
{
    public void Configure(EntityTypeBuilder<AidTransaction> b)
    {
        b.Ignore(t => t.Money);
        b.Property(t => t.Currency).HasMaxLength(3);
        b.Property(t => t.Description).HasMaxLength(1000);
        b.Property(t => t.ProviderName).HasMaxLength(300);
        b.Property(t => t.ProviderRef).HasMaxLength(100);
        b.Property(t => t.ReceiverName).HasMaxLength(300);
        b.Property(t => t.ReceiverRef).HasMaxLength(100);
        b.HasOne(t => t.ProviderPartner).WithMany().HasForeignKey(t => t.ProviderPartnerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.AidProjectId, t.Date });
        b.HasIndex(t => new { t.Type, t.Currency, t.ValueDate });
    }
}

internal sealed class AidBudgetConfiguration : IEntityTypeConfiguration<AidBudget>
{
    public void Configure(EntityTypeBuilder<AidBudget> b) => b.Property(x => x.Currency).HasMaxLength(3);
}
