using Showcase.Challenges;
using Showcase.Common;

namespace Showcase.Grains.Challenges;

[GrainType("provider-bids")]
internal sealed class ProviderBidsGrain([PersistentState("provider-bids")] IPersistentState<ProviderBidsGrain.State> state) : Grain, IProviderBidsGrain
{
    public async Task AddAsync(EntityId challenge)
    {
        if (!state.State.Challenges.Contains(challenge.Value))
        {
            state.State.Challenges.Add(challenge.Value);
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<EntityId>> ListAsync() =>
        Task.FromResult<IReadOnlyList<EntityId>>(state.State.Challenges.Select(EntityId.Parse).Reverse().ToArray());

    internal sealed class State
    {
        public List<string> Challenges { get; set; } = [];
    }
}
