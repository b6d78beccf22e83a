using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.PersonalData;

/// <summary>A province's retention period: its own, or the national one it falls back on.</summary>
public sealed record ProvinceRetention(string Code, string NameVi, string NameEn, int? Years, int? EffectiveYears);

public sealed record RetentionSettings(int? NationalYears, IReadOnlyList<ProvinceRetention> Provinces, string Rule);

/// <summary>The retention period to set: for the province named with ?province=, or nationally without it. Empty
/// removes it (a province then falls back on the national period; without one, identities are kept).</summary>
public sealed class RetentionInput
{
    [Range(PersonalDataRetention.MinYears, PersonalDataRetention.MaxYears, ErrorMessage = Messages.OutOfRange)]
    public int? Years { get; set; }
}

/// <summary>What one run of the retention job did, per province.</summary>
public sealed record RetentionRun(DateOnly Day, IReadOnlyDictionary<string, int> AnonymisedByProvince)
{
    public int Anonymised => AnonymisedByProvince.Values.Sum();
}

/// <summary>The retention of persons' identities (Decree 13/2023/NĐ-CP): the administrator's periods and the daily
/// work that anonymises the persons of records older than the period (<see cref="PersonTables.RetentionRule"/>).</summary>
public sealed class RetentionService(AttacheDb db) : IFeatureService
{
    public async Task<RetentionSettings> GetAsync(CancellationToken ct)
    {
        var settings = await db.Set<PersonalDataRetention>().AsNoTracking().ToListAsync(ct);
        var national = settings.FirstOrDefault(s => s.ProvinceId == null)?.Years;
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
        return new RetentionSettings(national, [.. provinces.Select(p =>
            settings.FirstOrDefault(s => s.ProvinceId == p.Id)?.Years is { } own
                ? new ProvinceRetention(p.Code, p.NameVi, p.NameEn, own, own)
                : new ProvinceRetention(p.Code, p.NameVi, p.NameEn, null, national))], PersonTables.RetentionRule);
    }

    /// <summary>Sets the period of the current province (?province=) or, for the national view, the national one.</summary>
    public Task<RetentionSettings> SetAsync(RetentionInput input, CancellationToken ct) =>
        SetAsync(db.Tenant.AllProvinces ? null : db.Tenant.ProvinceCode, input, ct);

    /// <summary>Sets the period of the province <paramref name="provinceCode"/>, or the national one when null.</summary>
    public async Task<RetentionSettings> SetAsync(string? provinceCode, RetentionInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        int? provinceId = provinceCode is null
            ? null
            : await db.Provinces.Where(p => p.Code == provinceCode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
                ?? throw InputValidation.Error("province", "There is no such province.");
        var setting = await db.Set<PersonalDataRetention>().FirstOrDefaultAsync(s => s.ProvinceId == provinceId, ct);
        if (input.Years is null)
        {
            if (setting is not null)
            {
                db.Remove(setting);
            }
        }
        else if (setting is null)
        {
            db.Add(new PersonalDataRetention { ProvinceId = provinceId, Years = input.Years.Value });
        }
        else
        {
            setting.Years = input.Years.Value;
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }

    /// <summary>The daily work, as the system (every province): in each province with a retention period, the persons
    /// of the records that ended more than the period before today in Viet Nam are anonymised. Rows stay, so every
    /// count stays. Running it twice on a day does nothing more.</summary>
    public async Task<RetentionRun> RunAsync(CancellationToken ct)
    {
        db.Tenant.UseAll();
        var today = db.Clock.TodayInVietnam();
        var settings = await GetAsync(ct);
        var done = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var province in settings.Provinces.Where(p => p.EffectiveYears is not null))
        {
            var provinceId = await db.Provinces.Where(p => p.Code == province.Code).Select(p => p.Id).FirstAsync(ct);
            var cutoff = today.AddYears(-province.EffectiveYears!.Value);
            var count = 0;
            foreach (var table in PersonTables.All)
            {
                var ids = await table.EndedBeforeAsync(db, provinceId, cutoff, ct);
                count += ids.Count == 0 ? 0 : await table.AnonymiseAsync(db, ids, today, ct);
            }

            await db.SaveChangesAsync(ct);
            done[province.Code] = count;
        }

        return new RetentionRun(today, done);
    }
}

/// <summary>Runs <see cref="RetentionService.RunAsync"/> once per day in Viet Nam (checked every hour).</summary>
internal sealed class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionJob> log)
    : DailyJob(clock, log, TimeSpan.FromHours(1))
{
    protected override async Task RunDayAsync(DateOnly today, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(ct);
        // Counts only: never a name or an identity number in the log.
        Log.LogInformation("Retention of personal data on {Day}: {Count} persons anonymised.", run.Day, run.Anonymised);
    }
}
