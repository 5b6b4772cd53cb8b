namespace Showcase.People;

/// <summary>
/// An account as it is now. <see cref="SecurityStamp"/> changes with the password: sessions signed in with
/// an older stamp are no longer accepted.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.account-snapshot")]
public sealed record AccountSnapshot(
    [property: Id(0)] AccountKey Key,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Membership Membership,
    [property: Id(3)] bool IsPlatformAdmin,
    [property: Id(4)] string SecurityStamp,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset CreatedAt)
{
    public AccountSummary ToSummary() => new(Key.Login, DisplayName, Membership, Version);
}
