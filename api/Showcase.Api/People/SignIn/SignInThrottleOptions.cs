using Showcase.People;

namespace Showcase.Api.People.SignIn;

/// <summary>How failed password proofs are throttled, bound from <c>Showcase:SignIn</c>. See the README, “Sign-in throttling”.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Showcase:SignIn";

    /// <summary>Per IP address, over every login and every way of proving a password.</summary>
    public ThrottleSettings PerAddress { get; set; } = new() { FailuresBeforePause = 30, FirstPause = TimeSpan.FromMinutes(1), LongestPause = TimeSpan.FromMinutes(15) };

    /// <summary>Per login, for clients that have not signed in to it before (no device cookie): the guessing limit.</summary>
    public ThrottleSettings PerLogin { get; set; } = new() { FailuresBeforePause = 5, FirstPause = TimeSpan.FromMinutes(5), LongestPause = TimeSpan.FromHours(1) };

    /// <summary>Per login on one browser that signed in to it before: its owner is not paused by someone else's guesses.</summary>
    public ThrottleSettings PerDevice { get; set; } = new() { FailuresBeforePause = 10, FirstPause = TimeSpan.FromMinutes(1), LongestPause = TimeSpan.FromMinutes(15) };

    /// <summary>Sign-ups, invitation acceptances and reset requests per IP address (every attempt counts).</summary>
    public ThrottleSettings AccountRequestsPerAddress { get; set; } = new() { FailuresBeforePause = 20, FirstPause = TimeSpan.FromMinutes(5), LongestPause = TimeSpan.FromHours(1) };

    /// <summary>The same per login (reset requests for one login, sign-ups trying one login).</summary>
    public ThrottleSettings AccountRequestsPerLogin { get; set; } = new() { FailuresBeforePause = 5, FirstPause = TimeSpan.FromMinutes(5), LongestPause = TimeSpan.FromHours(1) };

    public sealed class ThrottleSettings
    {
        public int FailuresBeforePause { get; set; }

        public TimeSpan FirstPause { get; set; }

        public TimeSpan LongestPause { get; set; }

        /// <summary>Failures are forgotten this long after the last one.</summary>
        public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);

        public SignInThrottlePolicy ToPolicy() => new(FailuresBeforePause, FirstPause, LongestPause, ForgetAfter);
    }
}
