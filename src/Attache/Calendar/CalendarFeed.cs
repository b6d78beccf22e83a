using Attache.Accounts;
using Attache.Delegations;
using Attache.Infrastructure;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Attache.Calendar;

public sealed record CalendarFeedDto(string Address);

/// <summary>The personal iCalendar feed (RFC 5545) that Outlook, Thunderbird or Google Calendar subscribe to.</summary>
public sealed class CalendarFeed : IEndpoints
{
    public const string TimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>How far back and ahead the feed reaches: subscribers poll it, so it stays small.</summary>
    private const int DaysBack = 366;
    private const int DaysAhead = 731;
    private const int MaxApiDays = 400;

    public static string FeedPath(string token) => $"/calendar/{token}.ics";

    /// <summary>A new secret for a feed address: 128 random bits.</summary>
    public static string NewToken() =>
        System.Security.Cryptography.RandomNumberGenerator.GetHexString(32, lowercase: true);

    private static CalendarFeedDto Feed(HttpRequest request, AppUser user) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}{FeedPath(user.CalendarToken)}");

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        // Anonymous because calendar programs cannot sign in; the unguessable token in the address is the key,
        // and it shows exactly what its owner may read.
        app.MapGet("/calendar/{token}.ics", async Task<IResult> (AttacheDb db, CalendarService calendar, string token,
            CancellationToken ct) =>
        {
            var user = token.Length is >= 16 and <= 64
                ? await db.Users.AsNoTracking().Where(u => u.CalendarToken == token)
                    .Select(u => new { u.ProvinceId, u.LockoutEnd }).FirstOrDefaultAsync(ct)
                : null;
            if (user is null || user.LockoutEnd > db.Clock.GetUtcNow())
            {
                return TypedResults.NotFound();
            }

            // The calendar program shows the name beside the user's other calendars: it says whose events these
            // are.
            string name;
            if (user.ProvinceId is { } provinceId)
            {
                var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == provinceId, ct);
                db.Tenant.Use(province);
                name = $"Attaché – {province.NameVi}";
            }
            else
            {
                db.Tenant.UseAll();
                name = "Attaché – Toàn quốc";
            }

            var today = db.Clock.TodayInVietnam();
            var entries = await calendar.EntriesAsync(today.AddDays(-DaysBack), today.AddDays(DaysAhead), ct);
            return TypedResults.Text(Serialize(entries, db.Clock.GetUtcNow().UtcDateTime, name),
                "text/calendar; charset=utf-8");
        }).AllowAnonymous().WithTags("Calendar")
            .WithName("CalendarFeed").WithSummary("Personal iCalendar feed")
            .WithDescription("The delegations, events and deadlines its owner may read, as iCalendar (RFC 5545) for "
                + "calendar programs. No sign-in: the unguessable token in the address is the key; an "
                + "unknown token is a 404.");

        app.MapGet("/api/calendar", (CalendarService calendar, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        {
            var first = PlausibleDates.Check(from, "from") ?? throw InputValidation.Error("from", Messages.Required);
            var last = PlausibleDates.Check(to, "to") ?? throw InputValidation.Error("to", Messages.Required);
            if (last.DayNumber - first.DayNumber > MaxApiDays)
            {
                throw InputValidation.Error("to", $"Ask for at most {MaxApiDays} days at a time.");
            }

            return calendar.EntriesAsync(first, last, ct);
        }).RequireAuthorization(Accounts.Policies.Read).WithTags("Calendar")
            .WithName("Calendar").WithSummary("Calendar entries")
            .WithDescription("Delegations, events and deadlines between from and to (both required, a bounded "
                + "number of days apart), in date order.");

        var feed = app.MapGroup("/api/calendar/feed").WithTags("Calendar")
            .RequireAuthorization(Accounts.Policies.Read);
        feed.MapGet("/", async Task<Ok<CalendarFeedDto>> (HttpContext http, UserManager<AppUser> users) =>
            TypedResults.Ok(Feed(http.Request,
                await users.GetUserAsync(http.User) ?? throw ProblemException.Forbidden("No account."))))
            .WithName("GetCalendarFeed").WithSummary("The personal calendar address")
            .WithDescription("The signed-in account's iCalendar address, to subscribe to from a calendar program.");
        feed.MapPost("/", async Task<Ok<CalendarFeedDto>> (HttpContext http, UserManager<AppUser> users) =>
        {
            var user = await users.GetUserAsync(http.User) ?? throw ProblemException.Forbidden("No account.");
            user.CalendarToken = NewToken();
            var result = await users.UpdateAsync(user);
            return result.Succeeded ? TypedResults.Ok(Feed(http.Request, user))
                : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        })
            .WithName("RenewCalendarFeed").WithSummary("Renew the personal calendar address")
            .WithDescription("Gives the signed-in account a new iCalendar address; the old one answers 404 from then "
                + "on (for a lost or shared address). Changing the password renews it too.");

        return app;
    }

    public static string Serialize(IEnumerable<CalendarEntry> entries, DateTime stampUtc, string name)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Attache//Department of Foreign Affairs//VI" };
        calendar.AddTimeZone(VietnamTime());
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        foreach (var e in entries)
        {
            var item = new CalendarEvent
            {
                Uid = e.Uid,
                Summary = e.Title,
                Description = e.Description,
                Location = e.Place,
                DtStamp = new CalDateTime(stampUtc, "UTC"),
                LastModified = new CalDateTime(e.UpdatedAt, "UTC"),
            };
            if (e.AllDay)
            {
                // RFC 5545: an all-day DTEND is exclusive, the day after the last day.
                item.DtStart = new CalDateTime(e.Start);
                item.DtEnd = new CalDateTime(PlausibleDates.AddDays(e.End, 1));
            }
            else
            {
                var start = e.Start.ToDateTime(e.StartTime!.Value);
                // An hour when no end is given, except in the last hour of the calendar (a value stored long ago).
                var end = e.EndTime is { } until && until > e.StartTime.Value ? e.End.ToDateTime(until)
                    : start < DateTime.MaxValue.AddHours(-1) ? start.AddHours(1) : start;
                item.DtStart = new CalDateTime(start, TimeZone);
                item.DtEnd = new CalDateTime(end, TimeZone);
            }

            if (e.Status is not null)
            {
                item.Status = e.Status == nameof(DelegationStatus.Proposed) ? "TENTATIVE" : "CONFIRMED";
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>Indochina Time as RFC 5545 §3.6.5 wants it: a VTIMEZONE holds at least one STANDARD (or DAYLIGHT)
    /// block. Viet Nam has kept UTC+07:00 without daylight saving since 13 June 1975 (IANA tzdata), so one STANDARD
    /// block from that day, without a recurrence, describes every time the feed can hold.</summary>
    internal static VTimeZone VietnamTime()
    {
        var zone = new VTimeZone(TimeZone);
        var standard = new VTimeZoneInfo("STANDARD")
        {
            DtStart = new CalDateTime(new DateTime(1975, 6, 13, 0, 0, 0, DateTimeKind.Unspecified)),
            OffsetFrom = new UtcOffset(TimeSpan.FromHours(8)),
            OffsetTo = new UtcOffset(VietnamClock.Offset),
            TimeZoneName = "+07",
        };
        zone.AddChild(standard);
        return zone;
    }
}
