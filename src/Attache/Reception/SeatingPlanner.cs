namespace Attache.Reception;

/// <summary>Who sits on a seat: a participant of the reception or an interpreter of the staff roster.</summary>
public readonly record struct Occupant(int? ParticipantId, int? StaffMemberId)
{
    public static Occupant Person(int participantId) => new(participantId, null);

    public static Occupant Interpreter(int staffMemberId) => new(null, staffMemberId);
}

/// <summary>One seat of a generated plan.</summary>
public sealed record SeatPlacement(int Table, int Position, Occupant Occupant);

/// <summary>A generated seating: the layout, how many tables and seats per table, and the seats taken.</summary>
public sealed record SeatingPlan(SeatingLayout Layout, int Tables, int SeatsPerTable,
    IReadOnlyList<SeatPlacement> Seats);

/// <summary>The seating generators, pure: from both sides in order of precedence (<see cref="Precedence"/>, the
/// first of each list is its head) and the item's interpreter, the seats by protocol.
/// <para>Talks and the long table have two rows facing each other at table 1. With S seats per row, positions 1…S
/// are the host row and S+1…2S the row opposite, both numbered left to right as drawn with the host row at the
/// bottom: position S+c faces position c. A person's right is the next higher column in the host row and the next
/// lower column in the opposite row (they face each other).</para>
/// <para>Round tables: position 1 is the head seat; positions go round to the right of the person sitting there, so
/// position 2 is on its right and the last position on its left.</para></summary>
public static class SeatingPlanner
{
    public const int MinSeatsPerTable = 4;
    public const int MaxSeatsPerTable = 24;
    public const int DefaultSeatsPerTable = 10;

    /// <summary>The protocol each layout follows, quoted in the API description and the briefing pack.</summary>
    public const string Rules = "Talks: the two sides face each other, heads in the middle; the interpreter sits on "
        + "the host's left; then each side alternates right and left of its head in order of precedence. Long "
        + "table: the host and the chief guest face each other in the middle; the guest No. 2 on the host's right, "
        + "the host No. 2 on the chief guest's right, the interpreter on the host's left, then guests and hosts "
        + "alternately, right and left of the heads. Round tables: the host at the head seat of table 1, the chief "
        + "guest on the host's right, the guest No. 2 on the host's left, the interpreter on the chief guest's "
        + "right, then hosts and guests alternately, right and left; the next tables are filled in order of "
        + "precedence the same way.";

    public static SeatingPlan Generate(SeatingLayout layout, IReadOnlyList<int> hosts, IReadOnlyList<int> guests,
        int? interpreterId, int seatsPerTable = DefaultSeatsPerTable) => layout switch
        {
            SeatingLayout.Facing => Facing(hosts, guests, interpreterId),
            SeatingLayout.LongTable => LongTable(hosts, guests, interpreterId),
            _ => RoundTables(hosts, guests, interpreterId,
                Math.Clamp(seatsPerTable, MinSeatsPerTable, MaxSeatsPerTable)),
        };

    /// <summary>Talks: each side in its own row, heads facing in the middle, the interpreter beside the host.</summary>
    public static SeatingPlan Facing(IReadOnlyList<int> hosts, IReadOnlyList<int> guests, int? interpreterId)
    {
        var places = new List<(Row Row, int Offset, Occupant Who)>();
        if (hosts.Count > 0)
        {
            places.Add((Row.Host, 0, Occupant.Person(hosts[0])));
        }

        if (interpreterId is { } staff)
        {
            places.Add((Row.Host, -1, Occupant.Interpreter(staff)));
        }

        Fill(places, Row.Host, hosts.Skip(1).Select(Occupant.Person));
        if (guests.Count > 0)
        {
            places.Add((Row.Opposite, 0, Occupant.Person(guests[0])));
        }

        Fill(places, Row.Opposite, guests.Skip(1).Select(Occupant.Person));
        return TwoRows(SeatingLayout.Facing, places);
    }

    /// <summary>Banquet at one long table: host and chief guest facing in the middle, the others mixed.</summary>
    public static SeatingPlan LongTable(IReadOnlyList<int> hosts, IReadOnlyList<int> guests, int? interpreterId)
    {
        var places = new List<(Row Row, int Offset, Occupant Who)>();
        if (hosts.Count > 0)
        {
            places.Add((Row.Host, 0, Occupant.Person(hosts[0])));
        }

        if (guests.Count > 0)
        {
            places.Add((Row.Opposite, 0, Occupant.Person(guests[0])));
        }

        var queue = Queue(hosts, guests, interpreterId, headTable: false);
        var slots = BothRowsSlots().Where(s => !places.Any(p => p.Row == s.Row && p.Offset == s.Offset));
        places.AddRange(queue.Zip(slots, (who, slot) => (slot.Row, slot.Offset, who)));
        return TwoRows(SeatingLayout.LongTable, places);
    }

    /// <summary>Banquet at round tables of <paramref name="seatsPerTable"/> seats.</summary>
    public static SeatingPlan RoundTables(IReadOnlyList<int> hosts, IReadOnlyList<int> guests, int? interpreterId,
        int seatsPerTable)
    {
        var everyone = new List<Occupant>();
        if (hosts.Count > 0)
        {
            everyone.Add(Occupant.Person(hosts[0]));
        }

        everyone.AddRange(Queue(hosts, guests, interpreterId, headTable: true));
        var order = RoundOrder(seatsPerTable);
        var seats = everyone.Select((who, i) => new SeatPlacement(i / seatsPerTable + 1, order[i % seatsPerTable], who))
            .ToList();
        var tables = Math.Max(1, (everyone.Count + seatsPerTable - 1) / seatsPerTable);
        return new SeatingPlan(SeatingLayout.RoundTables, tables, seatsPerTable, seats);
    }

    /// <summary>The seats of a round table in the order they are given: the head seat, then right and left of it
    /// alternately (1, 2, S, 3, S-1, …).</summary>
    public static int[] RoundOrder(int seats)
    {
        var order = new List<int> { 1 };
        for (var (right, left) = (2, seats); order.Count < seats; right++, left--)
        {
            order.Add(right);
            if (order.Count < seats)
            {
                order.Add(left);
            }
        }

        return [.. order];
    }

    private enum Row
    {
        Host,
        Opposite,
    }

    /// <summary>Everyone after the host (banquets): round tables start with the chief guest, the guest No. 2 and the
    /// interpreter; the long table (whose chief guest is already seated) with the guest No. 2, the host No. 2 and
    /// the interpreter; then hosts and guests alternately, the rest of the longer side at the end.</summary>
    private static List<Occupant> Queue(IReadOnlyList<int> hosts, IReadOnlyList<int> guests, int? interpreterId,
        bool headTable)
    {
        var queue = new List<Occupant>();
        var hostRest = hosts.Skip(1).Select(Occupant.Person).ToList();
        var guestRest = guests.Skip(headTable ? 0 : 1).Select(Occupant.Person).ToList();
        void Take(List<Occupant> from)
        {
            if (from.Count > 0)
            {
                queue.Add(from[0]);
                from.RemoveAt(0);
            }
        }

        Take(guestRest);
        if (headTable)
        {
            Take(guestRest);
        }
        else
        {
            Take(hostRest);
        }

        if (interpreterId is { } staff)
        {
            queue.Add(Occupant.Interpreter(staff));
        }

        var hostsNext = headTable;
        while (hostRest.Count > 0 || guestRest.Count > 0)
        {
            Take((hostsNext && hostRest.Count > 0) || guestRest.Count == 0 ? hostRest : guestRest);
            hostsNext = !hostsNext;
        }

        return queue;
    }

    /// <summary>Right and left of the head of one row alternately, each time the nearest place free on that side.
    /// </summary>
    private static void Fill(List<(Row Row, int Offset, Occupant Who)> places, Row row, IEnumerable<Occupant> people)
    {
        bool Taken(int offset) => places.Any(p => p.Row == row && p.Offset == offset);
        var (right, left, toRight) = (1, -1, true);
        foreach (var who in people)
        {
            if (toRight)
            {
                while (Taken(right))
                {
                    right++;
                }

                places.Add((row, right++, who));
            }
            else
            {
                while (Taken(left))
                {
                    left--;
                }

                places.Add((row, left--, who));
            }

            toRight = !toRight;
        }
    }

    private static IEnumerable<int> Offsets()
    {
        for (var k = 1; ; k++)
        {
            yield return k;
            yield return -k;
        }
    }

    /// <summary>Host's right, the opposite head's right, host's left, the opposite head's left, then one further.
    /// </summary>
    private static IEnumerable<(Row Row, int Offset)> BothRowsSlots()
    {
        foreach (var offset in Offsets())
        {
            yield return (Row.Host, offset);
            yield return (Row.Opposite, offset);
        }
    }

    /// <summary>Columns from offsets (a person's right: higher column in the host row, lower in the opposite row),
    /// the rows as wide as the wider side needs.</summary>
    private static SeatingPlan TwoRows(SeatingLayout layout, List<(Row Row, int Offset, Occupant Who)> places)
    {
        if (places.Count == 0)
        {
            return new SeatingPlan(layout, 1, 0, []);
        }

        var columns = places.Select(p => (p.Row, Column: p.Row == Row.Host ? p.Offset : -p.Offset, p.Who)).ToList();
        var min = columns.Min(c => c.Column);
        var width = columns.Max(c => c.Column) - min + 1;
        var seats = columns.Select(c => new SeatPlacement(1,
                (c.Row == Row.Host ? 0 : width) + c.Column - min + 1, c.Who))
            .OrderBy(s => s.Position).ToList();
        return new SeatingPlan(layout, 1, 2 * width, seats);
    }
}
