namespace Showcase.People;

/// <summary>What the sign-in check needs: the stored hash. Throttling lives apart (<see cref="ISignInThrottleGrain"/>), so unknown logins are throttled alike.</summary>
[GenerateSerializer, Immutable, Alias("showcase.sign-in-state")]
public sealed record SignInState([property: Id(0)] string PasswordHash)
{
    /// <summary>A locked account is refused even with the right password.</summary>
    [Id(1)] public bool IsLocked { get; init; }
}
