using Attache.Delegations;
using Attache.Demo;
using Attache.Infrastructure;
using Attache.Staff;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

/// <summary>Reception plans for the demo's Korean, Chinese and Lao inbound delegations (both provinces): both sides'
/// people, talks and a banquet with their seating, interpreters found by language in the staff roster (left empty
/// when the roster has none). Runs after the delegations and the staff roster.</summary>
internal sealed class ReceptionDemoData : IDemoData
{
    public int Order => 90;

    private sealed record Host(string Name, string Title);

    private static readonly Dictionary<string, Host[]> Hosts = new()
    {
        ["VN-01"] =
        [
            new("Lò Văn Thắng", "Phó Chủ tịch UBND tỉnh"),
            new("Nguyễn Văn Hưng", "Giám đốc Sở Ngoại vụ"),
            new("Trần Thị Hà", "Phó Giám đốc Sở Công Thương"),
            new("Vàng A Sử", "Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ"),
        ],
        ["VN-04"] =
        [
            new("Nguyễn Anh Quế", "Giám đốc Sở Ngoại vụ"),
            new("Hoàng Thị Lan", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
            new("Nông Văn Bình", "Chủ tịch UBND xã Đàm Thủy"),
        ],
    };

    private static readonly Dictionary<string, (string Name, string Title)[]> Guests = new()
    {
        ["KR"] = [("Park Ji-hoon", "Director"), ("Lee Soo-jin", "Deputy Director"), ("Kim Min-ho", "Officer")],
        ["CN"] = [("Li Na", "Cục trưởng Cục Thương mại"), ("Zhang Wei", "Chuyên viên")],
        ["LA"] = [("Bounmy Phommachanh", "Giám đốc Sở Ngoại vụ"), ("Vilay Inthavong", "Phó Giám đốc Sở Công Thương"),
            ("Somphone Vongsa", "Chuyên viên")],
    };

    private static readonly Dictionary<string, string> Languages =
        new() { ["KR"] = "ko", ["CN"] = "zh", ["LA"] = "lo" };

    private static readonly Dictionary<string, string> TalkingPoints = new()
    {
        ["KR"] = "Cảm ơn Thành phố đã tiếp nhận lao động thời vụ của tỉnh; đề nghị mở rộng số lượng năm 2026.\n"
            + "Trao đổi hợp tác nông nghiệp công nghệ cao và du lịch.\nMời đoàn dự Lễ hội Hoa Ban.",
        ["CN"] = "Trao đổi về phát triển chợ biên giới và thông quan hàng nông sản.\n"
            + "Đề nghị phối hợp quản lý biên giới, phòng chống buôn lậu.",
        ["LA"] = "Cảm ơn tình cảm của Tỉnh bạn nhân dịp Tết cổ truyền.\n"
            + "Trao đổi về học bổng cho sinh viên Lào tại Trường Cao đẳng Lai Châu.",
    };

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        (string Province, int Id, string Country, string? Title)[] wanted =
        [
            ("VN-01", demo.LaiChau.Id, "KR", null),
            ("VN-01", demo.LaiChau.Id, "CN", "Đoàn Huyện Kim Bình trao đổi về phát triển chợ biên giới"),
            ("VN-01", demo.LaiChau.Id, "LA", "Đoàn Tỉnh Phông-xa-lỳ thăm, chúc Tết Nguyên đán Bính Ngọ 2026"),
            ("VN-04", demo.CaoBang.Id, "CN", null),
            ("VN-04", demo.CaoBang.Id, "KR", null),
        ];
        foreach (var (code, province, country, title) in wanted)
        {
            var delegation = await db.Set<Delegation>()
                .Where(d => d.ProvinceId == province && d.Direction == DelegationDirection.Inbound
                    && d.Status != DelegationStatus.Cancelled && d.Countries.Any(c => c.Country == country)
                    && (title == null || d.Title == title))
                .OrderByDescending(d => d.StartsOn).ThenBy(d => d.Id).FirstOrDefaultAsync(ct);
            if (delegation is not null)
            {
                await PlanAsync(db, delegation, code, country, ct);
            }
        }
    }

    private static async Task PlanAsync(AttacheDb db, Delegation delegation, string code, string country,
        CancellationToken ct)
    {
        var province = delegation.ProvinceId;
        var plan = new ReceptionPlan
        {
            DelegationId = delegation.Id,
            ProvinceId = province,
            TalkingPoints = TalkingPoints[country],
        };
        var hosts = Hosts[code];
        for (var i = 0; i < hosts.Length; i++)
        {
            plan.Participants.Add(Person(delegation, ReceptionSide.Host, hosts[i].Name, hosts[i].Title, i == 0));
        }

        plan.Participants.Add(Person(delegation, ReceptionSide.Guest, delegation.HeadName ?? "—",
            delegation.HeadTitle, true));
        foreach (var (name, title) in Guests[country])
        {
            plan.Participants.Add(Person(delegation, ReceptionSide.Guest, name, title, false));
        }

        var language = Languages[country];
        var interpreter = await db.Set<StaffMember>()
            .Where(s => s.ProvinceId == province && s.Active && s.IsInterpreter
                && s.Languages.Any(l => l.Language == language))
            .OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        var day = delegation.StartsOn;
        var talks = Item(delegation, ReceptionItemKind.Talks, "Hội đàm", day, new(9, 0), new(10, 30),
            "Phòng họp UBND tỉnh", language, interpreter);
        var banquet = Item(delegation, ReceptionItemKind.Banquet, "Tiệc chiêu đãi", day, new(18, 30), new(20, 30),
            "Nhà khách UBND tỉnh", language, interpreter);
        plan.Items.AddRange([talks, banquet]);
        db.Add(plan);
        await db.SaveChangesAsync(ct);

        var (hostOrder, guestOrder) = Precedence.Sides(plan.Participants);
        foreach (var (item, layout) in new[] { (talks, SeatingLayout.Facing), (banquet, SeatingLayout.RoundTables) })
        {
            var seating = SeatingPlanner.Generate(layout, [.. hostOrder.Select(p => p.Id)],
                [.. guestOrder.Select(p => p.Id)], item.InterpreterId, 8);
            item.Layout = seating.Layout;
            item.Tables = seating.Tables;
            item.SeatsPerTable = seating.SeatsPerTable;
            item.Seats.AddRange(seating.Seats.Select(s => new Seat
            {
                DelegationId = delegation.Id,
                ProvinceId = province,
                Table = s.Table,
                Position = s.Position,
                ParticipantId = s.Occupant.ParticipantId,
                StaffMemberId = s.Occupant.StaffMemberId,
            }));
        }

        await db.SaveChangesAsync(ct);
    }

    private static ReceptionParticipant Person(Delegation delegation, ReceptionSide side, string name, string? title,
        bool head) => new()
        {
            DelegationId = delegation.Id,
            ProvinceId = delegation.ProvinceId,
            Side = side,
            Name = name,
            Title = title,
            Rank = Precedence.SuggestRank(title),
            IsHead = head,
        };

    private static ReceptionItem Item(Delegation delegation, ReceptionItemKind kind, string title, DateOnly day,
        TimeOnly start, TimeOnly end, string place, string language, int? interpreter) => new()
        {
            DelegationId = delegation.Id,
            ProvinceId = delegation.ProvinceId,
            Kind = kind,
            Title = title,
            Date = day,
            StartTime = start,
            EndTime = end,
            Place = place,
            Language = language,
            InterpreterId = interpreter,
        };
}
