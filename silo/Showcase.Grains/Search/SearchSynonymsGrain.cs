using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Storage;
using Showcase.Search;

namespace Showcase.Grains.Search;

[GrainType("search-synonyms")]
[CollectionAgeLimit(Minutes = IdleMinutes.Small)]
internal sealed class SearchSynonymsGrain(
    [PersistentState("search-synonyms")] IPersistentState<SearchSynonymsGrain.State> state,
    TimeProvider clock) : Grain, ISearchSynonymsGrain
{
    public Task<SearchSynonyms> GetAsync() => Task.FromResult(Snapshot());

    public async Task<SearchSynonyms> SetAsync(IReadOnlyList<IReadOnlyList<string>> groups, int expectedVersion, Actor by)
    {
        groups = SearchSynonymRules.Normalize(groups);
        var current = state.State;
        if (Same(current.Groups, groups))
        {
            return Snapshot();
        }

        if (expectedVersion != current.Version)
        {
            throw new DomainException(ErrorCodes.VersionConflict,
                Sentence.Of("SynonymsChangedMeanwhile", expectedVersion, current.Version), "expectedVersion");
        }

        DomainException.ThrowIfAny(SearchSynonymRules.Check(groups));
        await state.WriteOrRestoreAsync(new State { Groups = groups, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow(), UpdatedBy = by }, this);
        return Snapshot();
    }

    private static bool Same(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.SequenceEqual(p.Second, StringComparer.Ordinal));

    private SearchSynonyms Snapshot() => new(state.State.Groups, state.State.Version, state.State.UpdatedAt);

    internal sealed record State
    {
        public IReadOnlyList<IReadOnlyList<string>> Groups { get; init; } = [];

        public int Version { get; init; }

        public DateTimeOffset? UpdatedAt { get; init; }

        public Actor? UpdatedBy { get; init; }
    }
}
