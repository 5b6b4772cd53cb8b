namespace Showcase.People;

/// <summary>What the sign-in check needs: the stored hash and, after too many failures, until when sign-in is paused.</summary>
[GenerateSerializer, Immutable, Alias("showcase.sign-in-state")]
public sealed record SignInState(
    [property: Id(0)] string PasswordHash,
    [property: Id(1)] DateTimeOffset? LockedUntil);
