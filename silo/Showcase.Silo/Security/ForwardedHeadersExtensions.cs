using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Showcase.Silo.Security;

public static class ForwardedHeadersExtensions
{
    public const string Key = "Showcase:TrustedProxies";

    /// <summary>
    /// Behind the proxies named in <c>Showcase:TrustedProxies</c> (addresses or networks, comma-separated), the client's
    /// address and scheme come from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>: rate limits and sign-in throttling
    /// then count each client, not the proxy, and links say https behind TLS termination. Unset, the headers are ignored.
    /// </summary>
    public static IServiceCollection AddShowcaseForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = (configuration[Key] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in trusted)
            {
                if (entry.Contains('/'))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    options.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        });
        return services;
    }
}
