using Orleans.Concurrency;

namespace Showcase.Notifications;

/// <summary>One account's notifications (key <c>{tenant}/{login}</c>), newest first, at most the latest 200.</summary>
[Alias("showcase.notification-inbox")]
public interface INotificationInboxGrain : IGrainWithStringKey
{
    /// <summary>Adds a notification. One with an id already received is ignored, so a sender may retry.</summary>
    [Alias("deliver")]
    Task DeliverAsync(Notification notification);

    [Alias("list"), ReadOnly]
    Task<IReadOnlyList<Notification>> ListAsync(int take);

    [Alias("unread-count"), ReadOnly]
    Task<int> CountUnreadAsync();

    /// <summary>Marks all as read.</summary>
    [Alias("mark-read")]
    Task MarkAllReadAsync();
}
