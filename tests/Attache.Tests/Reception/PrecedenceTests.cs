using Attache.Reception;

namespace Attache.Tests.Reception;

public sealed class PrecedenceTests
{
    private static ReceptionParticipant P(string name, ProtocolRank rank, bool head = false, int? order = null,
        ReceptionSide side = ReceptionSide.Guest) =>
        new() { Name = name, Rank = rank, IsHead = head, Order = order, Side = side };

    [Fact]
    public void The_head_comes_first_then_the_higher_ranks_ties_in_the_order_entered()
    {
        var people = new[]
        {
            P("Officer A", ProtocolRank.Officer),
            P("Director B", ProtocolRank.Director),
            P("Head C", ProtocolRank.DeputyDirector, head: true),
            P("Director D", ProtocolRank.Director),
            P("Host E", ProtocolRank.ProvincialLeader, head: true, side: ReceptionSide.Host),
            P("Vice governor F", ProtocolRank.ProvincialViceLeader),
        };

        Assert.Equal(["Head C", "Vice governor F", "Director B", "Director D", "Officer A"],
            Precedence.Order(people, ReceptionSide.Guest).Select(p => p.Name));
        Assert.Equal(["Host E"], Precedence.Order(people, ReceptionSide.Host).Select(p => p.Name));
    }

    [Fact]
    public void A_place_set_by_hand_takes_that_place()
    {
        var people = new[]
        {
            P("Head", ProtocolRank.Director, head: true),
            P("Deputy", ProtocolRank.DeputyDirector),
            P("Officer", ProtocolRank.Officer, order: 2),
            P("Second deputy", ProtocolRank.DeputyDirector),
            P("Guest of honour", ProtocolRank.Other, order: 1),
            P("Too far", ProtocolRank.Officer, order: 99),
        };

        Assert.Equal(["Guest of honour", "Officer", "Head", "Deputy", "Second deputy", "Too far"],
            Precedence.Order(people, ReceptionSide.Guest).Select(p => p.Name));
    }

    [Theory]
    [InlineData("Chủ tịch UBND tỉnh", ProtocolRank.ProvincialLeader)]
    [InlineData("Phó Chủ tịch UBND tỉnh", ProtocolRank.ProvincialViceLeader)]
    [InlineData("Bí thư Tỉnh ủy", ProtocolRank.ProvincialLeader)]
    [InlineData("Phó Tỉnh trưởng", ProtocolRank.ProvincialViceLeader)]
    [InlineData("Giám đốc Sở Ngoại vụ", ProtocolRank.Director)]
    [InlineData("Phó Giám đốc Sở Công Thương", ProtocolRank.DeputyDirector)]
    [InlineData("Trưởng phòng Hợp tác quốc tế", ProtocolRank.HeadOfDivision)]
    [InlineData("Chuyên viên", ProtocolRank.Officer)]
    [InlineData("Đại sứ Đặc mệnh toàn quyền", ProtocolRank.Ambassador)]
    [InlineData("Thứ trưởng Bộ Ngoại giao", ProtocolRank.ViceMinister)]
    [InlineData("Bộ trưởng", ProtocolRank.Minister)]
    [InlineData("Governor of Gyeongsangbuk-do", ProtocolRank.ProvincialLeader)]
    [InlineData("Vice Governor", ProtocolRank.ProvincialViceLeader)]
    [InlineData("Ambassador of the Republic of Korea", ProtocolRank.Ambassador)]
    [InlineData("Director", ProtocolRank.Director)]
    [InlineData("Deputy Director", ProtocolRank.DeputyDirector)]
    [InlineData("Mayor of Mungyeong", ProtocolRank.ProvincialLeader)]
    [InlineData("Vice Minister of Foreign Affairs", ProtocolRank.ViceMinister)]
    [InlineData("Nghệ sĩ", ProtocolRank.Other)]
    [InlineData(null, ProtocolRank.Other)]
    public void A_title_suggests_a_rank(string? title, ProtocolRank expected) =>
        Assert.Equal(expected, Precedence.SuggestRank(title));
}
