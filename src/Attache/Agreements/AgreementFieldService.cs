using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

/// <summary>The list of fields of cooperation: read by every form, changed by the administrator.</summary>
public sealed class AgreementFieldService(AttacheDb db) : IFeatureService
{
    public Task<List<AgreementFieldDto>> ListAsync(CancellationToken ct) =>
        db.Set<AgreementField>().AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Code)
            .Select(f => new AgreementFieldDto(f.Id, f.Code, f.NameVi, f.NameEn, f.SortOrder, f.Version))
            .ToListAsync(ct);

    /// <summary>How many of the province's agreements (all provinces' for a national user) each field files; a
    /// GROUP BY.</summary>
    public Task<Dictionary<int, int>> UseAsync(CancellationToken ct) =>
        db.Set<AgreementFieldLink>().AsNoTracking().GroupBy(l => l.FieldId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Adds (id null) or renames a field; a code already taken is a 409.</summary>
    public async Task<AgreementFieldDto> SaveAsync(int? id, AgreementFieldInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var code = input.Code!;
        if (await db.Set<AgreementField>().AnyAsync(f => f.Code == code && f.Id != (id ?? 0), ct))
        {
            throw ProblemException.Conflict($"There is already a field with the code '{code}'.")
                .Localized("There is already a field with the code {0}.", code);
        }

        AgreementField field;
        if (id is null)
        {
            var last = await db.Set<AgreementField>().MaxAsync(f => (int?)f.SortOrder, ct) ?? 0;
            field = new AgreementField
            {
                Code = code, NameVi = "", NameEn = "", SortOrder = input.SortOrder ?? last + 10,
            };
            db.Add(field);
        }
        else
        {
            field = await db.Set<AgreementField>().FirstOrDefaultAsync(f => f.Id == id, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no field {id}.");
            db.CheckVersion(field, input.Version);
            field.Code = code;
            field.SortOrder = input.SortOrder ?? field.SortOrder;
        }

        field.NameVi = input.NameVi!.Trim();
        field.NameEn = input.NameEn!.Trim();
        await db.SaveChangesAsync(ct);
        return new AgreementFieldDto(field.Id, field.Code, field.NameVi, field.NameEn, field.SortOrder, field.Version);
    }
}
