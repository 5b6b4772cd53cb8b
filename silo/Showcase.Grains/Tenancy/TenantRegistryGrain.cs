using Showcase.Audit;
using Showcase.Tenancy;

namespace Showcase.Grains.Tenancy;

[GrainType("tenant-registry")]
[CollectionAgeLimit(Minutes = IdleMinutes.Small)]
internal sealed class TenantRegistryGrain(
    [PersistentState("tenant-registry")] IPersistentState<TenantRegistryGrain.State> state, TimeProvider clock) : Grain, ITenantRegistryGrain
{
    public async Task RecordAsync(TenantSnapshot tenant)
    {
        if (state.State.Deleted.ContainsKey(tenant.Id.Value)
            || state.State.Tenants.TryGetValue(tenant.Id.Value, out var known) && known.Version >= tenant.Version)
        {
            return;
        }

        state.State.Tenants[tenant.Id.Value] = tenant;
        await state.WriteStateAsync();
    }

    public async Task ForgetAsync(TenantSnapshot tenant, Actor by)
    {
        if (state.State.Deleted.ContainsKey(tenant.Id.Value))
        {
            return;
        }

        state.State.Tenants.Remove(tenant.Id.Value);
        state.State.Deleted[tenant.Id.Value] = new DeletedTenant(tenant.Id, tenant.Profile.Name, clock.GetUtcNow(), by);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<DeletedTenant>> DeletedAsync() =>
        Task.FromResult<IReadOnlyList<DeletedTenant>>(state.State.Deleted.Values.OrderByDescending(t => t.DeletedAt).ToArray());

    public async Task<bool> MarkPurgedAsync(TenantId tenant, DateTimeOffset at)
    {
        if (!state.State.Deleted.TryGetValue(tenant.Value, out var deleted) || deleted.PurgedAt is not null)
        {
            return false;
        }

        state.State.Deleted[tenant.Value] = deleted with { PurgedAt = at };
        await state.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<TenantSnapshot>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TenantSnapshot>>(state.State.Tenants.Values.OrderBy(t => t.Id.Value, StringComparer.Ordinal).ToArray());

    internal sealed class State
    {
        public Dictionary<string, TenantSnapshot> Tenants { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Deleted tenants by id: their ids are never given out again.</summary>
        public Dictionary<string, DeletedTenant> Deleted { get; set; } = new(StringComparer.Ordinal);
    }
}
