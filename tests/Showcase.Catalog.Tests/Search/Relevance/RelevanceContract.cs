using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search.Relevance;

/// <summary>
/// How well an engine answers the <see cref="RelevanceSet"/>: the whole set and each category must reach their floor,
/// and the figures are written to the test output (the note's before and after come from there).
/// </summary>
public abstract class RelevanceContract : IAsyncLifetime
{
    private static readonly RelevanceSet Set = RelevanceSet.Load;
    private ISearchIndex _index = null!;

    protected abstract Task<ISearchIndex> OpenAsync();

    protected virtual Task DeleteAsync(ISearchIndex index) => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _index = await OpenAsync();
        await _index.IndexAsync(Set.Items, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_index is not null)
        {
            await DeleteAsync(_index);
            await _index.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Judgements_NameOnlyKnownItems() => Assert.Empty(Set.UnknownIds);

    [Fact]
    public async Task WholeSet_ReachesTheTargets()
    {
        var runs = await RunAsync(Set.Judgements);
        var metrics = RelevanceMetrics.Of(runs);
        foreach (var category in Set.Judgements.Select(j => j.Category).Distinct())
        {
            var inCategory = runs.Where(r => r.Judgement.Category == category).ToArray();
            TestContext.Current.TestOutputHelper?.WriteLine($"{category}: {(inCategory.Any(r => r.Judgement.HasAnswer) ? RelevanceMetrics.Of(inCategory) : $"false hits {inCategory.Sum(r => r.Ranked.Count)}")}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"all: {metrics}");
        foreach (var (judgement, ranked) in runs.Where(r => RelevanceMetrics.Score(r.Judgement, r.Ranked) is { Ndcg: < 1 } || !r.Judgement.HasAnswer && r.Ranked.Count > 0))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  {judgement.Query}: {string.Join(" ", ranked.Take(RelevanceMetrics.Depth).Select(id => judgement.Grades.TryGetValue(id, out var g) ? $"{id}:{g}" : id))}");
        }

        Assert.True(metrics is { Recall: >= 0.85, Ndcg: >= 0.94, Mrr: >= 0.97, Empty: <= 0.02, FalseHits: 0 }, metrics.ToString());
    }

    private async Task<IReadOnlyList<(Judgement Judgement, IReadOnlyList<string> Ranked)>> RunAsync(IEnumerable<Judgement> judgements)
    {
        var runs = new List<(Judgement, IReadOnlyList<string>)>();
        foreach (var judgement in judgements)
        {
            var result = await SearchAsync(judgement.Query);
            if (result.Total == 0 && result.Suggestion is { } suggestion)
            {
                // What the searcher sees after following 您是不是要找 (one click).
                TestContext.Current.TestOutputHelper?.WriteLine($"  {judgement.Query} → 您是不是要找 {suggestion}");
                result = await SearchAsync(suggestion);
            }

            runs.Add((judgement, result.Hits.Select(h => h.Id).ToArray()));
        }

        return runs;
    }

    private Task<SearchResult> SearchAsync(string query) =>
        _index.SearchAsync(new SearchRequest(RelevanceSet.Tenant, query) { Take = RelevanceMetrics.Depth }, TestContext.Current.CancellationToken);
}

/// <summary>The relevance set on the embedded engine.</summary>
public sealed class LuceneRelevanceTests : RelevanceContract
{
    protected override Task<ISearchIndex> OpenAsync() => Task.FromResult<ISearchIndex>(LuceneSearchIndex.InMemory());
}

/// <summary>The relevance set on Elasticsearch, when one is configured.</summary>
public sealed class ElasticsearchRelevanceTests : RelevanceContract
{
    protected override Task<ISearchIndex> OpenAsync() => ElasticsearchSearchIndexTests.OpenIndexAsync();

    protected override Task DeleteAsync(ISearchIndex index) => ElasticsearchSearchIndexTests.DeleteIndexAsync(index);
}
