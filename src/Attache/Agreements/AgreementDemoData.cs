using Attache.Demo;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

/// <summary>The agreements of the source articles, record by record: Lai Châu's five with Korean localities and Cao
/// Bằng's 69,
/// most of them with Guangxi. Statuses are as of 15 Nov 2025, the day the articles were published.</summary>
internal sealed partial class AgreementDemoData : IDemoData
{
    public int Order => 40;

    /// <summary>The day the demo data describes; agreements whose expiry passed by then are Expired.</summary>
    public static readonly DateOnly AsOf = new(2025, 11, 15);

    private const string Mofa = "Bộ Ngoại giao";

    private Dictionary<string, int> fieldIds = [];
    private Dictionary<int, string> provinceNames = [];
    private int sequence;

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        // Reference data first: the hosted seeder runs only after the demo load.
        await AgreementFields.EnsureAsync(db, ct);
        fieldIds = await db.Set<AgreementField>().ToDictionaryAsync(f => f.Code, f => f.Id, ct);
        provinceNames = demo.Provinces.Values.ToDictionary(p => p.Id, p => p.NameVi);
        db.AddRange(LaiChau(demo));
        db.AddRange(CaoBang(demo));
        await db.SaveChangesAsync(ct);
    }

    private IEnumerable<Agreement> LaiChau(DemoContext demo)
    {
        const string party = "Ủy ban nhân dân tỉnh Lai Châu";
        var labour = Signed(demo.LaiChau.Id, AgreementKind.Agreement, party,
            "Thỏa thuận hợp tác về việc đưa lao động thời vụ sang làm việc trong lĩnh vực nông nghiệp tại thành phố "
                + "Mungyeong",
            "Agreement on seasonal agricultural workers from Lai Chau Province to Mungyeong City",
            "라이쩌우성-문경시 외국인 계절근로자 도입 업무협약", [demo.Partner("mungyeong")], [AgreementFields.Labour],
            new DateOnly(2022, 11, 8), "Mungyeong, Gyeongsangbuk-do", years: 5, autoRenewal: true);
        labour.Notes =
            "Seasonal workers earn 25–40 million VND a month; a couple from Phong Thổ commune saved over 60 million "
            + "VND a month in 2023.";
        Consult(labour,
            (Mofa, 2022, 8, 10, 9, 2,
            "Agrees; the workers' return must be guaranteed by the commune and the employer."),
            ("Bộ Lao động – Thương binh và Xã hội", 2022, 8, 10, 9, 16,
                "Agrees; apply the seasonal-worker rules of the Korean Ministry of Justice."));
        Act(labour, (2023, 3, 20, "Nhóm lao động thời vụ đầu tiên của xã Phong Thổ sang Mungyeong (trang trại lô hội)",
            "Làm việc 7 tháng, thu nhập khoảng 37 triệu đồng/người/tháng"),
            (2024, 3, 18, "Đợt 2: lao động thời vụ các xã biên giới sang Mungyeong", "Về nước đúng hạn"),
            (2025, 3, 17, "Đợt 3: lao động thời vụ sang Mungyeong", null));

        var farming = Signed(demo.LaiChau.Id, AgreementKind.MemorandumOfUnderstanding, party,
            "Biên bản ghi nhớ hợp tác phát triển nông nghiệp công nghệ cao giữa tỉnh Lai Châu và thành phố Mungyeong",
            "Memorandum of understanding on high-tech agriculture between Lai Chau Province and Mungyeong City",
            "라이쩌우성-문경시 첨단농업 협력 양해각서", [demo.Partner("mungyeong")], [AgreementFields.HighTechAgriculture],
            new DateOnly(2024, 5, 21), "Lai Châu", years: 3);
        Act(farming,
            (2024, 10, 8, "Đoàn kỹ sư nông nghiệp Mungyeong khảo sát vùng trồng rau, quả công nghệ cao tại Tam Đường",
            "Chọn 2 điểm trình diễn nhà màng"));

        var tourism = Signed(demo.LaiChau.Id, AgreementKind.MemorandumOfUnderstanding, party,
            "Biên bản ghi nhớ hợp tác phát triển du lịch giữa tỉnh Lai Châu và thành phố Tongyeong",
            "Memorandum of understanding on tourism cooperation between Lai Chau Province and Tongyeong City",
            "라이쩌우성-통영시 관광 교류 협력 양해각서", [demo.Partner("tongyeong")], [AgreementFields.Tourism],
            new DateOnly(2023, 8, 24), "Tongyeong, Gyeongsangnam-do", years: 0);

        var ginseng = Signed(demo.LaiChau.Id, AgreementKind.Agreement, party,
            "Thỏa thuận hợp tác phát triển nông nghiệp công nghệ cao về trồng và chế biến sâm giữa tỉnh Lai Châu và "
                + "huyện Geumsan",
            "Agreement on high-tech agriculture (ginseng growing and processing) between Lai Chau Province and "
                + "Geumsan County",
            "라이쩌우성-금산군 인삼 재배·가공 첨단농업 협력 협약", [demo.Partner("geumsan")], [AgreementFields.HighTechAgriculture],
            new DateOnly(2024, 9, 26), "Geumsan, Chungcheongnam-do", years: 5);

        var tea = Signed(demo.LaiChau.Id, AgreementKind.Agreement, party,
            "Thỏa thuận hợp tác về phát triển cây chè, nông nghiệp và giáo dục giữa tỉnh Lai Châu và huyện Boseong",
            "Agreement on tea, agriculture and education between Lai Chau Province and Boseong County",
            "라이쩌우성-보성군 차 산업·농업·교육 협력 협약", [demo.Partner("boseong")],
                [AgreementFields.HighTechAgriculture, AgreementFields.Education],
            new DateOnly(2025, 4, 15), "Lai Châu", years: 5);
        Act(tea, (2025, 9, 12, "Trao đổi 10 học sinh, giáo viên trường phổ thông dân tộc nội trú với Boseong",
            "Đã thực hiện"));

        return [labour, farming, tourism, ginseng, tea];
    }

    /// <summary>An agreement that went the whole way: approved by the People's Committee some weeks before the
    /// signing, in force from the signing (or from <paramref name="effective"/>) for <paramref name="years"/> years (0:
    /// open-ended).</summary>
    private Agreement Signed(int provinceId, AgreementKind kind, string party, string titleVi, string titleEn,
        string? titleNative,
        IReadOnlyList<Partner> partners, IReadOnlyList<string> fields, DateOnly signedOn, string place, int years,
        bool autoRenewal = false, DateOnly? effective = null, string? provinceSignatory = null)
    {
        sequence++;
        var effectiveOn = effective ?? signedOn;
        DateOnly? expiresOn = years == 0 ? null : effectiveOn.AddYears(years).AddDays(-1);
        var status = effectiveOn > AsOf ? AgreementStatus.Signed
            : expiresOn < AsOf ? AgreementStatus.Expired : AgreementStatus.InForce;
        var country = partners[0].Country;
        return new Agreement
        {
            ProvinceId = provinceId,
            Kind = kind,
            Status = status,
            TitleVi = titleVi,
            TitleEn = titleEn,
            TitleNative = titleNative,
            ProvinceParty = party,
            Partners = [.. partners.Select(p => new AgreementPartner { ProvinceId = provinceId, PartnerId = p.Id })],
            Fields = [.. fields.Select(f => new AgreementFieldLink { ProvinceId = provinceId, FieldId = fieldIds[f] })],
            // Law on International Agreements 2020: the provincial People's Committee decides, also for its agencies
            // and communes.
            ApprovalAuthority = "Chủ tịch Ủy ban nhân dân tỉnh " + provinceNames[provinceId],
            ApprovalNumber = $"{100 + sequence * 37 % 2800}/QĐ-UBND",
            ApprovedOn = signedOn.AddDays(-(12 + sequence * 7 % 30)),
            SignedOn = signedOn,
            SignedPlace = place,
            ProvinceSignatory = provinceSignatory ?? Signatory(party),
            PartnerSignatory = "Đại diện " + string.Join(", ", partners.Select(p => p.NameLatin)),
            EffectiveOn = effectiveOn,
            ExpiresOn = expiresOn,
            AutoRenewal = autoRenewal,
            Languages = ["vi", country switch { "CN" => "zh", "KR" => "ko", "JP" => "ja", _ => "en" }],
            EndedOn = status == AgreementStatus.Expired ? expiresOn : null,
        };
    }

    private static string Signatory(string party) => party switch
    {
        _ when party.StartsWith("Ủy ban nhân dân tỉnh", StringComparison.Ordinal) => "Phó Chủ tịch " + party,
        _ when party.StartsWith("Ủy ban nhân dân xã", StringComparison.Ordinal) => "Chủ tịch " + party,
        _ when party.StartsWith("Tỉnh ủy", StringComparison.Ordinal) => "Bí thư " + party,
        _ when party.StartsWith("Sở", StringComparison.Ordinal) => "Giám đốc " + party,
        _ => "Trưởng " + party,
    };

    private static void Consult(Agreement a, params
        (string Body, int Year, int SentMonth, int SentDay, int AnsweredMonth, int AnsweredDay, string Answer)[]
        requests)
    {
        foreach (var r in requests)
        {
            a.Consultations.Add(new AgreementConsultation
            {
                ProvinceId = a.ProvinceId,
                Body = r.Body,
                SentOn = new DateOnly(r.Year, r.SentMonth, r.SentDay),
                AnsweredOn = new DateOnly(r.Year, r.AnsweredMonth, r.AnsweredDay),
                AnswerSummary = r.Answer,
            });
        }
    }

    private static void Act(Agreement a, params (int Year, int Month, int Day, string What, string? Result)[]
        activities)
    {
        foreach (var x in activities)
        {
            a.Activities.Add(new AgreementActivity
            {
                ProvinceId = a.ProvinceId,
                Date = new DateOnly(x.Year, x.Month, x.Day),
                What = x.What,
                Result = x.Result,
            });
        }
    }
}
