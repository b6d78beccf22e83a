using System.Reflection;
using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Portal.Editorial;

/// <summary>The two source articles as the portal publishes them: in German, their language on the platform where
/// they appeared (text, source link, author and date as given there), with Vietnamese and English summaries written
/// for them; a French draft and a Chinese translation in review that the public must not see; a few comments, some
/// approved, some waiting for moderation.</summary>
internal sealed class EditorialDemoData : IDemoData
{
    public int Order => 70;

    private static DateTime Utc(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var politics = Category(demo.LaiChau.Id, "politisches-system",
            ("de", "Politisches System"), ("vi", "Hệ thống chính trị"), ("en", "Political system"));
        var local = Category(demo.CaoBang.Id, "lokal", ("de", "Lokal"), ("vi", "Địa phương"), ("en", "Local"));
        db.AddRange(politics, local);
        await db.SaveChangesAsync(ct);

        const string laiChauSource =
            "https://baolaichau.vn/xa-hoi/lai-chau-mo-rong-hoi-nhap-tu-duong-loi-doi-ngoai-cua-dang-568181";
        var laiChau = Article(demo.LaiChau.Id, politics.Id, "Báo Lai Châu", laiChauSource);
        var published = Utc(2025, 11, 15, 1);
        laiChau.Translations.Add(Source("lai-chau-de.md", published, "Lai Chau", "Außenpolitik", "Korea"));
        laiChau.Translations.Add(Translation("vi", TranslationStatus.Published, published.AddHours(3),
            "Lai Châu: Mở rộng hội nhập từ đường lối đối ngoại của Đảng",
            "Từ tình hữu nghị truyền thống với Vân Nam (Trung Quốc) và các tỉnh Bắc Lào, Lai Châu đã mở rộng quan hệ "
            + "đối ngoại với nhiều đối tác, trong đó có năm thỏa thuận hợp tác với các địa phương Hàn Quốc.",
            "*Đây là bản tóm tắt bài viết của Báo Lai Châu ngày 15/11/2025.*\n\n"
            + "Lai Châu đã ký năm thỏa thuận hợp tác với các địa phương Hàn Quốc như Mungyeong, Tongyeong, Geumsan "
            + "và Boseong về nông nghiệp công nghệ cao, du lịch, giáo dục và lao động. Theo thỏa thuận với thành phố "
            + "Mungyeong, nhiều lao động của tỉnh đã sang Hàn Quốc làm nông nghiệp thời vụ với thu nhập từ 25 đến 40 "
            + "triệu đồng mỗi tháng.\n\n"
            + "Tỉnh cũng đẩy mạnh ngoại giao văn hóa và đối ngoại nhân dân, góp phần xây dựng đường biên giới hòa "
            + "bình, hữu nghị.\n\n"
            + $"Đọc bài gốc: [Báo Lai Châu]({laiChauSource})",
            "Lai Châu", "đối ngoại", "Hàn Quốc"));
        laiChau.Translations.Add(Translation("en", TranslationStatus.Published, published.AddHours(4),
            "Lai Chau: widening integration from the Party's foreign policy",
            "Building on its traditional friendship with Yunnan (China) and the northern provinces of Laos, Lai Chau "
            + "has widened its foreign relations, including five cooperation agreements with Korean localities.",
            "*This is a summary of an article by Bao Lai Chau of 15 November 2025.*\n\n"
            + "Lai Chau has signed five cooperation agreements with Korean localities such as Mungyeong, Tongyeong, "
            + "Geumsan and Boseong, on high-tech agriculture, tourism, education and labour. Under the agreement with "
            + "Mungyeong, many workers of the province have gone to Korea for seasonal farm work, earning 25 to 40 "
            + "million VND a month.\n\n"
            + "The province also develops cultural and people-to-people diplomacy, helping to build a peaceful, "
            + "friendly border.\n\n"
            + $"Read the original: [Bao Lai Chau]({laiChauSource})",
            "Lai Chau", "foreign relations", "Korea"));
        laiChau.Translations.Add(Translation("fr", TranslationStatus.Draft, null,
            "Lai Chau : élargir l'intégration à partir de la politique étrangère du Parti",
            "Brouillon : résumé en français de l'article du Bao Lai Chau du 15 novembre 2025.",
            "*Résumé en préparation.*", "Lai Chau"));

        const string caoBangSource = "https://tuyengiaocaobang.vn/index.php/tin-trong-tinh/so-ngoai-vu-tinh-cao-bang-"
            + "diem-sang-trong-cong-tac-doi-ngoai-phuc-vu-phat-tien-kinh-te-xa-hoi-cua-tinh-2109.html";
        var caoBang = Article(demo.CaoBang.Id, local.Id, "Nguyễn Anh Quế", caoBangSource);
        var caoBangDay = Utc(2025, 11, 14, 1);
        caoBang.Translations.Add(Source("cao-bang-de.md", caoBangDay, "Cao Bang", "Außenpolitik", "China"));
        caoBang.Translations.Add(Translation("vi", TranslationStatus.Published, caoBangDay.AddHours(3),
            "Sở Ngoại vụ tỉnh Cao Bằng – điểm sáng trong công tác đối ngoại phục vụ phát triển kinh tế – xã hội",
            "Giai đoạn 2020–2025, Sở Ngoại vụ Cao Bằng đã tham mưu tổ chức 120 đoàn đi, đón tiếp khoảng 190 đoàn "
            + "và ký kết 69 văn bản, thỏa thuận quốc tế.",
            "*Đây là bản tóm tắt bài viết của đồng chí Nguyễn Anh Quế, Giám đốc Sở Ngoại vụ tỉnh Cao Bằng.*\n\n"
            + "Trong giai đoạn 2020–2025, Sở đã tham mưu cho Tỉnh ủy, HĐND và UBND tỉnh tổ chức 120 đoàn đi, đón "
            + "tiếp và làm việc với khoảng 190 đoàn, ký kết 69 văn bản, thỏa thuận quốc tế với các địa phương, đối tác "
            + "và doanh nghiệp nước ngoài. Ngoại giao kinh tế được đặt ở vị trí trung tâm.\n\n"
            + "Giai đoạn 2026–2030, Sở tập trung vào sáu nhiệm vụ, trong đó có ngoại giao kinh tế, hợp tác địa "
            + "phương với các tỉnh của Trung Quốc và thông tin đối ngoại.\n\n"
            + $"Đọc bài gốc: [Tuyên giáo Cao Bằng]({caoBangSource})",
            "Cao Bằng", "đối ngoại", "ngoại giao kinh tế"));
        caoBang.Translations.Add(Translation("en", TranslationStatus.Published, caoBangDay.AddHours(4),
            "Cao Bang's Department of Foreign Affairs: a bright spot in foreign affairs serving development",
            "From 2020 to 2025 the department prepared 120 outgoing delegations, received about 190 and advised on "
            + "69 international documents and agreements.",
            "*This is a summary of an article by Nguyen Anh Que, Director of the Cao Bang Department of Foreign "
            + "Affairs.*\n\n"
            + "From 2020 to 2025 the department advised the province on sending 120 delegations, receiving and "
            + "working with about 190, and signing 69 international documents and agreements with foreign "
            + "localities, partners and businesses. Economic diplomacy was at the centre.\n\n"
            + "For 2026–2030 it sets six tasks, among them economic diplomacy, cooperation with Chinese provinces "
            + "and information for foreign audiences.\n\n"
            + $"Read the original: [Tuyen giao Cao Bang]({caoBangSource})",
            "Cao Bang", "foreign affairs", "economic diplomacy"));
        caoBang.Translations.Add(Translation("zh", TranslationStatus.InReview, null,
            "高平省外事厅：对外工作服务经济社会发展的亮点",
            "2020—2025年，高平省外事厅组织出访团组120个，接待约190个团组，签署69份国际文件和协议。",
            "*本文为高平省外事厅厅长阮英贵文章的摘要（审核中）。*", "Cao Bang"));
        foreach (var article in new[] { laiChau, caoBang })
        {
            article.SearchText = TextSearch.Build(article.SearchTerms());
        }

        db.AddRange(laiChau, caoBang);
        await db.SaveChangesAsync(ct);

        var laiChauDe = laiChau.Translations.Single(t => t.Lang == "de");
        var caoBangVi = caoBang.Translations.Single(t => t.Lang == "vi");
        db.AddRange(
            Comment(laiChauDe, "Jonas aus Leipzig", "Sehr interessant, besonders die Saisonarbeit in Mungyeong.",
                CommentStatus.Approved, Utc(2025, 11, 16, 9)),
            Comment(laiChauDe, "Min-ji", "Ich habe Lai Chau 2024 besucht – wunderschöne Landschaft!",
                CommentStatus.Approved, Utc(2025, 11, 17, 13)),
            Comment(laiChauDe, "Anna", "Gibt es die Zahlen auch für 2025?", CommentStatus.Pending,
                Utc(2025, 11, 28, 7)),
            Comment(caoBangVi, "Nguyễn Văn Hùng", "Mong tỉnh tiếp tục thu hút đầu tư vào khu kinh tế cửa khẩu.",
                CommentStatus.Approved, Utc(2025, 11, 15, 2)),
            Comment(caoBangVi, "Lê Thu", "Cho hỏi lịch Hội chợ thương mại Việt – Trung năm nay?",
                CommentStatus.Pending, Utc(2025, 11, 29, 3)));
        await db.SaveChangesAsync(ct);
    }

    private static ArticleCategory Category(int province, string slug, params (string Lang, string Name)[] names) =>
        new()
        {
            ProvinceId = province, Slug = slug,
            Names = [.. names.Select(n => new ArticleCategoryName { Lang = n.Lang, Name = n.Name })],
        };

    private static Article Article(int province, int category, string author, string source) => new()
    {
        ProvinceId = province, CategoryId = category, Author = author, AuthorSlug = Slugs.From(author, "author"),
        SourceUrl = source,
    };

    /// <summary>The German source text kept in the repository: its title, a blank line, its lead, a blank line,
    /// its body (Markdown).</summary>
    private static ArticleTranslation Source(string file, DateTime published, params string[] tags)
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Attache.Portal.Editorial.Demo." + file)
            ?? throw new InvalidOperationException($"The demo article {file} is not embedded.");
        var text = new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var parts = text.Split("\n\n", 3);
        return Translation("de", TranslationStatus.Published, published, parts[0].Trim(), parts[1].Trim(),
            parts[2].Trim(), tags);
    }

    private static ArticleTranslation Translation(string lang, TranslationStatus status, DateTime? published,
        string title, string summary, string body, params string[] tags) => new()
        {
            Lang = lang, Status = status, PublishedAt = published, Title = title, Slug = Slugs.From(title),
            Summary = summary, Body = body,
            Tags = [.. tags.Select(t => new ArticleTag { Label = t, Slug = Slugs.From(t, "tag") }).DistinctBy(t => t.Slug)],
        };

    private static ArticleComment Comment(ArticleTranslation translation, string author, string body,
        CommentStatus status, DateTime submitted) => new()
        {
            ProvinceId = translation.Article!.ProvinceId, TranslationId = translation.Id, AuthorName = author,
            Body = body, Status = status, SubmittedAt = submitted,
            ModeratedAt = status == CommentStatus.Pending ? null : submitted.AddHours(5),
        };
}
