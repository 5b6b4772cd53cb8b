using Showcase.Notifications;

namespace Showcase.Grains.Notifications;

[GrainType("notification-inbox")]
[CollectionAgeLimit(Minutes = IdleMinutes.Entity)]
internal sealed class NotificationInboxGrain(
    [PersistentState("notification-inbox")] IPersistentState<NotificationInboxGrain.State> state) : Grain, INotificationInboxGrain
{
    private const int Keep = 200;

    public async Task DeliverAsync(Notification notification)
    {
        if (state.State.Items.Any(n => n.Id == notification.Id))
        {
            return;
        }

        state.State.Items.Insert(0, notification with { Read = false });
        if (state.State.Items.Count > Keep)
        {
            state.State.Items.RemoveRange(Keep, state.State.Items.Count - Keep);
        }

        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<Notification>> ListAsync(int take) =>
        Task.FromResult<IReadOnlyList<Notification>>(state.State.Items.Take(Math.Clamp(take, 1, Keep)).ToArray());

    public Task<int> CountUnreadAsync() => Task.FromResult(state.State.Items.Count(n => !n.Read));

    public async Task MarkAllReadAsync()
    {
        if (state.State.Items.Any(n => !n.Read))
        {
            state.State.Items = [.. state.State.Items.Select(n => n with { Read = true })];
            await state.WriteStateAsync();
        }
    }

    internal sealed class State
    {
        /// <summary>Newest first.</summary>
        public List<Notification> Items { get; set; } = [];
    }
}
