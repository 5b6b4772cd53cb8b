using System.Collections.Concurrent;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

/// <summary>
/// Finds tenants by id or host name for every request. Found tenants are cached for a short while so a change
/// made on another host shows up within <see cref="CacheFor"/>; changes made through this host are seen at once.
/// </summary>
public sealed class TenantDirectory(IGrainFactory grains, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<TenantId, (TenantSnapshot Tenant, DateTimeOffset LoadedAt)> _known = new();
    private (IReadOnlyDictionary<string, TenantId> Hosts, DateTimeOffset LoadedAt)? _hosts;

    public async ValueTask<TenantSnapshot?> FindAsync(string? tenantId)
    {
        if (!TenantId.TryParse(tenantId, out var id))
        {
            return null;
        }

        if (_known.TryGetValue(id, out var cached) && clock.GetUtcNow() - cached.LoadedAt < CacheFor)
        {
            return cached.Tenant;
        }

        var tenant = await grains.GetTenant(id).GetAsync();
        if (tenant is not null)
        {
            _known[id] = (tenant, clock.GetUtcNow());
        }

        return tenant;
    }

    /// <summary>The tenant a host name is bound to, if any.</summary>
    public async ValueTask<TenantId?> FindByHostAsync(string host)
    {
        if (_hosts is not { } hosts || clock.GetUtcNow() - hosts.LoadedAt >= CacheFor)
        {
            var tenants = await grains.GetTenantRegistry().ListAsync();
            var map = new Dictionary<string, TenantId>(StringComparer.OrdinalIgnoreCase);
            foreach (var tenant in tenants)
            {
                foreach (var name in tenant.Profile.Hosts)
                {
                    map.TryAdd(name, tenant.Id);
                }
            }

            hosts = (map, clock.GetUtcNow());
            _hosts = hosts;
        }

        return hosts.Hosts.TryGetValue(host, out var id) ? id : null;
    }

    /// <summary>Drops what is cached about a tenant after it changed.</summary>
    public void Forget(TenantId tenant)
    {
        _known.TryRemove(tenant, out _);
        _hosts = null;
    }
}
