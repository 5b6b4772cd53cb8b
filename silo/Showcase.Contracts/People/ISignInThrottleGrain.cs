using Orleans.Concurrency;

namespace Showcase.People;

/// <summary>
/// The failed password proofs of one key (an IP address, a login, a login on a trusted device), kept in memory only:
/// the policy's n-th failure pauses proofs under this key, and each failure after a pause doubles it, up to the longest;
/// failures are forgotten after a quiet period. The key is any text, so a login that does not exist is counted exactly
/// like one that does. Key: see <c>SignInThrottleKeys</c> in the API.
/// </summary>
[Alias("showcase.sign-in-throttle")]
public interface ISignInThrottleGrain : IGrainWithStringKey
{
    /// <summary>How long proofs under this key are still paused, or null when they are not.</summary>
    [Alias("paused-for"), ReadOnly]
    Task<TimeSpan?> PausedForAsync();

    /// <summary>Counts a failed proof; returns the pause it starts, if any.</summary>
    [Alias("record-failure")]
    Task<TimeSpan?> RecordFailureAsync(SignInThrottlePolicy policy);

    /// <summary>Forgets the failures (after a successful proof under a login or device key).</summary>
    [Alias("reset")]
    Task ResetAsync();
}

/// <summary>After how many failures the first pause starts, the first and the longest pause, and after how long without a failure all are forgotten.</summary>
[GenerateSerializer, Immutable, Alias("showcase.sign-in-throttle-policy")]
public sealed record SignInThrottlePolicy(
    [property: Id(0)] int FailuresBeforePause,
    [property: Id(1)] TimeSpan FirstPause,
    [property: Id(2)] TimeSpan LongestPause,
    [property: Id(3)] TimeSpan ForgetAfter);
