namespace Showcase.People;

/// <summary>A new account: the password arrives already hashed, the grain never sees it in clear.</summary>
[GenerateSerializer, Immutable, Alias("showcase.account-registration")]
public sealed record AccountRegistration(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] Membership Membership,
    [property: Id(3)] bool IsPlatformAdmin = false);
