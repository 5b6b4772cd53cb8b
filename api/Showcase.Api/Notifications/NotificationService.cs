using Showcase.Api.People;
using Showcase.Listings;
using Showcase.Notifications;

namespace Showcase.Api.Notifications;

/// <summary>The signed-in person's own in-app notifications; nobody reads anyone else's.</summary>
public sealed class NotificationService(IGrainFactory grains, CurrentUser current)
{
    public const int MaxTake = 200;

    public async Task<NotificationList> ListAsync(int take)
    {
        var inbox = Inbox();
        var items = inbox.ListAsync(Math.Clamp(take, 1, MaxTake));
        var unread = inbox.CountUnreadAsync();
        return new NotificationList(await items, await unread);
    }

    /// <summary>How many unread notifications the signed-in person has; 0 for a visitor.</summary>
    public async Task<int> CountUnreadAsync() =>
        current.User is { } user ? await grains.GetNotificationInbox(user.Account).CountUnreadAsync() : 0;

    public async Task<NotificationList> MarkAllReadAsync()
    {
        await Inbox().MarkAllReadAsync();
        return await ListAsync(20);
    }

    private INotificationInboxGrain Inbox() => grains.GetNotificationInbox(current.RequireSignedIn().Account);
}

public sealed record NotificationList(IReadOnlyList<Notification> Items, int UnreadCount);
