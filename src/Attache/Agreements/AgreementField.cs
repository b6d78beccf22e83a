using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Agreements;

/// <summary>A field of cooperation (tourism, border management…). Reference data shared by every province;
/// the administrator may add fields, so it is a table rather than an enum.</summary>
public sealed class AgreementField : Entity
{
    /// <summary>Stable key used by the API and filters: "tourism", "high-tech-agriculture".</summary>
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;
}

public sealed record AgreementFieldDto(int Id, string Code, string NameVi, string NameEn, int SortOrder, int Version);

public sealed class AgreementFieldInput
{
    [Required(ErrorMessage = Messages.Required), MaxLength(40, ErrorMessage = Messages.TooLong)]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$",
        ErrorMessage = "Use lower-case letters, digits and hyphens, e.g. digital-transformation.")]
    public string? Code { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? NameVi { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? NameEn { get; set; }

    [Range(0, 10_000, ErrorMessage = Messages.OutOfRange)]
    public int? SortOrder { get; set; }

    /// <summary>The version the administrator saw, required when renaming; a stale one is refused with 409.</summary>
    public int? Version { get; set; }
}

/// <summary>The default fields of cooperation, by code, and their seeding.</summary>
public static class AgreementFields
{
    public const string HighTechAgriculture = "high-tech-agriculture";
    public const string Tourism = "tourism";
    public const string Education = "education";
    public const string Labour = "labour-employment";
    public const string Trade = "trade";
    public const string Health = "health";
    public const string Culture = "culture";
    public const string BorderManagement = "border-management";
    public const string Environment = "environment";
    public const string Investment = "investment";
    public const string Other = "other";

    /// <summary>The fields named in issue 3; every installation starts with them.</summary>
    private static readonly (string Code, string Vi, string En)[] Defaults =
    [
        (HighTechAgriculture, "Nông nghiệp công nghệ cao", "High-tech agriculture"),
        (Tourism, "Du lịch", "Tourism"),
        (Education, "Giáo dục, đào tạo", "Education and training"),
        (Labour, "Lao động, việc làm", "Labour and employment"),
        (Trade, "Thương mại", "Trade"),
        (Health, "Y tế", "Health"),
        (Culture, "Văn hóa", "Culture"),
        (BorderManagement, "Quản lý biên giới", "Border management"),
        (Environment, "Môi trường", "Environment"),
        (Investment, "Đầu tư", "Investment"),
        (Other, "Lĩnh vực khác", "Other"),
    ];

    /// <summary>Adds the default fields that are missing; names an administrator changed are left as they
    /// are.</summary>
    public static async Task EnsureAsync(AttacheDb db, CancellationToken ct)
    {
        var existing = await db.Set<AgreementField>().Select(f => f.Code).ToListAsync(ct);
        var missing = Defaults.Select((d, i) => (d, i)).Where(x => !existing.Contains(x.d.Code))
            .Select(x => new AgreementField
            {
                Code = x.d.Code, NameVi = x.d.Vi, NameEn = x.d.En, SortOrder = (x.i + 1) * 10,
            })
            .ToList();
        if (missing.Count > 0)
        {
            db.AddRange(missing);
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>Seeds the default fields when the application starts (after the migrations ran), on every
/// database.</summary>
internal sealed class AgreementFieldSeeder(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        db.Tenant.UseAll();
        await AgreementFields.EnsureAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class AgreementFieldConfiguration : IEntityTypeConfiguration<AgreementField>
{
    public void Configure(EntityTypeBuilder<AgreementField> b)
    {
        b.Property(f => f.Code).HasMaxLength(40);
        b.HasIndex(f => f.Code).IsUnique();
        b.Property(f => f.NameVi).HasMaxLength(200);
        b.Property(f => f.NameEn).HasMaxLength(200);
    }
}
