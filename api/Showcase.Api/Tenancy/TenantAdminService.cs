using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

/// <summary>Creating and configuring portals: platform admins for every tenant, a tenant admin for their own.</summary>
public sealed class TenantAdminService(IGrainFactory grains, RequestTenant tenant, People.CurrentUser current, TenantDirectory directory)
{
    public async Task<TenantSnapshot> CreateTenantAsync(string id, TenantProfile profile)
    {
        current.RequirePlatformAdmin("创建门户");
        var tenantId = TenantId.Parse(id.Trim());
        if (tenantId.IsPlatform)
        {
            throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("PlatformIdReserved"), "id");
        }

        await CheckHostNamesFreeAsync(tenantId, profile);
        var created = await grains.GetTenant(tenantId).CreateAsync(profile, current.AsActor);
        directory.Forget(tenantId);
        return created;
    }

    /// <summary>Replaces the current tenant's profile.</summary>
    public async Task<TenantSnapshot> ConfigureTenantAsync(TenantProfile profile)
    {
        current.RequireAny("修改门户设置", Role.TenantAdmin);
        await CheckHostNamesFreeAsync(tenant.Id, profile);
        var configured = await grains.GetTenant(tenant.Id).ConfigureAsync(profile, current.AsActor);
        directory.Forget(tenant.Id);
        return configured;
    }

    public Task<IReadOnlyList<TenantSnapshot>> ListTenantsAsync()
    {
        current.RequirePlatformAdmin("查看全部门户");
        return grains.GetTenantRegistry().ListAsync();
    }

    private async Task CheckHostNamesFreeAsync(TenantId owner, TenantProfile profile)
    {
        var taken = (await grains.GetTenantRegistry().ListAsync())
            .Where(t => t.Id != owner)
            .SelectMany(t => t.Profile.Hosts.Select(h => (Host: h, Tenant: t.Id)))
            .ToDictionary(x => x.Host, x => x.Tenant, StringComparer.OrdinalIgnoreCase);
        foreach (var host in profile.Hosts)
        {
            if (taken.TryGetValue(host.Trim(), out var other))
            {
                throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("HostNameTaken", host, other), "hostNames");
            }
        }
    }
}
