using System.Globalization;
using System.Text;

namespace Attache.Reception;

/// <summary>The order of precedence of one side of a reception, and the rank a title suggests. Pure: the service,
/// the seating generators, the pages and the briefing pack all list people in this order.</summary>
public static class Precedence
{
    /// <summary>The wording of the rule, quoted in the API description.</summary>
    public const string Rule = "Each side in order of precedence: the head first, then by protocol rank (highest "
        + "first), ties in the order entered; a place set by hand (order 1 first) overrides that order.";

    /// <summary>The people of <paramref name="side"/> in order of precedence. <paramref name="people"/> come in the
    /// order they were entered. Without a hand-set place, the head comes first, then the higher ranks; a person with
    /// <see cref="ReceptionParticipant.Order"/> n then takes the n-th place (hand-set places are applied from the
    /// smallest, ties in the order entered).</summary>
    public static List<ReceptionParticipant> Order(IEnumerable<ReceptionParticipant> people, ReceptionSide side)
    {
        var indexed = people.Where(p => p.Side == side).Select((person, entered) => (person, entered)).ToList();
        var result = indexed.Where(x => x.person.Order is null)
            .OrderBy(x => x.person.IsHead ? 0 : 1).ThenBy(x => x.person.Rank).ThenBy(x => x.entered)
            .Select(x => x.person).ToList();
        foreach (var (person, _) in indexed.Where(x => x.person.Order is not null)
                     .OrderBy(x => x.person.Order).ThenBy(x => x.entered))
        {
            result.Insert(Math.Clamp(person.Order!.Value - 1, 0, result.Count), person);
        }

        return result;
    }

    /// <summary>Both sides, guests first for an inbound delegation (they are the honoured side), hosts first
    /// otherwise.</summary>
    public static (List<ReceptionParticipant> Hosts, List<ReceptionParticipant> Guests) Sides(
        IEnumerable<ReceptionParticipant> people)
    {
        var list = people.ToList();
        return (Order(list, ReceptionSide.Host), Order(list, ReceptionSide.Guest));
    }

    /// <summary>Everyone of the plan in one list: the honoured side first (the guests of an inbound delegation,
    /// the hosts of an outbound one), each side in its order of precedence.</summary>
    public static List<ReceptionParticipant> Everyone(IEnumerable<ReceptionParticipant> people, bool inbound)
    {
        var (hosts, guests) = Sides(people);
        return inbound ? [.. guests, .. hosts] : [.. hosts, .. guests];
    }

    /// <summary>A delegation's members in the order of precedence of its reception plan: the members who are in the
    /// plan as its people rank them, then the others in the order <paramref name="members"/> come in (the order they
    /// were entered). Without a plan (<paramref name="people"/> empty) the order is unchanged.</summary>
    public static List<T> Members<T>(IEnumerable<T> members, Func<T, int> memberId,
        IEnumerable<ReceptionParticipant> people, bool inbound)
    {
        var place = new Dictionary<int, int>();
        foreach (var person in Everyone(people, inbound))
        {
            if (person.DelegationMemberId is { } id)
            {
                place.TryAdd(id, place.Count);
            }
        }

        return [.. members.Select((member, entered) => (member, entered))
            .OrderBy(x => place.TryGetValue(memberId(x.member), out var at) ? at : int.MaxValue)
            .ThenBy(x => x.entered).Select(x => x.member)];
    }

    // Checked in this order: the deputy forms before the titles they contain ("Phó Chủ tịch UBND tỉnh" holds "Chủ
    // tịch UBND tỉnh"). Titles are compared without case and diacritics.
    private static readonly (string[] Words, ProtocolRank Rank)[] Titles =
    [
        (["pho chu tich nuoc", "vice president", "pho thu tuong", "deputy prime minister"], ProtocolRank.Minister),
        (["chu tich nuoc", "president of the", "head of state", "thu tuong", "prime minister", "quoc vuong", "king"],
            ProtocolRank.HeadOfState),
        (["thu truong", "vice minister", "deputy minister", "vice-minister"], ProtocolRank.ViceMinister),
        (["bo truong", "minister"], ProtocolRank.Minister),
        (["dai su", "ambassador", "tong lanh su", "consul general", "consul-general"], ProtocolRank.Ambassador),
        (["pho chu tich", "pho bi thu", "pho tinh truong", "vice governor", "deputy governor", "vice-governor",
            "vice chair", "vice-chair", "pho thi truong", "vice mayor", "deputy mayor", "deputy party secretary",
            "pho thong doc", "pho tong thong doc"], ProtocolRank.ProvincialViceLeader),
        (["chu tich", "bi thu", "tinh truong", "governor", "chairman", "chairwoman", "chairperson", "thi truong",
            "mayor", "party secretary", "thong doc"], ProtocolRank.ProvincialLeader),
        (["pho giam doc", "deputy director", "pho cuc truong", "pho vu truong", "pho truong ban", "pho huyen truong",
            "vice director", "deputy head of"], ProtocolRank.DeputyDirector),
        (["giam doc", "director", "cuc truong", "vu truong", "truong ban", "huyen truong", "county head",
            "head of department"], ProtocolRank.Director),
        (["truong phong", "pho truong phong", "head of division", "head of unit", "chief of division"],
            ProtocolRank.HeadOfDivision),
        (["chuyen vien", "can bo", "officer", "phien dich", "interpreter", "thu ky", "secretary", "staff"],
            ProtocolRank.Officer),
    ];

    /// <summary>The rank a title suggests ("Chủ tịch UBND tỉnh" → ProvincialLeader, "Vice Governor" →
    /// ProvincialViceLeader, "Giám đốc Sở" → Director); <see cref="ProtocolRank.Other"/> when none is
    /// recognised.</summary>
    public static ProtocolRank SuggestRank(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return ProtocolRank.Other;
        }

        var folded = " " + Fold(title) + " ";
        foreach (var (words, rank) in Titles)
        {
            if (words.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal)))
            {
                return rank;
            }
        }

        return ProtocolRank.Other;
    }

    /// <summary>Lower case, without diacritics, one space between words.</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
                _ => ' ',
            });
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
