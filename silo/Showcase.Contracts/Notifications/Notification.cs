namespace Showcase.Notifications;

/// <summary>An in-app message for one person: what happened, and where to look, in the reader's language (<see cref="Notice"/>).</summary>
[GenerateSerializer, Immutable, Alias("showcase.notification")]
public sealed record Notification(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Title,
    [property: Id(3)] string Body,
    [property: Id(4)] string? Link,
    [property: Id(5)] bool Read = false,
    [property: Id(6)] string? NoticeKey = null,
    [property: Id(7)] IReadOnlyList<string>? NoticeArguments = null)
{
    /// <summary>A notification saying <paramref name="notice"/>: its Chinese kept as <see cref="Title"/> and <see cref="Body"/>, its key to read it in English too.</summary>
    public static Notification Of(string id, DateTimeOffset at, Notice notice, string? link) =>
        new(id, at, notice.Title(), notice.Body(), link, NoticeKey: notice.Key, NoticeArguments: notice.Arguments);

    /// <summary>The title in <paramref name="language"/>; as stored when the notification has no notice key (written before notices had one).</summary>
    public string TitleIn(string language) => Notice is { } notice ? notice.Title(language) : Title;

    public string BodyIn(string language) => Notice is { } notice ? notice.Body(language) : Body;

    private Notice? Notice => NoticeKey is null ? null : new Notice(NoticeKey, NoticeArguments ?? []);
}
