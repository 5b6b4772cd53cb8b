using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Showcase.Api.GraphQL.Http;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People.SignIn;

/// <summary>
/// Throttles every way of proving a password (the sign-in form, <c>createAccessToken</c>, a password change) by the
/// client's IP address and by the login — or, for a browser that signed in to that login before, by that browser
/// (<see cref="DeviceCookie"/>). Counts are kept per text key, so a login that does not exist pauses exactly like one
/// that does. A paused proof is refused with <c>RATE_LIMITED</c> and a Retry-After header before the password is looked at.
/// </summary>
public sealed class SignInThrottle(IGrainFactory grains, IHttpContextAccessor http, DeviceCookie devices, IOptions<SignInThrottleOptions> options)
{
    /// <summary>Refuses the proof when its address or its login (on this client) is paused; otherwise returns what to count it against.</summary>
    public async Task<SignInProof> BeginAsync(AccountKey account, string purpose = "sign-in")
    {
        var context = http.HttpContext;
        var address = $"address/{context?.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        var device = devices.NonceFor(context, account);
        var (subject, policy) = device is null
            ? ($"{purpose}/{account}", options.Value.PerLogin)
            : ($"{purpose}/{account}/device/{device}", options.Value.PerDevice);
        var proof = new SignInProof(address, subject, policy.ToPolicy());

        var paused = await Task.WhenAll(grains.GetSignInThrottle(address).PausedForAsync(), grains.GetSignInThrottle(subject).PausedForAsync());
        if (paused.Max() is { } wait)
        {
            throw Refusal(wait);
        }

        return proof;
    }

    /// <summary>Counts a wrong password against the address and the login (or device).</summary>
    public async Task FailedAsync(SignInProof proof) =>
        await Task.WhenAll(
            grains.GetSignInThrottle(proof.Address).RecordFailureAsync(options.Value.PerAddress.ToPolicy()),
            grains.GetSignInThrottle(proof.Subject).RecordFailureAsync(proof.SubjectPolicy));

    /// <summary>
    /// A right password clears the login's (or device's) count. The address keeps its count: one account of one's own
    /// must not reset the guesses made at others from the same address.
    /// </summary>
    public Task SucceededAsync(SignInProof proof) => grains.GetSignInThrottle(proof.Subject).ResetAsync();

    private DomainException Refusal(TimeSpan wait) => Paused(http.HttpContext, wait, "密码尝试次数过多");

    /// <summary>
    /// The refusal of a paused attempt: <c>RATE_LIMITED</c> with "<paramref name="what"/>，请 n 分钟后再试。", and the
    /// Retry-After header set while the response can still take it.
    /// </summary>
    public static DomainException Paused(HttpContext? context, TimeSpan wait, string what)
    {
        if (context is { Response.HasStarted: false })
        {
            RefusalAnswer.RetryAfter(context.Response, wait);
        }

        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return new DomainException([DomainMessages.Error(ErrorCodes.RateLimited, null, "Paused", what, minutes)]);
    }
}

/// <summary>The keys one password proof counts against.</summary>
public sealed record SignInProof(string Address, string Subject, SignInThrottlePolicy SubjectPolicy);
