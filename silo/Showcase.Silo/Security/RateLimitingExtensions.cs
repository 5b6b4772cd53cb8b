using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Showcase.Api.GraphQL.Http;
using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Silo.Security;

/// <summary>
/// Fixed one-minute windows per person (or IP address), per tenant and, for sign-in posts, per IP address.
/// A refused request gets 429 with Retry-After and, on the GraphQL endpoint, a GraphQL error with code RATE_LIMITED.
/// Requests outside any tenant (static files, health) are not limited.
/// </summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddShowcaseRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, UserKey, limits.PerUserPerMinute)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, TenantKey, limits.PerTenantPerMinute)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, SignInKey, limits.SignInsPerMinute)));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    // The tenant is checked first, so static files and health checks never compute a key.
    private static RateLimitPartition<string> Partition(HttpContext http, Func<HttpContext, string?> keyOf, int permitsPerMinute) =>
        !http.RequestServices.GetRequiredService<RequestTenant>().IsResolved || keyOf(http) is not { } key
            ? RateLimitPartition.GetNoLimiter("unlimited")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });

    private static string UserKey(HttpContext http) =>
        ShowcaseClaims.FromPrincipal(http.User) is { } user ? $"user:{user.Account}" : $"ip:{http.Connection.RemoteIpAddress}";

    private static string TenantKey(HttpContext http) => $"tenant:{http.RequestServices.GetRequiredService<RequestTenant>().Id}";

    private static string? SignInKey(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Value?.EndsWith("/login", StringComparison.Ordinal) == true
            ? $"sign-in:{http.Connection.RemoteIpAddress}"
            : null;

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var message = DomainMessages.Error(ErrorCodes.RateLimited, null, "TooManyRequests").In(TenantProfile.CurrentLanguage);
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            RefusalAnswer.RetryAfter(response, retryAfter);
        }

        if (RefusalAnswer.IsGraphQL(context.HttpContext.Request))
        {
            await RefusalAnswer.WriteGraphQLErrorAsync(response, ErrorCodes.RateLimited, message, cancellationToken);
            return;
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(message, cancellationToken);
    }
}
