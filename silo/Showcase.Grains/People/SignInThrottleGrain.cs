using Showcase.People;

namespace Showcase.Grains.People;

/// <summary>
/// In memory only: a host restart forgets the counts, which costs an attacker's pause, never a person's data. Kept
/// active for as long as the longest pause, so an idle grain is not collected in the middle of one.
/// </summary>
[GrainType("sign-in-throttle")]
[CollectionAgeLimit(Minutes = 70)]
internal sealed class SignInThrottleGrain(TimeProvider clock) : Grain, ISignInThrottleGrain
{
    private int _failures;
    private DateTimeOffset _lastFailure;
    private DateTimeOffset? _pausedUntil;

    public Task<TimeSpan?> PausedForAsync() => Task.FromResult(Remaining());

    public Task<TimeSpan?> RecordFailureAsync(SignInThrottlePolicy policy)
    {
        var now = clock.GetUtcNow();
        if (now - _lastFailure > policy.ForgetAfter)
        {
            _failures = 0;
        }

        _failures++;
        _lastFailure = now;
        if (_failures >= policy.FailuresBeforePause)
        {
            var doublings = Math.Min(_failures - policy.FailuresBeforePause, 16);
            var pause = policy.FirstPause * Math.Pow(2, doublings);
            _pausedUntil = now + (pause < policy.LongestPause ? pause : policy.LongestPause);
        }

        return Task.FromResult(Remaining());
    }

    public Task ResetAsync()
    {
        (_failures, _pausedUntil) = (0, null);
        return Task.CompletedTask;
    }

    private TimeSpan? Remaining() =>
        _pausedUntil is { } until && until > clock.GetUtcNow() ? until - clock.GetUtcNow() : null;
}
