using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search;

/// <summary>The contract on the embedded engine (in memory), and what only an index on disk must do.</summary>
public sealed class LuceneSearchIndexTests : SearchIndexContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "showcase-index-" + Guid.NewGuid().ToString("N"));

    protected override Task<ISearchIndex> OpenAsync() => Task.FromResult<ISearchIndex>(LuceneSearchIndex.InMemory());

    protected override Task DeleteAsync(ISearchIndex index)
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_ManyMatches_CountsEveryOne_AndATitleMatchStillComesFirst()
    {
        await using var index = LuceneSearchIndex.InMemory();
        var body = Enumerable.Range(0, SearchScoring.CountLimit + 50)
            .Select(i => SearchCorpus.Case($"b{i}", $"冲压车间改造第{i}号", "x", "在线检测冲压件毛刺。", "automotive", "quality", [], "32", 2025));
        await index.IndexAsync([SearchCorpus.Case("title", "毛刺在线检测", "x", "视觉。", "automotive", "quality", [], "32", 2020), .. body], TestContext.Current.CancellationToken);

        var result = await index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "毛刺") { FacetDimensions = [SearchFacets.Industry] }, TestContext.Current.CancellationToken);
        var few = await index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "毛刺 视觉"), TestContext.Current.CancellationToken);

        Assert.Equal("title", result.Hits[0].Id);
        Assert.False(result.TotalIsLowerBound);
        Assert.Equal(SearchScoring.CountLimit + 51, result.Total);
        Assert.Equal(SearchScoring.CountLimit + 51, result.Facets[SearchFacets.Industry].Single().Count);
        Assert.Equal(1, few.Total);
    }

    [Fact]
    public async Task Search_MoreMatchesThanAreScoredInFull_TheLiteralMatchIsAmongThemEvenWhenOldest()
    {
        await using var index = LuceneSearchIndex.InMemory();
        // 设备综合效率 is a synonym of OEE: these newer items match only through it.
        var synonymOnly = Enumerable.Range(0, SearchScoring.RescoreDepth * 3)
            .Select(i => SearchCorpus.Case($"s{i}", $"车间改造第{i}号", "x", "设备综合效率提升。", "automotive", "quality", [], "32", 2025));
        await index.IndexAsync([SearchCorpus.Case("literal", "车间改造", "x", "OEE 提升。", "automotive", "quality", [], "32", 2019)], TestContext.Current.CancellationToken);
        await index.IndexAsync([.. synonymOnly], TestContext.Current.CancellationToken);

        var result = await index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "OEE"), TestContext.Current.CancellationToken);

        Assert.Equal("literal", result.Hits[0].Id);
        Assert.Equal(SearchScoring.RescoreDepth * 3 + 1, result.Total);
    }

    [Fact]
    public async Task Search_WithNoRoomForMatchSets_FindsTheSame_AndHoldsNone()
    {
        await using var roomy = LuceneSearchIndex.InMemory();
        await using var cramped = LuceneSearchIndex.InMemory(matchSetBudget: 1);
        string[] queries = ["焊点", "预测性维护", "设备健康管理 轧机", "数字孪生", "鼓风机 振动 轴承 区块链"];
        async Task<string[]> SearchAllAsync(LuceneSearchIndex index)
        {
            await index.IndexAsync(SearchCorpus.Documents, TestContext.Current.CancellationToken);
            return [.. await Task.WhenAll(queries.Select(async q =>
                string.Join(",", (await index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, q), TestContext.Current.CancellationToken)).Hits.Select(h => h.Id))))];
        }

        var found = await SearchAllAsync(roomy);

        Assert.Equal(found, await SearchAllAsync(cramped));
        Assert.All(found, ids => Assert.NotEmpty(ids));
        Assert.True(roomy.MatchSetBytes > 0);
        Assert.Equal(0, cramped.MatchSetBytes);
    }

    [Fact]
    public async Task Opened_WithALargeSegment_PreparesTheThesaurusWords_InTheBackground()
    {
        await using (var index = LuceneSearchIndex.Open(_folder, prepare: false))
        {
            await index.IndexAsync(
                [.. Enumerable.Range(0, LuceneMatchWarmer.LargeSegment).Select(i => SearchCorpus.Case($"c{i}", $"高炉鼓风机改造第{i}号", "x", "开展预测性维护。", "ferrous-metals", "maintenance", [], "13", 2025))],
                TestContext.Current.CancellationToken);
        }

        long untouched;
        await using (var plain = LuceneSearchIndex.Open(_folder, prepare: false))
        {
            await plain.Prepared;
            untouched = plain.MatchSetBytes;
        }

        await using var prepared = LuceneSearchIndex.Open(_folder);
        await prepared.Prepared;

        Assert.Equal(0, untouched);
        // One set per thesaurus phrase that matched or not, a bit per document each: well over a hundred sets.
        Assert.True(prepared.MatchSetBytes > 100L * LuceneMatchWarmer.LargeSegment / 8, $"{prepared.MatchSetBytes} bytes");
        Assert.Equal(LuceneMatchWarmer.LargeSegment, (await prepared.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "设备健康管理"), TestContext.Current.CancellationToken)).Total);
    }

    [Fact]
    public async Task Search_AfterItemsChange_FindsTheirNewWordsOnly()
    {
        await using var index = LuceneSearchIndex.InMemory();
        await index.IndexAsync(SearchCorpus.Documents, TestContext.Current.CancellationToken);
        var before = await index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "鼓风机") { FacetDimensions = [SearchFacets.Industry] }, TestContext.Current.CancellationToken);
        var blower = SearchCorpus.Documents.Single(d => d.Id == "blower");

        await index.IndexAsync([blower with { Version = blower.Version + 1, Title = "轧机远程运维", Text = "轧机远程运维。" }], TestContext.Current.CancellationToken);
        var renamed = await index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "鼓风机") { FacetDimensions = [SearchFacets.Industry] }, TestContext.Current.CancellationToken);
        var found = await index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "轧机远程运维"), TestContext.Current.CancellationToken);

        Assert.Contains(before.Hits, h => h.Id == "blower");
        Assert.DoesNotContain(renamed.Hits, h => h.Id == "blower");
        Assert.Equal(before.Total - 1, renamed.Total);
        Assert.Equal(before.Facets[SearchFacets.Industry].Sum(f => f.Count) - 1, renamed.Facets[SearchFacets.Industry].Sum(f => f.Count));
        Assert.Contains(found.Hits, h => h.Id == "blower");
    }

    [Fact]
    public async Task Reopened_FromDisk_KeepsDocumentsAndVersions()
    {
        await using (var index = LuceneSearchIndex.Open(_folder))
        {
            await index.IndexAsync(SearchCorpus.Documents, TestContext.Current.CancellationToken);
        }

        await using var reopened = LuceneSearchIndex.Open(_folder);
        var versions = await reopened.VersionsAsync(SearchCorpus.Tenant, TestContext.Current.CancellationToken);
        var found = await reopened.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "鼓风机"), TestContext.Current.CancellationToken);

        Assert.Equal(SearchCorpus.Documents.Count, versions.Count);
        Assert.Equal("blower", Assert.Single(found.Hits).Id);
    }

    [Fact]
    public async Task Reopened_AfterTheAnalysisChanged_StartsEmpty_SoConvergenceRefillsIt()
    {
        await using (var index = LuceneSearchIndex.Open(_folder))
        {
            await index.IndexAsync(SearchCorpus.Documents, TestContext.Current.CancellationToken);
            index.Advance("demo", 12);
        }

        // As an index written before traditional characters were folded: its last commit names no analysis revision.
        using (var directory = FSDirectory.Open(Assert.Single(Directory.GetDirectories(_folder))))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.Version, ChineseAnalyzers.Index())))
        {
            writer.SetCommitData(new Dictionary<string, string>());
            writer.Commit();
        }

        await using var reopened = LuceneSearchIndex.Open(_folder);

        Assert.Empty(await reopened.VersionsAsync(SearchCorpus.Tenant, TestContext.Current.CancellationToken));
        Assert.Empty((await reopened.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "鼓风机"), TestContext.Current.CancellationToken)).Hits);
        Assert.Equal(0, reopened.PositionOf("demo"));
    }

    [Fact]
    public async Task Positions_AreCommittedWithTheWrites_NeverLowered_AndReopenWhereTheyWere()
    {
        await using (var index = LuceneSearchIndex.Open(_folder))
        {
            await index.IndexAsync(SearchCorpus.Documents, TestContext.Current.CancellationToken);
            index.Advance("demo", 7);
            index.Advance("demo", 3);
            index.Advance("other", 2);

            Assert.Equal(7, index.PositionOf("demo"));
            Assert.Equal(new Dictionary<string, long> { ["demo"] = 7, ["other"] = 2 }, index.Checkpoint());
            Assert.Equal(new Dictionary<string, long> { ["demo"] = 7, ["other"] = 2 }, CommittedUserData().Where(e => e.Key.StartsWith("showcase.position.", StringComparison.Ordinal))
                .ToDictionary(e => e.Key["showcase.position.".Length..], e => long.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture)));
            index.Advance("demo", 9);
        }

        await using var reopened = LuceneSearchIndex.Open(_folder);

        Assert.Equal(9, reopened.PositionOf("demo"));
        Assert.Equal(0, reopened.PositionOf("unknown"));
    }

    [Fact]
    public async Task Rebuilt_StartsWhereTheLiveIndexWas_AndKeepsWhatWasAdvancedMeanwhile()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var index = LuceneSearchIndex.Open(_folder))
        {
            index.Advance("demo", 5);
            await using var rebuild = await index.BeginRebuildAsync(cancellation);
            index.Advance("other", 4);
            await rebuild.CompleteAsync(cancellation);

            Assert.Equal(5, index.PositionOf("demo"));
        }

        await using var reopened = LuceneSearchIndex.Open(_folder);

        Assert.Equal(5, reopened.PositionOf("demo"));
        Assert.Equal(4, reopened.PositionOf("other"));
    }

    private IDictionary<string, string> CommittedUserData()
    {
        using var directory = FSDirectory.Open(Assert.Single(Directory.GetDirectories(_folder)));
        var commit = new SegmentInfos();
        commit.Read(directory);
        return commit.UserData;
    }

    [Fact]
    public async Task Rebuilt_OnDisk_IsWhatReopens_AndTheOldGenerationIsGone()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var index = LuceneSearchIndex.Open(_folder))
        {
            await index.IndexAsync(SearchCorpus.Documents, cancellation);
            await using var rebuild = await index.BeginRebuildAsync(cancellation);
            await rebuild.IndexAsync(SearchCorpus.Documents.Take(3).ToArray(), cancellation);
            await rebuild.CompleteAsync(cancellation);
        }

        await using var reopened = LuceneSearchIndex.Open(_folder);

        Assert.Equal(3, (await reopened.VersionsAsync(SearchCorpus.Tenant, cancellation)).Count);
        Assert.Single(Directory.GetDirectories(_folder));
    }

    [Fact]
    public async Task CrashMidRebuild_ReopensTheOldIndex_AndDropsTheUnfinishedOne()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var index = LuceneSearchIndex.Open(_folder))
        {
            await index.IndexAsync(SearchCorpus.Documents, cancellation);
            var rebuild = await index.BeginRebuildAsync(cancellation);
            await rebuild.IndexAsync(SearchCorpus.Documents.Take(3).ToArray(), cancellation);
            // The process ends here: the rebuild is neither completed nor abandoned.
        }

        Assert.Equal(2, Directory.GetDirectories(_folder).Length);
        await using var reopened = LuceneSearchIndex.Open(_folder);

        Assert.Equal(SearchCorpus.Documents.Count, (await reopened.VersionsAsync(SearchCorpus.Tenant, cancellation)).Count);
        Assert.Single(Directory.GetDirectories(_folder));
    }
}
