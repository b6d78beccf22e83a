using Attache.Demo;
using Attache.Infrastructure;
using Attache.Partners;
using static Attache.Delegations.DelegationDemoCatalogue;

namespace Attache.Delegations;

/// <summary>The delegation registers of Lai Châu and Cao Bằng, record by record, so that the figures of the source
/// articles
/// come out of them: Lai Châu received 536 delegations with 3,696 foreign visitors from 2020 to 15 Nov 2025;
/// Cao Bằng sent 120 and received 190 in 2020–2025. Every delegation went through the lifecycle.</summary>
internal sealed class DelegationDemoData : IDemoData
{
    public const int LaiChauForeignVisitors = 3696;

    public int Order => 30;

    private sealed record Register(string Province, DelegationDirection Direction, int[] PerYear, DateOnly LastDay,
        Source[] Sources, int? ForeignVisitors = null);

    private sealed class Draft
    {
        public required Register Register { get; init; }
        public required Source Source { get; init; }
        public required string[] PartnerKeys { get; init; }
        public DateOnly Start { get; init; }
        public DateOnly End { get; init; }
        public int Size { get; set; }
        public bool KeepsList { get; init; }
    }

    private static readonly Register[] Registers =
    [
        // 52+31+88+118+132+115 = 536; COVID-19 closed the border in 2020–2021.
        new("VN-01", DelegationDirection.Inbound, [52, 31, 88, 118, 132, 115], new(2025, 11, 15), LaiChauInbound,
            LaiChauForeignVisitors),
        new("VN-01", DelegationDirection.Outbound, [4, 1, 5, 8, 9, 7], new(2025, 11, 15), LaiChauOutbound),
        // 12+6+16+28+30+28 = 120 sent; 20+9+26+42+48+45 = 190 received.
        new("VN-04", DelegationDirection.Outbound, [12, 6, 16, 28, 30, 28], new(2025, 12, 31), CaoBangOutbound),
        new("VN-04", DelegationDirection.Inbound, [20, 9, 26, 42, 48, 45], new(2025, 12, 31), CaoBangInbound),
    ];

    private readonly Random random = new(3696);
    private int decisionNumber = 100;

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        foreach (var register in Registers)
        {
            var drafts = Plan(register);
            if (register.ForeignVisitors is { } total)
            {
                Balance(drafts, total);
            }

            var delegations = drafts.Select(d => Build(d, demo)).ToList();
            // The last return of each outbound register still owes its outcome report: the home page reminder.
            var last = drafts.FindLastIndex(d => d.Register.Direction == DelegationDirection.Outbound);
            for (var i = 0; i < delegations.Count; i++)
            {
                Complete(delegations[i], drafts[i],
                    reported: register.Direction == DelegationDirection.Outbound ? i != last : random.Next(10) < 6);
            }

            db.AddRange(delegations);
            await db.SaveChangesAsync(ct);
            // Saved registers need no tracking; each save then only looks at its own records.
            db.ChangeTracker.Clear();
        }

        db.AddRange(DelegationDemoCurrent.Build(demo, this));
        await db.SaveChangesAsync(ct);
    }

    private List<Draft> Plan(Register register)
    {
        var drafts = new List<Draft>();
        var weights = register.Sources.Sum(s => s.Weight);
        for (var y = 0; y < Years.Length; y++)
        {
            var first = new DateOnly(Years[y], 1, 1);
            var lastDay = Years[y] == register.LastDay.Year ? register.LastDay : new DateOnly(Years[y], 12, 31);
            var span = lastDay.DayNumber - first.DayNumber + 1;
            var count = register.PerYear[y];
            for (var i = 0; i < count; i++)
            {
                var start = first.AddDays((int)((i + random.NextDouble()) * span / count));
                var days = register.Direction == DelegationDirection.Inbound ? random.Next(1, 5) : random.Next(4, 9);
                var source = Pick(register.Sources, weights);
                var partner = source.Partners[random.Next(source.Partners.Length)];
                var second = source.Partners[random.Next(source.Partners.Length)];
                drafts.Add(new Draft
                {
                    Register = register,
                    Source = source,
                    PartnerKeys = second != partner && random.Next(100) < 15 ? [partner, second] : [partner],
                    Start = start,
                    End = start.AddDays(days - 1),
                    Size = random.Next(source.MinSize, source.MaxSize + 1),
                    KeepsList = drafts.Count % (register.Direction == DelegationDirection.Inbound ? 9 : 6) == 4,
                });
            }
        }

        return drafts;
    }

    private Source Pick(Source[] sources, int weights)
    {
        var roll = random.Next(weights);
        foreach (var s in sources)
        {
            if ((roll -= s.Weight) < 0)
            {
                return s;
            }
        }

        return sources[^1];
    }

    /// <summary>Evens out the drawn sizes of the delegations without a member list until they add up to the total
    /// the article gives.</summary>
    private static void Balance(List<Draft> drafts, int total)
    {
        var gap = total - drafts.Sum(d => d.Size);
        var adjustable = drafts.Where(d => !d.KeepsList).ToList();
        for (var i = 0; gap != 0; i = (i + 1) % adjustable.Count)
        {
            var d = adjustable[i];
            if (gap > 0 && d.Size < d.Source.MaxSize + 4)
            {
                d.Size++;
                gap--;
            }
            else if (gap < 0 && d.Size > Math.Max(1, d.Source.MinSize - 1))
            {
                d.Size--;
                gap++;
            }
        }
    }

    private Delegation Build(Draft draft, DemoContext demo)
    {
        var province = demo.Provinces[draft.Register.Province];
        var partners = draft.PartnerKeys.Select(demo.Partner).ToList();
        var inbound = draft.Register.Direction == DelegationDirection.Inbound;
        var topics = Topics[draft.Source.Country];
        var topic = topics[random.Next(topics.Length)];
        var partnerName = partners[0].NameVietnamese ?? partners[0].NameLatin;
        var templates = inbound ? InboundTitles : OutboundTitles;
        var level = Level();
        var delegation = new Delegation
        {
            ProvinceId = province.Id,
            Direction = draft.Register.Direction,
            Title = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                templates[random.Next(templates.Length)], partnerName, province.NameVi, topic),
            Purpose = $"Trao đổi, thúc đẩy hợp tác về {topic}.",
            Level = level,
            Places = inbound
                ? Places[draft.Register.Province][random.Next(Places[draft.Register.Province].Length)]
                : partners[0].NameLatin,
            BudgetPlanned = inbound
                ? (random.Next(2) == 0 ? Million(random.Next(2, 13) * 5) : null)
                : Million(random.Next(16, 121) * 5),
        };
        delegation.BudgetSpent = delegation.BudgetPlanned is { } planned
            ? Math.Round(planned * random.Next(78, 101) / 100_000m) * 1000m
            : null;
        (delegation.HeadName, delegation.HeadTitle, delegation.HeadOrganisation) = inbound
            ? (Person(draft.Source.Country), ForeignTitles[random.Next(ForeignTitles.Length)], partners[0].NameLatin)
            : Leader(level, province.NameVi);
        delegation.Schedule(draft.Start, draft.End, null, null);
        foreach (var p in partners)
        {
            delegation.Partners.Add(new DelegationPartner { PartnerId = p.Id, ProvinceId = province.Id });
        }

        foreach (var country in partners.Select(p => p.Country).Distinct())
        {
            delegation.Countries.Add(new DelegationCountry { Country = country, ProvinceId = province.Id });
        }

        if (draft.KeepsList)
        {
            var nationality = inbound ? draft.Source.Country : "VN";
            for (var m = 0; m < draft.Size; m++)
            {
                delegation.Members.Add(new DelegationMember
                {
                    ProvinceId = province.Id,
                    Name = m == 0 ? delegation.HeadName! : Person(nationality),
                    Title = m == 0 ? delegation.HeadTitle : MemberTitles[random.Next(MemberTitles.Length)],
                    Organisation = m == 0 ? delegation.HeadOrganisation
                        : inbound ? partners[0].NameLatin : delegation.HeadOrganisation,
                    Nationality = nationality,
                });
            }

            delegation.CountMembers();
            AddProgramme(delegation, inbound ? Places[draft.Register.Province][0] : partners[0].NameLatin,
                inbound ? province.NameVi : partnerName);
        }
        else
        {
            delegation.EnterCounts(draft.Size, inbound ? draft.Size : 0);
        }

        return delegation;
    }

    internal static void AddProgramme(Delegation delegation, string place, string counterpart)
    {
        delegation.Itinerary.Add(Item(delegation, delegation.PlannedStart, new(8, 30), new(11, 0), place, "Hội đàm",
            counterpart));
        delegation.Itinerary.Add(Item(delegation, delegation.PlannedStart, new(14, 0), new(16, 30), place,
            "Thăm cơ sở sản xuất và điểm du lịch", null));
        if (delegation.PlannedEnd > delegation.PlannedStart)
        {
            delegation.Itinerary.Add(Item(delegation, delegation.PlannedEnd, new(8, 0), null, place,
                "Kết thúc chuyến công tác", null));
        }
    }

    private static ItineraryItem Item(Delegation d, DateOnly date, TimeOnly start, TimeOnly? end, string place,
        string activity, string? counterpart) => new()
        {
            ProvinceId = d.ProvinceId,
            Date = date,
            StartTime = start,
            EndTime = end,
            Place = place,
            Activity = activity,
            Counterpart = counterpart,
        };

    /// <summary>Takes a delegation of the past through its lifecycle as the department would have.</summary>
    private void Complete(Delegation delegation, Draft draft, bool reported)
    {
        Approve(delegation, draft.Start.AddDays(-random.Next(7, 26)));
        Move(delegation, new DelegationTransition { To = DelegationStatus.UnderWay, ActualStart = draft.Start },
            draft.Start);
        Move(delegation, new DelegationTransition { To = DelegationStatus.Completed, ActualEnd = draft.End },
            draft.End);
        if (reported)
        {
            var on = draft.End.AddDays(random.Next(2, 13));
            Move(delegation, new DelegationTransition
            {
                To = DelegationStatus.Reported,
                ReportedOn = on,
                Outcome = "Hoàn thành chương trình; các bên thống nhất tiếp tục trao đổi đoàn.",
            }, on);
        }
    }

    internal void Approve(Delegation delegation, DateOnly on)
    {
        Move(delegation, new DelegationTransition
        {
            To = DelegationStatus.Approved,
            DecisionNumber = $"{decisionNumber++}/QĐ-UBND",
            DecisionDate = on,
            ApprovingAuthority = delegation.Level == DelegationLevel.PartySecretary
                ? "Ban Thường vụ Tỉnh ủy"
                : "Ủy ban nhân dân tỉnh",
        }, on);
    }

    /// <summary>A step of the demo's history, taken by the department's leaders (who may approve).</summary>
    internal static void Move(Delegation delegation, DelegationTransition move, DateOnly on) =>
        delegation.MoveTo(move, on, mayApprove: true);

    private DelegationLevel Level() => random.Next(100) switch
    {
        < 50 => DelegationLevel.Department,
        < 70 => DelegationLevel.PeoplesCommitteeViceChair,
        < 84 => DelegationLevel.Commune,
        < 89 => DelegationLevel.PeoplesCommitteeChair,
        < 92 => DelegationLevel.PartySecretary,
        _ => DelegationLevel.Other,
    };

    private (string, string, string) Leader(DelegationLevel level, string province) => level switch
    {
        DelegationLevel.PartySecretary => (Person("VN"), "Bí thư Tỉnh ủy", $"Tỉnh ủy {province}"),
        DelegationLevel.PeoplesCommitteeChair => (Person("VN"), "Chủ tịch UBND tỉnh", $"UBND tỉnh {province}"),
        DelegationLevel.PeoplesCommitteeViceChair =>
            (Person("VN"), "Phó Chủ tịch UBND tỉnh", $"UBND tỉnh {province}"),
        DelegationLevel.Commune when province == "Lai Châu" =>
            ("Lê Hữu Hồng", "Chủ tịch UBND xã", "UBND xã Phong Thổ"),
        DelegationLevel.Commune => (Person("VN"), "Chủ tịch UBND xã", "UBND xã Trà Lĩnh"),
        DelegationLevel.Department when province == "Lai Châu" =>
            ("Kiều Hải Nam", "Giám đốc Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Lai Châu"),
        DelegationLevel.Department => ("Nguyễn Anh Quế", "Giám đốc Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Cao Bằng"),
        _ => (Person("VN"), "Chủ tịch Liên hiệp các tổ chức hữu nghị",
            $"Liên hiệp các tổ chức hữu nghị tỉnh {province}"),
    };

    private string Person(string country)
    {
        var (family, given) = Names.TryGetValue(country, out var pool) ? pool : Names["XX"];
        var f = family[random.Next(family.Length)];
        var g = given[random.Next(given.Length)];
        return country is "CN" or "KR" or "JP" or "VN" ? $"{f} {g}" : $"{g} {f}";
    }

    private static decimal Million(int millions) => millions * 1_000_000m;
}
