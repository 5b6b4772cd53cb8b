using Showcase.Collections;
using Showcase.Common;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Collections;

[GrainType("collection-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class CollectionDirectoryGrain(
    [PersistentState("collection-directory")] IPersistentState<CollectionDirectoryGrain.State> state,
    TimeProvider clock)
    : SummaryDirectoryGrain<CollectionSummary, CollectionListQuery, CollectionDirectoryGrain.State>(state, clock), ICollectionDirectoryGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A list stored before it kept summaries holds only ids: each is read back once, as a pending one is.
        foreach (var id in Stored.Ids)
        {
            Stored.Pending.TryAdd(id.Value, Clock.GetUtcNow());
        }

        Stored.Ids = [];
        return base.OnActivateAsync(cancellationToken);
    }

    public Task<Page<CollectionSummary>> ListAsync(CollectionListQuery query) => PageAsync(query with { Skip = 0, Take = 0 }, query.Skip, query.Take);

    protected override bool Matches(CollectionSummary summary, CollectionListQuery query) => summary.IsPublic || !query.PublicOnly;

    protected override async Task<CollectionSummary?> ReadBackAsync(EntityId id) =>
        await GrainFactory.GetCollection(new CollectionKey(Tenant, id)).GetAsync() is { } snapshot ? CollectionGrain.Summary(snapshot) : null;

    internal sealed class State : SummaryDirectoryState<CollectionSummary>
    {
        /// <summary>The ids, as lists stored them before they kept summaries: read once on activation, empty from then on.</summary>
        public IReadOnlyList<EntityId> Ids { get; set; } = [];
    }
}
