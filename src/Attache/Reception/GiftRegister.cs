using System.Text.Json.Serialization;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

/// <summary>Gifts of one direction (and, for gifts received, one handling): how many, the sum of their values in VND
/// and how many have no value estimated (left out of the sum).</summary>
public sealed record GiftTotal(int Count, [property: JsonConverter(typeof(DecimalStringConverter))] decimal Value,
    int WithoutValue)
{
    public static readonly GiftTotal None = new(0, 0m, 0);

    public GiftTotal Plus(GiftTotal other) =>
        new(Count + other.Count, Value + other.Value, WithoutValue + other.WithoutValue);
}

public sealed record GiftHandlingTotal(GiftHandling Handling, GiftTotal Total);

/// <summary>The province's yearly gifts register: every gift given and received in the calendar year, by date, with
/// the totals given and received and what was done with the gifts received (declared, kept, handed over). Province
/// names the province (code and Vietnamese and English names) when the reader sees one; null across provinces.</summary>
public sealed record GiftRegister(int Year, string? Province, string? ProvinceNameVi, string? ProvinceNameEn,
    GiftTotal Given, GiftTotal Received, IReadOnlyList<GiftHandlingTotal> ReceivedByHandling,
    IReadOnlyList<GiftRow> Gifts)
{
    /// <summary>At most this many gifts are listed; the totals always cover the whole year.</summary>
    public const int MaxRows = 2000;

    private sealed record Group(GiftDirection Direction, GiftHandling? Handling, GiftTotal Total);

    /// <summary>The totals are summed in the database (one group per direction and handling); the list is the
    /// year's gifts by date.</summary>
    public static async Task<GiftRegister> ComputeAsync(AttacheDb db, Tenant tenant, int year, CancellationToken ct)
    {
        if (year is < 1900 or > 2100)
        {
            throw InputValidation.Error("year", Messages.OutOfRange);
        }

        var gifts = db.Set<Gift>().AsNoTracking().Where(GiftService.InYear(year));
        var groups = (await gifts.GroupBy(g => new { g.Direction, g.Handling })
            .Select(g => new
            {
                g.Key.Direction,
                g.Key.Handling,
                Count = g.Count(),
                Value = g.Sum(x => x.Value ?? 0m),
                WithoutValue = g.Count(x => x.Value == null),
            }).ToListAsync(ct))
            .Select(g => new Group(g.Direction, g.Handling, new GiftTotal(g.Count, g.Value, g.WithoutValue)))
            .ToList();
        GiftTotal Sum(Func<Group, bool> which) =>
            groups.Where(which).Aggregate(GiftTotal.None, (sum, g) => sum.Plus(g.Total));

        var rows = await gifts.OrderBy(g => g.Date).ThenBy(g => g.Id).Select(GiftService.Row).Take(MaxRows)
            .ToListAsync(ct);
        var province = tenant.ProvinceId is { } id
            ? await db.Set<Provinces.Province>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
        return new GiftRegister(year, province?.Code, province?.NameVi, province?.NameEn,
            Sum(g => g.Direction == GiftDirection.Given), Sum(g => g.Direction == GiftDirection.Received),
            [.. Enum.GetValues<GiftHandling>().Select(h => new GiftHandlingTotal(h,
                Sum(g => g.Direction == GiftDirection.Received && g.Handling == h)))],
            rows);
    }
}
