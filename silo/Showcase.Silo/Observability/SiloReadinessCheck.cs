using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Showcase.Silo.Hosting;
using Showcase.Tenancy;

namespace Showcase.Silo.Observability;

/// <summary>Healthy when a grain call round-trips through the silo to storage: the default tenant can be read.</summary>
public sealed class SiloReadinessCheck(IGrainFactory grains, IOptions<ShowcaseOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var tenant = await grains.GetTenant(TenantId.Parse(options.Value.DefaultTenant)).GetAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return tenant is null ? HealthCheckResult.Unhealthy("The default tenant does not exist yet.") : HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            return HealthCheckResult.Unhealthy("The silo did not answer.", ex);
        }
    }
}
