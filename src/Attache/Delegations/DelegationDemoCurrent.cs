using Attache.Demo;

namespace Attache.Delegations;

/// <summary>The delegations of the demo that are not history: being prepared, approved, or called off.
/// All fall outside the periods the source articles count (or are cancelled, which the figures leave out).</summary>
internal static class DelegationDemoCurrent
{
    public static List<Delegation> Build(DemoContext demo, DelegationDemoData data)
    {
        var laiChau = demo.LaiChau.Id;
        var caoBang = demo.CaoBang.Id;

        var covid = New(demo, laiChau, DelegationDirection.Inbound,
            "Đoàn Tỉnh Phông-xa-lỳ thăm, chúc Tết Nguyên đán Tân Sửu 2021",
            DelegationLevel.PeoplesCommitteeViceChair, "phongsaly", new(2021, 2, 3), new(2021, 2, 5), 12,
            "Khamphone Sisavath", "Phó Tỉnh trưởng");
        data.Approve(covid, new(2021, 1, 15));
        DelegationDemoData.Move(covid, new DelegationTransition
        {
            To = DelegationStatus.Cancelled,
            Reason = "Tạm hoãn do dịch COVID-19; biên giới đóng cửa.",
        }, new(2021, 1, 28));

        // Planned for January 2026: the article counts 536 delegations received up to the end of 2025.
        var kimBinh = New(demo, laiChau, DelegationDirection.Inbound,
            "Đoàn Huyện Kim Bình trao đổi về phát triển chợ biên giới",
            DelegationLevel.Commune, "jinping", new(2026, 1, 20), new(2026, 1, 21), 8, "Yang Hong", "Phó Huyện trưởng");
        data.Approve(kimBinh, new(2025, 11, 12));
        DelegationDemoData.AddProgramme(kimBinh, "Cửa khẩu quốc tế Ma Lù Thàng", "UBND xã Phong Thổ");

        var mungyeong = New(demo, laiChau, DelegationDirection.Outbound,
            "Đoàn công tác tỉnh Lai Châu làm việc với Thành phố Mungyeong về lao động nông nghiệp thời vụ năm 2026",
            DelegationLevel.PeoplesCommitteeViceChair, "mungyeong", new(2026, 3, 9), new(2026, 3, 14), 6,
            "Lò Văn Thắng", "Phó Chủ tịch UBND tỉnh");
        mungyeong.BudgetPlanned = 420_000_000m;
        DelegationDemoData.AddProgramme(mungyeong, "Mungyeong City Hall", "Thành phố Mungyeong");

        var tet = New(demo, laiChau, DelegationDirection.Inbound,
            "Đoàn Tỉnh Phông-xa-lỳ thăm, chúc Tết Nguyên đán Bính Ngọ 2026",
            DelegationLevel.PeoplesCommitteeViceChair, "phongsaly", new(2026, 2, 9), new(2026, 2, 11), 10,
            "Souksavanh Keomany", "Phó Tỉnh trưởng");

        var spring = New(demo, caoBang, DelegationDirection.Outbound,
            "Đoàn tỉnh Cao Bằng dự Hội nghị gặp gỡ đầu Xuân 2026 với Khu tự trị dân tộc Choang Quảng Tây",
            DelegationLevel.PartySecretary, "guangxi", new(2026, 2, 24), new(2026, 2, 26), 9, "Hoàng Đức Chính",
            "Bí thư Tỉnh ủy");
        spring.BudgetPlanned = 380_000_000m;
        data.Approve(spring, new(2026, 2, 2));
        DelegationDemoData.AddProgramme(spring, "Nam Ninh", "Khu tự trị dân tộc Choang Quảng Tây");

        var detian = New(demo, caoBang, DelegationDirection.Inbound,
            "Đoàn Huyện Đại Tân trao đổi về vận hành Khu cảnh quan thác Bản Giốc – Đức Thiên",
            DelegationLevel.Commune, "daxin", new(2026, 1, 12), new(2026, 1, 13), 7, "Nong Wei", "Phó Huyện trưởng");

        var chongzuo = New(demo, caoBang, DelegationDirection.Outbound,
            "Đoàn tỉnh Cao Bằng làm việc với Thành phố Sùng Tả về kết nối giao thông qua cửa khẩu",
            DelegationLevel.Department, "chongzuo", new(2020, 3, 16), new(2020, 3, 18), 5, "Nguyễn Anh Quế",
            "Giám đốc Sở Ngoại vụ");
        DelegationDemoData.Move(chongzuo,
            new DelegationTransition { To = DelegationStatus.Cancelled, Reason = "Hoãn do dịch COVID-19." },
            new(2020, 2, 20));

        return [covid, kimBinh, mungyeong, tet, spring, detian, chongzuo];
    }

    private static Delegation New(DemoContext demo, int provinceId, DelegationDirection direction, string title,
        DelegationLevel level, string partnerKey, DateOnly start, DateOnly end, int members, string head,
        string headTitle)
    {
        var partner = demo.Partner(partnerKey);
        var inbound = direction == DelegationDirection.Inbound;
        var d = new Delegation
        {
            ProvinceId = provinceId,
            Direction = direction,
            Title = title,
            Purpose = title,
            Level = level,
            HeadName = head,
            HeadTitle = headTitle,
            HeadOrganisation = inbound ? partner.NameLatin : null,
            Places = inbound ? null : partner.NameLatin,
        };
        d.Schedule(start, end, null, null);
        d.EnterCounts(members, inbound ? members : 0);
        d.Partners.Add(new DelegationPartner { PartnerId = partner.Id, ProvinceId = provinceId });
        d.Countries.Add(new DelegationCountry { Country = partner.Country, ProvinceId = provinceId });
        return d;
    }
}
