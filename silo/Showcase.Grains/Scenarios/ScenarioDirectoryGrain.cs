using Showcase.Common;
using Showcase.Grains.Listings;
using Showcase.Grains.Storage;
using Showcase.Scenarios;

namespace Showcase.Grains.Scenarios;

[GrainType("scenario-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class ScenarioDirectoryGrain(
    [PersistentState("scenario-directory")] IPersistentState<SummaryDirectoryState<ScenarioSummary>> state,
    TimeProvider clock,
    IEnumerable<ICatalogChangeListener> listeners)
    : SummaryDirectoryGrain<ScenarioSummary, ScenarioListQuery, SummaryDirectoryState<ScenarioSummary>>(state, clock), IScenarioDirectoryGrain
{
    public Task<Page<ScenarioSummary>> ListAsync(ScenarioListQuery query) => PageAsync(query with { Skip = 0, Take = 0 }, query.Skip, query.Take);

    protected override bool Matches(ScenarioSummary s, ScenarioListQuery query) =>
        (query.Status is null || s.Status == query.Status)
        && (query.VisibleTo is null || s.Status == ScenarioStatus.Published || s.Owner.IncludesViewer(query.VisibleTo));

    protected override async Task<ScenarioSummary?> ReadBackAsync(EntityId id) =>
        (await GrainFactory.GetScenario(new ScenarioKey(Tenant, id)).GetAsync())?.ToSummary();

    protected override void Announce(ScenarioSummary summary)
    {
        foreach (var listener in listeners)
        {
            listener.ScenarioChanged(Tenant, summary);
        }
    }
}
