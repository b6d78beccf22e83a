using Attache.Accounts;
using Attache.Delegations;
using Attache.Demo;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

/// <summary>Gifts given and received, and the reception costs, of the demo's Korean, Chinese and Lao delegations of
/// 2025 in both provinces (the last inbound delegation of each country that year): one gift given to the head of each
/// delegation and one received, handled as the rules on gifts to officials require, and the costs of receiving them
/// against the norms. The Korean banquet in Lai Châu cost more than its norm and was approved by the leader.</summary>
internal sealed class GiftDemoData : IDemoData
{
    public int Order => 95;

    private sealed record Received(string Item, decimal Value, GiftHandling Handling, string Note);

    private static readonly Dictionary<string, (string Given, decimal GivenValue, Received Received)> ByCountry = new()
    {
        ["KR"] = ("Tranh thêu thổ cẩm dân tộc Dao", 1_500_000m, new("Bộ ấm chén gốm sứ Mungyeong", 2_400_000m,
            GiftHandling.Kept, "Trưng bày tại phòng khách đối ngoại của Sở theo ý kiến của Lãnh đạo Sở.")),
        ["CN"] = ("Hộp chè Shan tuyết cổ thụ", 900_000m, new("Tranh thêu tay phong cảnh Quế Lâm", 3_500_000m,
            GiftHandling.HandedOver, "Bàn giao Văn phòng UBND tỉnh quản lý theo quy định về quà tặng.")),
        ["LA"] = ("Khăn thổ cẩm và mô hình cầu biên giới", 1_200_000m, new("Khăn lụa Sin Lào dệt tay", 700_000m,
            GiftHandling.Declared, "Đã kê khai với Lãnh đạo Sở; chờ quyết định xử lý.")),
    };

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        foreach (var (province, slug) in new[] { (demo.LaiChau, "laichau"), (demo.CaoBang, "caobang") })
        {
            var leaderId = await db.Users.Where(u => u.Email == $"leader.{slug}@attache.demo").Select(u => u.Id)
                .FirstOrDefaultAsync(ct);
            foreach (var (country, gifts) in ByCountry)
            {
                var delegation = await db.Set<Delegation>().IgnoreQueryFilters()
                    .Where(d => d.ProvinceId == province.Id && d.Direction == DelegationDirection.Inbound
                        && d.Status != DelegationStatus.Cancelled && d.StartsOn >= new DateOnly(2025, 1, 1)
                        && d.StartsOn <= new DateOnly(2025, 12, 31) && d.Countries.Any(c => c.Country == country))
                    .OrderByDescending(d => d.StartsOn).ThenBy(d => d.Id).FirstOrDefaultAsync(ct);
                if (delegation is null)
                {
                    continue;
                }

                AddGifts(db, province.Id, delegation, gifts.Given, gifts.GivenValue, gifts.Received);
                await AddCostsAsync(db, delegation, country == "KR" && slug == "laichau" ? leaderId : null, ct);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static void AddGifts(AttacheDb db, int provinceId, Delegation d, string given, decimal givenValue,
        Received received)
    {
        var head = d.HeadName ?? d.HeadOrganisation ?? d.Title;
        db.Add(new Gift
        {
            ProvinceId = provinceId, Direction = GiftDirection.Given, Item = given, Value = givenValue,
            Counterparty = $"{head}, {d.HeadTitle ?? "trưởng đoàn"}", Occasion = "Hội đàm, tiếp đón đoàn",
            Date = d.StartsOn, DelegationId = d.Id,
        });
        db.Add(new Gift
        {
            ProvinceId = provinceId, Direction = GiftDirection.Received, Item = received.Item, Value = received.Value,
            Counterparty = head, Occasion = "Hội đàm, tiếp đón đoàn", Date = d.StartsOn, DelegationId = d.Id,
            Handling = received.Handling, HandlingNote = received.Note,
        });
    }

    /// <summary>Accommodation for the guests, one banquet for both sides, gifts; at the norms (within them), but the
    /// approved banquet a third above its norm.</summary>
    private static async Task AddCostsAsync(AttacheDb db, Delegation d, string? approvedBy, CancellationToken ct)
    {
        var level = d.Level switch
        {
            DelegationLevel.PartySecretary or DelegationLevel.PeoplesCommitteeChair => GuestLevel.Ministerial,
            DelegationLevel.PeoplesCommitteeViceChair => GuestLevel.ViceMinisterial,
            DelegationLevel.Department => GuestLevel.Director,
            _ => GuestLevel.Other,
        };
        var plan = await db.Set<ReceptionPlan>().IgnoreQueryFilters().FirstOrDefaultAsync(p => p.DelegationId == d.Id, ct);
        if (plan is null)
        {
            plan = new ReceptionPlan { DelegationId = d.Id, ProvinceId = d.ProvinceId };
            db.Add(plan);
        }

        var guests = Math.Max(1, d.ForeignVisitorCount);
        var days = Math.Max(1, d.EndsOn.DayNumber - d.StartsOn.DayNumber);
        var lines = new List<ReceptionCostLine>();
        async Task Line(NormKind kind, string description, int units, int lineDays, decimal? above, string? reason)
        {
            var norm = await db.Set<SpendingNorm>().IgnoreQueryFilters()
                .Where(n => n.ProvinceId == d.ProvinceId && n.Kind == kind && n.Level == level)
                .Where(SpendingNormService.ValidOn(d.StartsOn)).FirstAsync(ct);
            var line = new ReceptionCostLine
            {
                ProvinceId = d.ProvinceId, DelegationId = d.Id, Kind = kind, Level = level, Description = description,
                Units = units, Days = lineDays, UnitAmount = above ?? norm.Amount,
            };
            line.Spent = CostLineRules.Total(line);
            CostLineRules.Check(line, norm, before: default);
            if (line.ExceedsNorm && reason is not null)
            {
                line.ApprovedById = approvedBy;
                line.ApprovedAt = d.StartsOn.AddDays(-7).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                line.ApprovalReason = reason;
            }

            plan.CostLines.Add(line);
            lines.Add(line);
        }

        await Line(NormKind.PerGuestPerDay, "Lưu trú và sinh hoạt của khách", guests, days, null, null);
        if (approvedBy is not null)
        {
            var norm = await db.Set<SpendingNorm>().IgnoreQueryFilters()
                .Where(n => n.ProvinceId == d.ProvinceId && n.Kind == NormKind.PerBanquetHead && n.Level == level)
                .Where(SpendingNormService.ValidOn(d.StartsOn)).Select(n => n.Amount).FirstAsync(ct);
            await Line(NormKind.PerBanquetHead, "Tiệc chiêu đãi đoàn tại nhà hàng", guests + 6, 1,
                Math.Round(norm * 4 / 3 / 10_000m) * 10_000m,
                "Đoàn đông hơn dự kiến, tiệc đặt tại nhà hàng duy nhất đủ chỗ ở trung tâm tỉnh; Lãnh đạo Sở chấp thuận "
                + "mức chi vượt định mức.");
        }
        else
        {
            await Line(NormKind.PerBanquetHead, "Tiệc chiêu đãi đoàn", guests + 6, 1, null, null);
        }

        await Line(NormKind.PerGift, "Quà tặng trưởng đoàn và thành viên", Math.Min(guests, 5), 1, null, null);
        CostLineRules.TieBudget(d, lines);
    }
}
