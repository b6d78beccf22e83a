using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Plans;

/// <summary>The 2025 foreign-affairs plans of both provinces, as the departments adopted them in January.</summary>
internal sealed class PlanDemoData : IDemoData
{
    public int Order => 80;

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        db.AddRange(
            Plan(demo.CaoBang.Id, "Kế hoạch công tác đối ngoại năm 2025 của tỉnh Cao Bằng", "Quyết định 112/QĐ-UBND",
                new DateOnly(2025, 1, 20),
                (PlanCategory.Event, 1,
                    "Gặp gỡ đầu Xuân giữa Bí thư Tỉnh ủy 4 tỉnh biên giới và Bí thư Khu ủy Quảng Tây", 1),
                (PlanCategory.Delegation, 1, "Đoàn ra làm việc với các địa phương Quảng Tây (Trung Quốc)", 4),
                (PlanCategory.Delegation, 2, "Đón, làm việc với các đoàn Quảng Tây sang thăm", 6),
                (PlanCategory.Agreement, 2, "Ký kết văn bản hợp tác với các địa phương Quảng Tây", 5),
                (PlanCategory.Promotion, 3,
                    "Hội nghị xúc tiến đầu tư, quảng bá Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng", 1),
                (PlanCategory.Aid, 3, "Vận động viện trợ phi chính phủ nước ngoài cho giảm nghèo, y tế, giáo dục", 3),
                (PlanCategory.Event, 4, "Giao lưu văn hóa, thể thao với các huyện biên giới Quảng Tây", 2)),
            Plan(demo.LaiChau.Id, "Kế hoạch công tác đối ngoại năm 2025 của tỉnh Lai Châu", "Quyết định 98/QĐ-UBND",
                new DateOnly(2025, 1, 15),
                (PlanCategory.Event, 2, "Hội đàm công tác quản lý biên giới với châu Hồng Hà, Vân Nam", 1),
                (PlanCategory.Delegation, 2, "Đón các đoàn Vân Nam, các tỉnh Bắc Lào sang làm việc", 20),
                (PlanCategory.Promotion, 3, "Quảng bá chè Lai Châu tới Trung Đông, Bắc Phi và Nam Á", 1),
                (PlanCategory.Agreement, 3, "Triển khai các thỏa thuận hợp tác với các địa phương Hàn Quốc", 1),
                (PlanCategory.Other, 1, "Đưa lao động thời vụ sang thành phố Mungyeong (Hàn Quốc)", 1),
                (PlanCategory.Event, 4, "Chương trình giao lưu nhân dân với Trung Quốc, Lào, Nhật Bản, Hàn Quốc", 5)));
        await db.SaveChangesAsync(ct);
        foreach (var plan in db.ChangeTracker.Entries<AnnualPlan>().Select(e => e.Entity).ToList())
        {
            await PlanDemoLinks.LinkAsync(db, plan, ct);
        }
    }

    private static AnnualPlan Plan(int provinceId, string title, string decision, DateOnly date,
        params (PlanCategory Category, int Quarter, string Title, int Target)[] items) => new()
        {
            ProvinceId = provinceId,
            Year = 2025,
            Title = title,
            DecisionNumber = decision,
            DecisionDate = date,
            Items = [.. items.Select(i => new PlanItem { ProvinceId = provinceId, Category = i.Category,
            Quarter = i.Quarter, Title = i.Title, Target = i.Target })],
        };
}
