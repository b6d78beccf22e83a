using System.ComponentModel.DataAnnotations;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Dossiers;

public sealed record HolidayDto(int Id, DateOnly Date, string Name, string? NameEnglish, int Version);

public sealed class HolidayInput
{
    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    /// <summary>The name in Vietnamese, e.g. "Tết Nguyên đán".</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? NameEnglish { get; set; }

    public int? Version { get; set; }
}

public sealed class HolidayQuery
{
    /// <summary>Only the holidays of this year; empty: all.</summary>
    [Range(1900, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? Year { get; set; }
}

/// <summary>The table of public holidays the dossiers' deadlines skip: read by everyone, kept by the administrator
/// (the country's holidays, one table for every province).</summary>
public sealed class HolidayService(AttacheDb db, CurrentUser user) : IFeatureService
{
    public const string DateTaken = "{0} is already in the table of holidays.";

    public async Task<List<HolidayDto>> ListAsync(HolidayQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<PublicHoliday>().AsNoTracking();
        if (q.Year is { } year)
        {
            query = query.Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31));
        }

        return await query.OrderBy(h => h.Date)
            .Select(h => new HolidayDto(h.Id, h.Date, h.Name, h.NameEnglish, h.Version)).ToListAsync(ct);
    }

    /// <summary>Adds (id null) or changes a holiday: administrators only (403), 400 for bad input, 404 unknown, 409
    /// for a day already in the table or a stale version. The due days of dossiers already saved stay as they
    /// were computed.</summary>
    public async Task<HolidayDto> SaveAsync(int? id, HolidayInput input, CancellationToken ct)
    {
        await RequireAdminAsync();
        InputValidation.Check(input);
        PublicHoliday holiday;
        if (id is null)
        {
            holiday = new PublicHoliday { Name = "" };
            db.Add(holiday);
        }
        else
        {
            holiday = await db.Set<PublicHoliday>().FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw NotFound(id.Value);
            db.CheckVersion(holiday, input.Version);
        }

        var date = input.Date!.Value;
        if (await db.Set<PublicHoliday>().AnyAsync(h => h.Date == date && h.Id != holiday.Id, ct))
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, DateTaken, date);
        }

        holiday.Date = date;
        holiday.Name = input.Name!.Trim();
        holiday.NameEnglish = string.IsNullOrWhiteSpace(input.NameEnglish) ? null : input.NameEnglish.Trim();
        await db.SaveChangesAsync(ct);
        return new HolidayDto(holiday.Id, holiday.Date, holiday.Name, holiday.NameEnglish, holiday.Version);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        await RequireAdminAsync();
        var holiday = await db.Set<PublicHoliday>().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (holiday is null)
        {
            return false;
        }

        db.Remove(holiday);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task RequireAdminAsync()
    {
        if (!await user.MayAsync(Policies.Admin))
        {
            throw ProblemException.Forbidden("Only the administrator keeps the table of public holidays.");
        }
    }

    private static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no holiday {id}.");
}
