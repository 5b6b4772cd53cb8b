using Showcase.Api.People;
using Showcase.Api.Tenancy;
using Showcase.Audit;
using Showcase.Common;
using Showcase.People;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Api.Audit;

/// <summary>Who changed what and when, per entity of the current tenant: for tenant admins only.</summary>
public sealed class AuditService(IGrainFactory grains, RequestTenant tenant, CurrentUser current)
{
    public bool CanRead => current.Has(Role.TenantAdmin);

    /// <summary>The entity's history, oldest first; empty for an entity that does not exist in this tenant.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(AuditedEntity entity, string id)
    {
        current.RequireAny("查看变更记录", Role.TenantAdmin);
        if (entity == AuditedEntity.Tenant)
        {
            return id == tenant.Id.Value ? await grains.GetTenant(tenant.Id).GetHistoryAsync() : [];
        }

        if (!EntityId.TryParse(id, out var entityId))
        {
            return [];
        }

        IAuditedGrain grain = entity switch
        {
            AuditedEntity.Organisation => grains.GetOrganisation(new OrganisationKey(tenant.Id, entityId)),
            AuditedEntity.Account => grains.GetAccount(new AccountKey(tenant.Id, entityId)),
            AuditedEntity.Scenario => grains.GetScenario(new ScenarioKey(tenant.Id, entityId)),
            _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
        };
        return await grain.GetHistoryAsync();
    }
}
