using Showcase.Tenancy;

namespace Showcase.Grains.Tenancy;

[GrainType("tenant")]
internal sealed class TenantGrain(
    [PersistentState("tenant")] IPersistentState<TenantGrain.State> state,
    TimeProvider clock) : Grain, ITenantGrain
{
    public async Task<TenantSnapshot> EnsureCreatedAsync(TenantProfile profile)
    {
        if (!state.RecordExists)
        {
            state.State = new State { Name = profile.Name, Description = profile.Description, CreatedAt = clock.GetUtcNow() };
            await state.WriteStateAsync();
        }

        return Snapshot();
    }

    public Task<TenantSnapshot?> GetAsync() => Task.FromResult(state.RecordExists ? Snapshot() : null);

    private TenantSnapshot Snapshot() =>
        new(TenantId.Parse(this.GetPrimaryKeyString()), new TenantProfile(state.State.Name, state.State.Description), state.State.CreatedAt);

    internal sealed class State
    {
        public string Name { get; set; } = "";

        public string Description { get; set; } = "";

        public DateTimeOffset CreatedAt { get; set; }
    }
}
