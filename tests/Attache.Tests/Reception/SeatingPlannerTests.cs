using Attache.Reception;

namespace Attache.Tests.Reception;

/// <summary>The generators against layouts drawn by hand. Hosts are 1, 2, 3…, guests 11, 12, 13…, the interpreter
/// staff member 900; "I" in the drawings.</summary>
public sealed class SeatingPlannerTests
{
    private static string Who(SeatPlacement seat) =>
        seat.Occupant.StaffMemberId is not null ? "I" : seat.Occupant.ParticipantId!.Value.ToString(
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows as drawn: the opposite row on top, the host row below; "." for an empty seat.</summary>
    private static string[] Rows(SeatingPlan plan)
    {
        var width = plan.SeatsPerTable / 2;
        var at = plan.Seats.ToDictionary(s => s.Position, Who);
        string Row(int offset) => string.Join(' ', Enumerable.Range(offset + 1, width)
            .Select(p => at.GetValueOrDefault(p, ".")));
        return [Row(width), Row(0)];
    }

    [Fact]
    public void Talks_face_each_other_heads_in_the_middle_the_interpreter_beside_the_host()
    {
        var plan = SeatingPlanner.Facing([1, 2, 3], [11, 12, 13, 14], 900);

        // Host row (seen from above, the hosts at the bottom): the host No. 2 on the host's right, the interpreter
        // on the host's left, the host No. 3 next on the left. The guests face them: the chief guest opposite the
        // host, guest No. 2 on his right (the drawing's left), No. 3 on his left, No. 4 on his right again.
        Assert.Equal(SeatingLayout.Facing, plan.Layout);
        Assert.Equal(8, plan.SeatsPerTable);
        Assert.Equal(["14 12 11 13", "3 I 1 2"], Rows(plan));
    }

    [Fact]
    public void Talks_without_an_interpreter_alternate_right_and_left()
    {
        var plan = SeatingPlanner.Facing([1, 2, 3, 4, 5], [11, 12], null);
        Assert.Equal([". 12 11 . .", "5 3 1 2 4"], Rows(plan));
    }

    [Fact]
    public void A_long_table_seats_the_host_and_the_chief_guest_face_to_face_and_mixes_the_sides()
    {
        var plan = SeatingPlanner.LongTable([1, 2, 3], [11, 12, 13, 14], 900);

        // Guest No. 2 on the host's right, host No. 2 on the chief guest's right, the interpreter on the host's
        // left, guest No. 3 on the chief guest's left, then host No. 3 (host's right again), guest No. 4.
        Assert.Equal(["14 2 11 13 .", ". I 1 12 3"], Rows(plan));
    }

    [Fact]
    public void Round_tables_put_the_chief_guest_on_the_hosts_right_and_the_second_guest_on_the_left()
    {
        var plan = SeatingPlanner.RoundTables([1, 2, 3], [11, 12, 13, 14], 900, 6);

        // Table 1 (6 seats, 2 on the host's right, 6 on the left): host 1, chief guest 2, guest No. 2 at 6,
        // interpreter at 3, host No. 2 at 5, guest No. 3 at 4. Table 2: host No. 3 at its head seat, guest No. 4
        // on his right.
        Assert.Equal(2, plan.Tables);
        Assert.Equal(
            [(1, 1, "1"), (1, 2, "11"), (1, 6, "12"), (1, 3, "I"), (1, 5, "2"), (1, 4, "13"), (2, 1, "3"), (2, 2, "14")],
            plan.Seats.Select(s => (s.Table, s.Position, Who(s))));
    }

    [Fact]
    public void Round_table_seats_go_right_and_left_of_the_head_seat() =>
        Assert.Equal([1, 2, 8, 3, 7, 4, 6, 5], SeatingPlanner.RoundOrder(8));
}
