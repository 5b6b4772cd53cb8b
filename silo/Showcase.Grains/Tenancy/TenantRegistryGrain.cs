using Showcase.Tenancy;

namespace Showcase.Grains.Tenancy;

[GrainType("tenant-registry")]
[CollectionAgeLimit(Minutes = IdleMinutes.Small)]
internal sealed class TenantRegistryGrain(
    [PersistentState("tenant-registry")] IPersistentState<TenantRegistryGrain.State> state) : Grain, ITenantRegistryGrain
{
    public async Task RecordAsync(TenantSnapshot tenant)
    {
        if (state.State.Tenants.TryGetValue(tenant.Id.Value, out var known) && known.Version >= tenant.Version)
        {
            return;
        }

        state.State.Tenants[tenant.Id.Value] = tenant;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<TenantSnapshot>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TenantSnapshot>>(state.State.Tenants.Values.OrderBy(t => t.Id.Value, StringComparer.Ordinal).ToArray());

    internal sealed class State
    {
        public Dictionary<string, TenantSnapshot> Tenants { get; set; } = new(StringComparer.Ordinal);
    }
}
