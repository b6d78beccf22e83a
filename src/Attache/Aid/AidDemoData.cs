using System.Globalization;
using Attache.Demo;
using Attache.Infrastructure;
using Attache.Partners;
using Attache.Provinces;

namespace Attache.Aid;

/// <summary>Aid of Cao Bằng 2020–2025 (nine ODA and preferential-loan projects, non-refundable aid from 41 donors) and
/// Lai Châu 2021–2025 (non-refundable aid in five currencies), with the exchange rates that convert it.</summary>
internal sealed partial class AidDemoData : IDemoData
{
    public int Order => 40;

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        foreach (var province in new[] { demo.CaoBang, demo.LaiChau })
        {
            db.AddRange(Rates.SelectMany(r => new[] { ("USD", r.Usd), ("EUR", r.Eur), ("KRW", r.Krw),
                ("JPY", r.Jpy) }.Select(c => new ExchangeRate
                {
                    ProvinceId = province.Id,
                    Currency = c.Item1,
                    Date = Day(r.Date),
                    Rate = c.Item2,
                    Source = c.Item1 == "USD" ? "Ngân hàng Nhà nước Việt Nam – tỷ giá trung tâm" : "Vietcombank – tỷ giá "
                    + "chuyển khoản",
                })));
        }

        db.AddRange(CaoBangOda.Select((o, i) => OdaProject(o, i, demo)));
        db.AddRange(CaoBangAidUsd.Select((amount, i) => CaoBangAid(amount, i, demo)));
        db.AddRange(LaiChauAid.Select((row, i) => LaiChauProject(row, i, demo)));
        await db.SaveChangesAsync(ct);
    }

    private static AidProject OdaProject(Oda o, int index, DemoContext demo)
    {
        var start = Day(o.Start);
        var end = Day(o.End);
        var project = Project(demo.CaoBang, o.Identifier, o.Kind, o.Status, o.TitleVi, o.TitleEn, start, end,
            o.Status == ActivityStatus.Closed, $"{o.Decision}", start.AddDays(-45), o.Sectors,
            o.Communes.Select(c => Locate(c, CaoBangCommunes)), "VND");
        var funds = o.Kind == AidKind.OdaGrant ? "viện trợ không hoàn lại ODA" : "vay ODA, vay ưu đãi";
        project.DescriptionVi = $"Dự án sử dụng vốn {funds} do tỉnh Cao Bằng làm chủ quản.";
        project.DescriptionEn = "Project under Cao Bằng Provincial People's Committee as line agency.";
        var donor = demo.Partner(o.Donor);
        Participate(project, donor, o.Donor, ParticipantRole.Funding);
        Money(project, donor, "VND", o.CommittedVnd, start, o.Status == ActivityStatus.Closed ? [0.3m, 0.4m,
            0.3m] : [0.35m], end, index);
        return project;
    }

    private static AidProject CaoBangAid(decimal amount, int index, DemoContext demo)
    {
        // 46 projects from 41 donors: the first 41 each from a different one, then five donors come back.
        var donors = CaoBangDonorKeys;
        var donorKey = donors[index % donors.Length];
        var theme = CaoBangThemes[index % CaoBangThemes.Length];
        // The shift by index / 15 keeps a commune from getting the same theme (and title) every 15 projects.
        var commune = CaoBangCommunes[(index * 4 + index / 15) % CaoBangCommunes.Length];
        var start = new DateOnly(2020, 2, 10).AddMonths(index * 66 / 46);
        return NonRefundable(demo, demo.CaoBang, "VN04", CaoBangCommunes, theme, commune, donorKey, "USD", amount,
            start, index);
    }

    private static AidProject LaiChauProject((string Donor, string Currency, decimal Amount, string Date) row,
        int index, DemoContext demo)
    {
        var theme = LaiChauThemes[index % LaiChauThemes.Length];
        var commune = LaiChauCommunes[(index * 3) % LaiChauCommunes.Length];
        return NonRefundable(demo, demo.LaiChau, "VN01", LaiChauCommunes, theme, commune, row.Donor, row.Currency,
            row.Amount, Day(row.Date), index);
    }

    private static AidProject NonRefundable(DemoContext demo, Province province, string prefix,
        (string Name, double Lat, double Lon)[] communes, Theme theme, (string Name, double Lat, double Lon) commune,
        string donorKey, string currency, decimal amount, DateOnly start, int index)
    {
        var (titleVi, titleEn) = theme.Titles[index / 5 % theme.Titles.Length];
        var closed = start < new DateOnly(2023, 7, 1);
        var end = start.AddMonths(closed ? 22 : 30);
        var second = communes[(Array.IndexOf(communes, commune) + 1) % communes.Length];
        var (reference, _) = Organisations[donorKey];
        var identifier = reference is null
            ? $"{prefix}-NRA-{start.Year}-{index + 1:000}"
            : $"{reference}-{prefix}-{start.Year}-{index + 1:000}";
        var project = Project(province, identifier, AidKind.NonRefundableAid,
            closed ? ActivityStatus.Closed : ActivityStatus.Implementation,
            string.Format(CultureInfo.InvariantCulture, titleVi, commune.Name),
            string.Format(CultureInfo.InvariantCulture, titleEn, commune.Name),
            start, end, closed, $"{2100 + index * 17}/QĐ-UBND", start.AddDays(-30), theme.Sectors,
            index % 3 == 0 ? [commune, second] : [commune], currency);
        project.DescriptionVi = "Khoản viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức (Nghị định "
            + "80/2020/NĐ-CP).";
        project.DescriptionEn = "Non-refundable aid outside official development assistance (Decree 80/2020/ND-CP).";
        var donor = demo.Partner(donorKey);
        Participate(project, donor, donorKey, ParticipantRole.Funding);
        if (donor.Kind == PartnerKind.Ngo)
        {
            Participate(project, donor, donorKey, ParticipantRole.Implementing);
        }

        Money(project, donor, currency, amount, start, closed ? [0.6m, 0.4m] : [0.5m], end, index);
        return project;
    }

    private static AidProject Project(Province province, string identifier, AidKind kind, ActivityStatus status,
        string titleVi, string titleEn, DateOnly start, DateOnly end, bool finished, string decision,
        DateOnly decisionDate, (string Code, decimal Percentage)[] sectors,
        IEnumerable<(string Name, double Lat, double Lon)> communes, string currency)
    {
        var project = new AidProject
        {
            ProvinceId = province.Id,
            Identifier = identifier,
            TitleVi = titleVi,
            TitleEn = titleEn,
            Kind = kind,
            Status = status,
            PlannedStart = start,
            ActualStart = start,
            PlannedEnd = end,
            ActualEnd = finished ? end : null,
            DecisionNumber = decision,
            DecisionDate = decisionDate,
            DecisionAuthority = $"Ủy ban nhân dân {province.NameVi}",
            DefaultCurrency = currency,
        };
        project.Sectors.AddRange(sectors.Select(s => new AidSector
        {
            ProvinceId = province.Id, Code = s.Code,
            Percentage = s.Percentage
        }));
        project.Locations.AddRange(communes.Select(c => new AidLocation
        {
            ProvinceId = province.Id, Commune = c.Name,
            Latitude = c.Lat, Longitude = c.Lon
        }));
        project.Budgets.Add(new AidBudget
        {
            ProvinceId = province.Id, PeriodStart = start, PeriodEnd = end, Value = 0,
            Currency = currency
        });
        return project;
    }

    // Ids, not navigations: the partners were saved by an earlier part and are no longer tracked.
    private static void Participate(AidProject project, Partner donor, string key, ParticipantRole role)
    {
        var (reference, type) = Organisations[key];
        project.Participants.Add(new AidParticipant
        {
            ProvinceId = project.ProvinceId, PartnerId = donor.Id,
            Role = role, OrganisationRef = reference, OrganisationType = type
        });
    }

    /// <summary>The commitment on the start date, then disbursements in tranches (shares of the commitment) spread to
    /// the end.</summary>
    private static void Money(AidProject project, Partner donor, string currency, decimal committed, DateOnly start,
        decimal[] tranches, DateOnly end, int index)
    {
        project.Budgets[0].Value = committed;
        project.Transactions.Add(Transaction(project, donor, TransactionType.IncomingCommitment, start, committed,
            currency, "Cam kết tài trợ theo văn kiện được phê duyệt"));
        var span = end.DayNumber - start.DayNumber;
        for (var i = 0; i < tranches.Length; i++)
        {
            var date = DateOnly.FromDayNumber(start.DayNumber + 60 + (span - 90) * i / Math.Max(tranches.Length,
                2) + index % 7);
            project.Transactions.Add(Transaction(project, donor, TransactionType.Disbursement, date,
                committed * tranches[i], currency, $"Giải ngân đợt {i + 1}"));
        }
    }

    private static AidTransaction Transaction(AidProject project, Partner donor, TransactionType type, DateOnly date,
        decimal value, string currency, string description) => new()
        {
            ProvinceId = project.ProvinceId,
            Type = type,
            Date = date,
            ValueDate = date,
            Value = value,
            Currency = currency,
            Description = description,
            ProviderPartnerId = donor.Id,
            ReceiverName = project.DecisionAuthority,
        };

    private static (string Name, double Lat, double Lon) Locate(string name,
        (string Name, double Lat, double Lon)[] communes) =>
        communes.FirstOrDefault(c => c.Name == name) is { Name: not null } found ? found : (name, 22.67, 106.26);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The 41 non-refundable aid donors of Cao Bằng (the ODA lenders follow them in the table). A property,
    /// not a
    /// field: the table is in the other half of this partial class, whose initialisation order is not
    /// defined.</summary>
    private static string[] CaoBangDonorKeys => [.. Organisations.Keys.Where(k => k.StartsWith("cb-",
        StringComparison.Ordinal)).Take(41)];
}
