namespace Showcase.Notifications;

/// <summary>An in-app message for one person: what happened, and where to look.</summary>
[GenerateSerializer, Immutable, Alias("showcase.notification")]
public sealed record Notification(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Title,
    [property: Id(3)] string Body,
    [property: Id(4)] string? Link,
    [property: Id(5)] bool Read = false);
