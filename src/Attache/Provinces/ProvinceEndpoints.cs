using System.ComponentModel.DataAnnotations;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Provinces;

public sealed record ProvinceDto(int Id, string Code, string NameVi, string NameEn);

public sealed class ProvinceInput
{
    [Required, RegularExpression("^VN-[0-9A-Z]{2}$", ErrorMessage = "Use the ISO 3166-2 code, e.g. VN-04.")]
    public string? Code { get; set; }

    [Required, MaxLength(100)]
    public string? NameVi { get; set; }

    [Required, MaxLength(100)]
    public string? NameEn { get; set; }
}

public sealed class ProvinceEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/provinces").WithTags("Provinces").RequireAuthorization(Policies.Read);

        // The list of provinces is not tenant data: everyone signed in may see which provinces exist.
        group.MapGet("/", async (AttacheDb db, CancellationToken ct) =>
            await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new ProvinceDto(p.Id, p.Code, p.NameVi, p.NameEn)).ToListAsync(ct))
            .WithName("ListProvinces").WithSummary("List provinces")
            .WithDescription("The provinces of this installation with their Vietnamese and English names; not "
                + "tenant data, every account may read it.");

        group.MapPost("/", async Task<Created<ProvinceDto>> (AttacheDb db, ProvinceInput input, CancellationToken ct) =>
        {
            InputValidation.Check(input);
            var province = new Province { Code = input.Code!, NameVi = input.NameVi!.Trim(), NameEn = input.NameEn!.Trim() };
            db.Provinces.Add(province);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/provinces/{province.Code}", new ProvinceDto(province.Id, province.Code, province.NameVi, province.NameEn));
        }).RequireAuthorization(Policies.Admin)
            .WithName("CreateProvince").WithSummary("Add a province")
            .WithDescription("Adds a province by ISO 3166-2 code (administrators only); a taken code is a 409.");

        return app;
    }
}
