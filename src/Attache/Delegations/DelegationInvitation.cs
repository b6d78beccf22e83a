using System.Globalization;
using Attache.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Attache.Delegations;

/// <summary>A person a delegation's invitation goes to.</summary>
public sealed record InvitationAttendee(string Name, string Email);

/// <summary>What an invitation says: the event is the whole visit, in Viet Nam's time.</summary>
public sealed record InvitationEvent(int DelegationId, string Title, string? Purpose, string? Places,
    DateTime Start, DateTime End, int Sequence, bool Cancelled, string OrganiserName, string OrganiserEmail,
    IReadOnlyList<InvitationAttendee> Attendees);

/// <summary>The iCalendar text of a delegation's invitation (RFC 5546 iTIP): METHOD:REQUEST with the attendees, sent
/// again with a higher SEQUENCE when the dates or places change, and METHOD:CANCEL (STATUS:CANCELLED) when the
/// delegation is cancelled; one UID per delegation so that a calendar replaces or removes the event it holds.</summary>
public static class DelegationInvitation
{
    /// <summary>The office day, for a first or last day without a time in the programme.</summary>
    public static readonly TimeOnly DayStarts = new(8, 0);
    public static readonly TimeOnly DayEnds = new(17, 0);

    public static string Uid(int delegationId) => $"delegation-{delegationId}-invitation@attache";

    /// <summary>The event's description: the purpose, then one line per programme item ("10/03/2030 14:30–16:00
    /// Talks, People's Committee"), so that a change of the programme reaches the members' calendars.</summary>
    public static string? Description(string? purpose, IEnumerable<ItineraryItem> programme)
    {
        var lines = programme.Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{i.Date:dd/MM/yyyy}{Times(i.StartTime, i.EndTime)} {i.Activity}, {i.Place}")).ToList();
        return lines.Count == 0 ? purpose
            : string.Join("\n", purpose is null ? lines : [purpose, "", .. lines]);
    }

    private static string Times(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => string.Create(CultureInfo.InvariantCulture, $" {s:HH:mm}–{e:HH:mm}"),
        ({ } s, null) => string.Create(CultureInfo.InvariantCulture, $" {s:HH:mm}"),
        _ => "",
    };

    public static string Write(InvitationEvent e, DateTime stampUtc)
    {
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//Attache//Department of Foreign Affairs//VI",
            Method = e.Cancelled ? "CANCEL" : "REQUEST",
        };
        calendar.AddTimeZone(CalendarFeed.VietnamTime());
        var item = new CalendarEvent
        {
            Uid = Uid(e.DelegationId),
            Sequence = e.Sequence,
            Summary = e.Title,
            Description = e.Purpose,
            Location = e.Places,
            DtStamp = new CalDateTime(stampUtc, "UTC"),
            DtStart = new CalDateTime(e.Start, CalendarFeed.TimeZone),
            DtEnd = new CalDateTime(e.End, CalendarFeed.TimeZone),
            Status = e.Cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer("mailto:" + e.OrganiserEmail) { CommonName = e.OrganiserName },
        };
        foreach (var a in e.Attendees)
        {
            item.Attendees.Add(new Attendee("mailto:" + a.Email)
            {
                CommonName = a.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = e.Cancelled ? "DECLINED" : "NEEDS-ACTION",
                Rsvp = !e.Cancelled,
            });
        }

        calendar.Events.Add(item);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
