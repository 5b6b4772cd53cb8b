using System.Collections.Concurrent;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

/// <summary>
/// Finds tenants by id. Tenants are created rarely and never deleted in this version, so a found tenant is
/// cached for the life of the process; an unknown id is asked again every time.
/// </summary>
public sealed class TenantDirectory(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<TenantId, TenantSnapshot> _known = new();

    public async ValueTask<TenantSnapshot?> FindAsync(string? tenantId)
    {
        if (!TenantId.TryParse(tenantId, out var id))
        {
            return null;
        }

        if (_known.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var tenant = await grains.GetTenant(id).GetAsync();
        if (tenant is not null)
        {
            _known[id] = tenant;
        }

        return tenant;
    }
}
