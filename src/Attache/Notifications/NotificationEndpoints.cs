using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Notifications;

/// <summary>The signed-in user's inbox and notification preferences. Every signed-in user has them; each sees only
/// their own notifications (another person's is a 404).</summary>
public sealed class NotificationEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();

        group.MapGet("/", (NotificationService inbox, [AsParameters] NotificationQuery query, CancellationToken ct) =>
                inbox.ListAsync(query, ct))
            .WithName("ListNotifications").WithSummary("List my notifications")
            .WithDescription("A page of the signed-in user's notifications, newest first, with the link to the page "
                + "each is about; `unread=true` keeps those not read yet. Titles and bodies are in the request's "
                + "language (Accept-Language: vi-VN by default, or en-GB), whatever language the mail was written in.");

        group.MapGet("/unread-count", (NotificationService inbox, CancellationToken ct) => inbox.UnreadCountAsync(ct))
            .WithName("CountUnreadNotifications").WithSummary("Count my unread notifications")
            .WithDescription("How many of the signed-in user's notifications are not read (the bell's figure).");

        group.MapPost("/{id:int}/read", async Task<Results<NoContent, NotFound>> (NotificationService inbox, int id,
                CancellationToken ct) => await inbox.MarkReadAsync(id, ct) ? TypedResults.NoContent()
                : TypedResults.NotFound())
            .WithName("MarkNotificationRead").WithSummary("Mark a notification read")
            .WithDescription("Marks one of the signed-in user's notifications read; marking it again changes "
                + "nothing. Another person's notification, or none, is a 404.");

        group.MapPost("/read-all", (NotificationService inbox, CancellationToken ct) => inbox.MarkAllReadAsync(ct))
            .WithName("MarkAllNotificationsRead").WithSummary("Mark all my notifications read")
            .WithDescription("Marks every unread notification of the signed-in user read and says how many.");

        group.MapGet("/preferences", (NotificationService inbox, CancellationToken ct) =>
                inbox.GetPreferencesAsync(ct))
            .WithName("GetNotificationPreferences").WithSummary("My notification preferences")
            .WithDescription("The language of the user's notifications and mail (vi or en) and, for each kind, "
                + "how it is mailed: Immediately (one mail each), Digest (one mail a day, at the digest hour, "
                + "Viet Nam time) or Off (shown in the app only).");

        group.MapPut("/preferences", async Task<NoContent> (NotificationService inbox, PreferencesInput input,
                CancellationToken ct) =>
            {
                await inbox.SavePreferencesAsync(input, ct);
                return TypedResults.NoContent();
            })
            .WithName("SaveNotificationPreferences").WithSummary("Change my notification preferences")
            .WithDescription("Sets the language (vi or en) and how each kind listed is mailed; kinds not listed keep "
                + "their choice. Applies to notifications queued from then on. An unknown kind is a 400 naming it.");

        return app;
    }
}
