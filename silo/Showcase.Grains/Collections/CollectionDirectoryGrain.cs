using Showcase.Collections;
using Showcase.Common;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Collections;

[GrainType("collection-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class CollectionDirectoryGrain(
    [PersistentState("collection-directory")] IPersistentState<CollectionDirectoryGrain.State> state) : Grain, ICollectionDirectoryGrain
{
    public async Task RegisterAsync(EntityId id)
    {
        if (!state.State.Ids.Contains(id))
        {
            await state.WriteOrRestoreAsync(new State { Ids = [.. state.State.Ids, id] }, this);
        }
    }

    public async Task ForgetAsync(EntityId id)
    {
        if (state.State.Ids.Contains(id))
        {
            await state.WriteOrRestoreAsync(new State { Ids = [.. state.State.Ids.Where(known => known != id)] }, this);
        }
    }

    public Task<IReadOnlyList<EntityId>> IdsAsync() => Task.FromResult(state.State.Ids);

    internal sealed record State
    {
        public IReadOnlyList<EntityId> Ids { get; init; } = [];
    }
}
