using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Delegations;

/// <summary>Attache:Delegations settings.</summary>
public sealed class DelegationOptions
{
    public const string Section = "Attache:Delegations";

    /// <summary>Days after return within which an outbound delegation owes its outcome report.</summary>
    [Range(1, 365, ErrorMessage = "Attache:Delegations:ReportDueDays must be between 1 and 365 days.")]
    public int ReportDueDays { get; set; } = 15;
}

public static class DelegationSetup
{
    public static IServiceCollection AddAttacheDelegations(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddOptions<DelegationOptions>().Bind(configuration.GetSection(DelegationOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.Property(d => d.Title).HasMaxLength(DelegationInput.TitleLength);
        b.Property(d => d.Purpose).HasMaxLength(DelegationInput.TextLength);
        b.Property(d => d.HeadName).HasMaxLength(DelegationInput.NameLength);
        b.Property(d => d.HeadTitle).HasMaxLength(DelegationInput.NameLength);
        b.Property(d => d.HeadOrganisation).HasMaxLength(DelegationInput.OrganisationLength);
        b.Property(d => d.Places).HasMaxLength(DelegationInput.PlacesLength);
        b.Property(d => d.DecisionNumber).HasMaxLength(DelegationInput.NumberLength);
        b.Property(d => d.ApprovingAuthority).HasMaxLength(DelegationInput.OrganisationLength);
        b.Property(d => d.Outcome).HasMaxLength(DelegationInput.TextLength);
        b.Property(d => d.CancellationReason).HasMaxLength(DelegationInput.NoteLength);
        b.HasMany(d => d.Countries).WithOne().HasForeignKey(c => c.DelegationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Partners).WithOne().HasForeignKey(p => p.DelegationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Members).WithOne().HasForeignKey(m => m.DelegationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Itinerary).WithOne().HasForeignKey(i => i.DelegationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.ProvinceId, d.Direction, d.StartsOn });
        b.HasIndex(d => new { d.ProvinceId, d.Status, d.EndsOn });
    }
}

internal sealed class DelegationCountryConfiguration : IEntityTypeConfiguration<DelegationCountry>
{
    public void Configure(EntityTypeBuilder<DelegationCountry> b)
    {
        b.Property(c => c.Country).HasMaxLength(2);
        b.HasIndex(c => new { c.DelegationId, c.Country }).IsUnique();
        b.HasIndex(c => new { c.ProvinceId, c.Country });
    }
}

internal sealed class DelegationPartnerConfiguration : IEntityTypeConfiguration<DelegationPartner>
{
    public void Configure(EntityTypeBuilder<DelegationPartner> b)
    {
        // A partner that delegations name cannot be deleted from the register (409 "still in use").
        b.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.DelegationId, p.PartnerId }).IsUnique();
    }
}

internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> b)
    {
        b.Property(m => m.Name).HasMaxLength(DelegationInput.NameLength);
        b.Property(m => m.Title).HasMaxLength(DelegationInput.NameLength);
        b.Property(m => m.Organisation).HasMaxLength(DelegationInput.OrganisationLength);
        b.Property(m => m.Nationality).HasMaxLength(2);
        b.Property(m => m.Email).HasMaxLength(DelegationInput.EmailLength);
    }
}

internal sealed class ItineraryItemConfiguration : IEntityTypeConfiguration<ItineraryItem>
{
    public void Configure(EntityTypeBuilder<ItineraryItem> b)
    {
        b.ToTable("DelegationItinerary");
        b.Property(i => i.Place).HasMaxLength(DelegationInput.OrganisationLength);
        b.Property(i => i.Activity).HasMaxLength(DelegationInput.NoteLength);
        b.Property(i => i.Counterpart).HasMaxLength(DelegationInput.OrganisationLength);
        b.HasIndex(i => new { i.ProvinceId, i.Date });
    }
}
