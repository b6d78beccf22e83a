using System.Security.Claims;
using Attache.Accounts;
using Attache.Demo;
using Attache.Infrastructure;
using Attache.Reports;
using Attache.Reports.Signing;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Site;

/// <summary>The two provinces' public sites: a profile in Vietnamese, English and German written from the source
/// articles, three investment opportunities (Tà Lùng's border-gate economic zone and the Non nước Cao Bằng geopark
/// around Bản Giốc; Lai Châu's high-tech tea), the 2025 report of each province signed by its leader with key
/// figures released from it, and a few enquiries.</summary>
internal sealed class PortalSiteDemoData(IServiceProvider services) : IDemoData
{
    public int Order => 200;

    private static readonly DateTime Received = new(2025, 11, 17, 2, 30, 0, DateTimeKind.Utc);

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        Profile(db, demo.LaiChau.Id, "lai-chau", LaiChauTexts);
        Profile(db, demo.CaoBang.Id, "cao-bang", CaoBangTexts);
        foreach (var (province, opportunity) in Opportunities(demo))
        {
            opportunity.ProvinceId = province;
            opportunity.Texts.ForEach(t => t.Opportunity = opportunity);
            db.Add(opportunity);
        }

        db.AddRange(Enquiries(demo));
        await db.SaveChangesAsync(ct);

        await ReleaseAsync(demo.LaiChau, "laichau", ["delegations.inbound.count", "delegations.inbound.foreignVisitors",
            "agreements.signed", "aid.totalCommittedVnd", "twinnings.active", "partners.total"], ct);
        await ReleaseAsync(demo.CaoBang, "caobang", ["delegations.inbound.count", "delegations.outbound.count",
            "agreements.signed", "aid.totalCommittedVnd", "borders.stateRevenueVnd", "twinnings.active"], ct);
    }

    private static void Profile(AttacheDb db, int province, string slug,
        (string Lang, string Name, string Tagline, string About)[] texts) =>
        db.Add(new ProvinceProfile
        {
            ProvinceId = province, Slug = slug, DefaultLang = "vi",
            Texts = [.. texts.Select(t => new ProvinceProfileText
            {
                Lang = t.Lang, Name = t.Name, Tagline = t.Tagline, About = t.About,
            })],
        });

    /// <summary>Signs the province's 2025 report as its leader would from the report page (the signing service,
    /// under the leader's identity), then releases the chosen figures from it.</summary>
    private async Task ReleaseAsync(Provinces.Province province, string account, string[] keys, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        var leader = await db.Users.AsNoTracking().Where(u => u.Email == $"leader.{account}@attache.demo")
            .Select(u => new { u.Id, u.Email }).FirstAsync(ct);
        accessor.HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, leader.Id), new Claim(ClaimTypes.Name, leader.Email!),
                new Claim(ClaimTypes.Role, Roles.Leader), new Claim(AttacheClaims.Province, province.Code),
            ], "demo")),
        };
        try
        {
            db.Tenant.Use(province.Id, province.Code);
            var signed = await scope.ServiceProvider.GetRequiredService<SignedReportService>()
                .SignAsync(new ReportQuery { From = "2025-01-01", To = "2025-12-31", Lang = "vi" }, ct);
            await scope.ServiceProvider.GetRequiredService<FigureReleaseService>()
                .ReleaseAsync(new FigureReleaseInput { SignedReportId = signed.Id, Keys = [.. keys] }, ct);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private static readonly (string, string, string, string)[] LaiChauTexts =
    [
        ("vi", "Lai Châu", "Tỉnh biên giới Tây Bắc, cửa ngõ sang Vân Nam (Trung Quốc) và Bắc Lào",
            """
            Lai Châu là tỉnh biên giới vùng Tây Bắc Việt Nam, có quan hệ truyền thống với các địa phương tỉnh
            Vân Nam (Trung Quốc) và các tỉnh Bắc Lào.

            Tỉnh hợp tác với các địa phương Hàn Quốc (Mungyeong, Tongyeong, Geumsan, Boseong) trong nông nghiệp
            công nghệ cao, du lịch, giáo dục và lao động. Các xã, thị trấn biên giới đã kết nghĩa với 6 cặp xã,
            thôn bản và thị trấn của Vân Nam. Chè Lai Châu đã được giới thiệu tới các thị trường Trung Đông,
            Bắc Phi và Nam Á.
            """),
        ("en", "Lai Chau", "A north-western border province, gateway to Yunnan (China) and northern Laos",
            """
            Lai Chau is a border province in north-western Viet Nam with traditional ties to the localities of
            Yunnan province (China) and the northern provinces of Laos.

            It works with Korean localities (Mungyeong, Tongyeong, Geumsan, Boseong) on high-tech agriculture,
            tourism, education and labour. Its border communes have twinned with six pairs of communes, villages
            and towns of Yunnan. Lai Chau tea has been presented to buyers from the Middle East, North Africa and
            South Asia.
            """),
        ("de", "Lai Châu", "Grenzprovinz im Nordwesten, Tor nach Yunnan (China) und Nordlaos",
            """
            Lai Châu ist eine Grenzprovinz im Nordwesten Vietnams mit traditionellen Beziehungen zu den
            Gebietskörperschaften der Provinz Yunnan (China) und den nördlichen Provinzen von Laos.

            Die Provinz arbeitet mit koreanischen Städten und Landkreisen (Mungyeong, Tongyeong, Geumsan, Boseong)
            in Hightech-Landwirtschaft, Tourismus, Bildung und Arbeit zusammen. Ihre Grenzgemeinden unterhalten
            Partnerschaften mit sechs Paaren von Gemeinden, Dörfern und Städten in Yunnan. Tee aus Lai Châu wurde
            Käufern aus dem Nahen Osten, Nordafrika und Südasien vorgestellt.
            """),
    ];

    private static readonly (string, string, string, string)[] CaoBangTexts =
    [
        ("vi", "Cao Bằng", "Tỉnh biên giới giáp Quảng Tây (Trung Quốc), quê hương thác Bản Giốc",
            """
            Cao Bằng là tỉnh biên giới phía Bắc Việt Nam, giáp Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc),
            đối tác chính của tỉnh.

            Cửa khẩu Tà Lùng – Thủy Khẩu và Trà Lĩnh – Long Bang đã được nâng cấp thành cửa khẩu quốc tế; cửa
            khẩu song phương Lý Vạn – Thạc Long đã được mở. Khu cảnh quan thác Bản Giốc – Đức Thiên chính thức
            vận hành từ ngày 15/10/2024. Tỉnh đăng cai Hội nghị lần thứ 8 Mạng lưới Công viên địa chất toàn cầu
            UNESCO khu vực châu Á – Thái Bình Dương.
            """),
        ("en", "Cao Bang", "A border province facing Guangxi (China), home of the Ban Gioc waterfall",
            """
            Cao Bang is a border province in northern Viet Nam facing the Guangxi Zhuang Autonomous Region
            (China), its main partner.

            The Ta Lung – Shuikou and Tra Linh – Longbang gates have become international border gates, and the
            bilateral Ly Van – Shuolong gate has opened. The Ban Gioc – Detian waterfall scenic area has been in
            official operation since 15 October 2024. The province hosted the 8th Asia-Pacific conference of the
            UNESCO Global Geoparks Network.
            """),
        ("de", "Cao Bằng", "Grenzprovinz gegenüber Guangxi (China), Heimat des Bản-Giốc-Wasserfalls",
            """
            Cao Bằng ist eine Grenzprovinz im Norden Vietnams gegenüber dem Autonomen Gebiet Guangxi der Zhuang
            (China), ihrem wichtigsten Partner.

            Die Grenzübergänge Tà Lùng – Shuikou und Trà Lĩnh – Longbang wurden zu internationalen Übergängen
            aufgewertet, der bilaterale Übergang Lý Vạn – Shuolong wurde eröffnet. Das Landschaftsgebiet am
            Wasserfall Bản Giốc – Detian ist seit dem 15. Oktober 2024 offiziell in Betrieb. Die Provinz war
            Gastgeberin der 8. Konferenz des UNESCO-Netzwerks der Globalen Geoparks im Asien-Pazifik-Raum.
            """),
    ];

    private static IEnumerable<(int Province, InvestmentOpportunity Opportunity)> Opportunities(DemoContext demo)
    {
        yield return (demo.CaoBang.Id, new InvestmentOpportunity
        {
            Sector = InvestmentSector.Logistics, Place = "Khu kinh tế cửa khẩu Tà Lùng, xã Tà Lùng",
            CapitalUsd = 45_000_000m, AreaHectares = 62m, Published = true,
            Contact = "Sở Ngoại vụ Cao Bằng — songoaivu@caobang.gov.vn",
            Texts =
            [
                Text("vi", "Trung tâm logistics và kho ngoại quan cửa khẩu Tà Lùng",
                    "Kho ngoại quan, bãi kiểm hóa và dịch vụ logistics phục vụ hàng hóa qua cửa khẩu quốc tế "
                    + "Tà Lùng – Thủy Khẩu và cầu Tà Lùng II."),
                Text("en", "Logistics centre and bonded warehouse at the Ta Lung border gate",
                    "Bonded warehouses, inspection yards and logistics services for goods crossing at the "
                    + "Ta Lung – Shuikou international gate and the Ta Lung II bridge."),
                Text("de", "Logistikzentrum und Zolllager am Grenzübergang Tà Lùng",
                    "Zolllager, Abfertigungsflächen und Logistikdienste für Waren, die den internationalen "
                    + "Übergang Tà Lùng – Shuikou und die Brücke Tà Lùng II passieren."),
            ],
        });
        yield return (demo.CaoBang.Id, new InvestmentOpportunity
        {
            Sector = InvestmentSector.Tourism, Place = "Khu du lịch thác Bản Giốc, xã Đàm Thủy",
            CapitalUsd = 20_000_000m, AreaHectares = 35m, Published = true,
            Contact = "Sở Ngoại vụ Cao Bằng — songoaivu@caobang.gov.vn",
            Texts =
            [
                Text("vi", "Khu nghỉ dưỡng sinh thái gần thác Bản Giốc",
                    "Khu nghỉ dưỡng sinh thái trong Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng, gắn với "
                    + "khu cảnh quan thác Bản Giốc – Đức Thiên."),
                Text("en", "Eco-resort near the Ban Gioc waterfall",
                    "An eco-resort in the Non nuoc Cao Bang UNESCO Global Geopark, linked to the Ban Gioc – Detian "
                    + "waterfall scenic area."),
                Text("de", "Öko-Resort am Wasserfall Bản Giốc",
                    "Ein Öko-Resort im UNESCO Global Geopark Non nước Cao Bằng, verbunden mit dem "
                    + "Landschaftsgebiet Bản Giốc – Detian."),
            ],
        });
        yield return (demo.LaiChau.Id, new InvestmentOpportunity
        {
            Sector = InvestmentSector.Agriculture, Place = "Xã Tam Đường",
            CapitalUsd = 8_000_000m, AreaHectares = 120m, Published = true,
            Contact = "Sở Ngoại vụ Lai Châu — songoaivu@laichau.gov.vn",
            Texts =
            [
                Text("vi", "Vùng chè công nghệ cao và nhà máy chế biến",
                    "Vùng trồng chè công nghệ cao với nhà máy chế biến chè xuất khẩu sang Trung Đông, Bắc Phi và "
                    + "Nam Á."),
                Text("en", "High-tech tea growing area and processing plant",
                    "A high-tech tea growing area with a plant processing tea for export to the Middle East, North "
                    + "Africa and South Asia."),
                Text("de", "Hightech-Teeanbaugebiet mit Verarbeitungsbetrieb",
                    "Ein Hightech-Teeanbaugebiet mit einem Betrieb, der Tee für den Export in den Nahen Osten, nach "
                    + "Nordafrika und Südasien verarbeitet."),
            ],
        });
    }

    private static InvestmentOpportunityText Text(string lang, string title, string description) =>
        new() { Lang = lang, Title = title, Description = description };

    private static IEnumerable<Enquiry> Enquiries(DemoContext demo) =>
    [
        new Enquiry
        {
            ProvinceId = demo.CaoBang.Id, Kind = EnquiryKind.Investment, Name = "Anna Becker",
            Organisation = "Becker Logistik GmbH", Email = "anna.becker@example.de", CountryCode = "DE", Lang = "de",
            Subject = "Zolllager am Grenzübergang Tà Lùng",
            Message = "Wir möchten mehr über Fläche, Pacht und Zeitplan des Logistikzentrums erfahren.",
            Status = EnquiryStatus.New, ReceivedAt = Received,
        },
        new Enquiry
        {
            ProvinceId = demo.LaiChau.Id, Kind = EnquiryKind.Partnership, Name = "Park Ji-woo",
            Organisation = "Boseong County Office", Email = "jiwoo.park@example.kr", CountryCode = "KR", Lang = "en",
            Subject = "Tea cooperation visit", Message = "We would like to send a delegation of tea growers in spring.",
            Status = EnquiryStatus.InProgress, ReceivedAt = Received.AddDays(-6),
            Notes = "Forwarded to the delegations desk.",
        },
        new Enquiry
        {
            ProvinceId = demo.CaoBang.Id, Kind = EnquiryKind.Press, Name = "Claire Martin",
            Organisation = "Voyages Asie", Email = "claire.martin@example.fr", CountryCode = "FR", Lang = "en",
            Subject = "Filming at Ban Gioc", Message = "Which permits does a film crew need at the waterfall?",
            Status = EnquiryStatus.Answered, ReceivedAt = Received.AddDays(-12),
            Notes = "Answered with the permit procedure.",
        },
    ];
}
