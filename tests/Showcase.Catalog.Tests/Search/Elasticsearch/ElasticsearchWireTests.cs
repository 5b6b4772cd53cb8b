using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Showcase.Catalog.Search;
using Showcase.Catalog.Search.Elasticsearch;

namespace Showcase.Catalog.Tests.Search.Elasticsearch;

/// <summary>
/// What the Elasticsearch engine sends, request by request, against the approved transcripts in
/// <c>ElasticsearchWire/</c> (recorded from the hand-written REST client this engine replaced, so a difference is a
/// change of behaviour to review), and what it makes of the documented answers. No Elasticsearch runs here: the
/// contract suite (<see cref="ElasticsearchSearchIndexTests"/>) runs against a real one when one is configured.
/// </summary>
public sealed partial class ElasticsearchWireTests
{
    private const string Alias = "showcase-wire";
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_PutsTheTemplate_AndCreatesTheFirstIndexBehindANewAlias()
    {
        await using var server = new RecordingElasticsearch(new DocumentedAnswers().Answer);

        await using var index = await OpenAsync(server);

        AssertApproved("open", server);
    }

    [Fact]
    public async Task Writes_AreExternallyVersionedBulkRequests_RemovalsAreTombstones_AndTheyWaitForTheRefresh()
    {
        var answers = new DocumentedAnswers();
        await using var server = new RecordingElasticsearch(answers.Answer);
        await using var index = await OpenOverTheLiveAliasAsync(server, answers);

        await index.IndexAsync([Document("a", 3, "视觉质检提升良品率"), Document("b", 1, "设备预测性维护")], TestContext.Current.CancellationToken);
        await index.RemoveAsync([new SearchRemoval("t1", "case", "c", 5)], TestContext.Current.CancellationToken);

        AssertApproved("writes", server);
    }

    [Fact]
    public async Task AWriteAlreadyHeldAsNewOrNewer_CountsAsDone_ButAnyOtherRefusal_FailsWithElasticsearchsReason()
    {
        var answers = new DocumentedAnswers { BulkItem = id => id.EndsWith("/old", StringComparison.Ordinal) ? (409, "version_conflict_engine_exception") : (201, null) };
        await using var server = new RecordingElasticsearch(answers.Answer);
        await using var index = await OpenOverTheLiveAliasAsync(server, answers);

        await index.IndexAsync([Document("old", 1, "旧版本"), Document("new", 2, "新版本")], TestContext.Current.CancellationToken);
        answers.BulkItem = id => id.EndsWith("/bad", StringComparison.Ordinal) ? (400, "document_parsing_exception") : (201, null);
        var refused = await Assert.ThrowsAsync<ElasticsearchException>(() => index.IndexAsync([Document("bad", 1, "坏文档"), Document("fine", 1, "好文档")], TestContext.Current.CancellationToken));

        Assert.Contains("1 of 2", refused.Message, StringComparison.Ordinal);
        Assert.Contains("t1/case/bad: [t1/case/bad]: document_parsing_exception", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SendsThePlanFiltersAndFacets_AndReadsHitsCountsAndTotal()
    {
        var answers = new DocumentedAnswers { Hits = _ => [Source("a", "视觉质检提升良品率"), Source("b", "质检数据平台")] };
        await using var server = new RecordingElasticsearch(answers.Answer);
        await using var index = await OpenOverTheLiveAliasAsync(server, answers);

        var result = await index.SearchAsync(new SearchRequest("t1", "视觉 质检")
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [SearchFacets.Industry] = ["c39"], [SearchFacets.Domain] = [] },
            FacetDimensions = [SearchFacets.Industry, SearchFacets.Domain],
            Skip = 20,
            Take = 10,
        }, TestContext.Current.CancellationToken);

        AssertApproved("search", server);
        Assert.Equal(2, result.Total);
        Assert.False(result.TotalIsLowerBound);
        Assert.Equal([("case", "a", "视觉质检提升良品率"), ("case", "b", "质检数据平台")], result.Hits.Select(h => (h.Kind, h.Id, h.Title)));
        Assert.Equal([2.5f, 1.5f], result.Hits.Select(h => h.Score));
        Assert.Equal("示范工厂", result.Hits[0].Subtitle);
        Assert.Equal(Published, result.Hits[0].Date);
        Assert.Contains("<mark>", result.Hits[0].TitleHtml, StringComparison.Ordinal);
        Assert.Equal([("industry-1", 2), ("industry-2", 1)], result.Facets[SearchFacets.Industry].Select(f => (f.Value, f.Count)));
        Assert.Equal([("domain-1", 2), ("domain-2", 1)], result.Facets[SearchFacets.Domain].Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public async Task Search_NothingForEveryWord_AsksForMostWords_AndNewestOrderHasNoScore()
    {
        var answers = new DocumentedAnswers { Hits = round => round == 0 ? [] : [Source("a", "视觉质检提升良品率")] };
        await using var server = new RecordingElasticsearch(answers.Answer);
        await using var index = await OpenOverTheLiveAliasAsync(server, answers);

        var partial = await index.SearchAsync(new SearchRequest("t1", "视觉 质检 冲压 焊接"), TestContext.Current.CancellationToken);
        var newest = await index.SearchAsync(new SearchRequest("t1", null) { Sort = SearchSort.Newest }, TestContext.Current.CancellationToken);

        AssertApproved("search-rounds", server);
        Assert.True(partial.Partial);
        Assert.Equal(["a"], newest.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task SimilarVersionsNeighboursAndCounts_AskForWhatTheyRead()
    {
        var answers = new DocumentedAnswers { Stored = Source("a", "视觉质检提升良品率"), Hits = _ => [Source("b", "质检数据平台")] };
        await using var server = new RecordingElasticsearch(answers.Answer);
        await using var index = await OpenOverTheLiveAliasAsync(server, answers);

        var similar = await index.SimilarAsync("t1", "case", "a", 4, TestContext.Current.CancellationToken);
        var versions = await index.VersionsAsync("t1", TestContext.Current.CancellationToken);
        var neighbours = await ((ISearchVocabulary)index).NeighboursAsync("检侧", TestContext.Current.CancellationToken);
        var count = await ((ISearchVocabulary)index).CountAsync("t1", "质检", TestContext.Current.CancellationToken);
        answers.Stored = null;
        var gone = await index.SimilarAsync("t1", "case", "gone", 4, TestContext.Current.CancellationToken);

        AssertApproved("reads", server);
        Assert.Equal(["b"], similar.Select(h => h.Id));
        Assert.Equal(new Dictionary<string, long> { ["t1/case/b"] = 4 }, versions);
        Assert.Equal([("检测", 7), ("检验", 2)], neighbours.Select(n => (n.Term, n.Count)));
        Assert.Equal(3, count);
        Assert.Empty(gone);
    }

    [Fact]
    public async Task Rebuild_FillsANewIndexUnrefreshed_WritesGoToBoth_ThenTheAliasMovesInOneCall_AndTheOldIndexGoes()
    {
        var answers = new DocumentedAnswers();
        await using var server = new RecordingElasticsearch(answers.Answer);
        await using var index = await OpenOverTheLiveAliasAsync(server, answers);

        await using (var rebuild = await index.BeginRebuildAsync(TestContext.Current.CancellationToken))
        {
            await rebuild.IndexAsync([Document("a", 3, "视觉质检提升良品率")], TestContext.Current.CancellationToken);
            await index.IndexAsync([Document("b", 2, "设备预测性维护")], TestContext.Current.CancellationToken);
            await rebuild.CompleteAsync(TestContext.Current.CancellationToken);
        }

        await using (var abandoned = await index.BeginRebuildAsync(TestContext.Current.CancellationToken))
        {
            await abandoned.RemoveAsync([new SearchRemoval("t1", "case", "c", 5)], TestContext.Current.CancellationToken);
        }

        await index.DeleteEverythingAsync(TestContext.Current.CancellationToken);

        AssertApproved("rebuild", server);
    }

    private static Task<ElasticsearchSearchIndex> OpenAsync(RecordingElasticsearch server) =>
        ElasticsearchSearchIndex.OpenAsync(server.Url, Alias, TestContext.Current.CancellationToken);

    /// <summary>An index opened where the alias already names a live index, its opening requests forgotten: the transcript then holds what the test does.</summary>
    private static async Task<ElasticsearchSearchIndex> OpenOverTheLiveAliasAsync(RecordingElasticsearch server, DocumentedAnswers answers)
    {
        answers.BehindAlias.Add(Alias + "-initial");
        var index = await OpenAsync(server);
        server.Forget();
        return index;
    }

    private static SearchDocument Document(string id, long version, string title) => new(
        "t1", "case", id, version, title, "示范工厂", $"{title}。机器视觉替代人工目检。",
        new Dictionary<string, IReadOnlyList<string>> { [SearchFacets.Kind] = ["case"], [SearchFacets.Industry] = ["c39", "c39"], [SearchFacets.Domain] = ["quality"] },
        Published);

    private static JsonObject Source(string id, string title) => new()
    {
        ["uid"] = $"t1/case/{id}", ["tenant"] = "t1", ["kind"] = "case", ["id"] = id, ["live"] = true, ["version"] = 4,
        ["title"] = title, ["subtitle"] = "示范工厂", ["text"] = $"{title}。机器视觉替代人工目检。", ["date"] = Published.ToString("O"),
        ["industry"] = new JsonArray("c39"), ["domain"] = new JsonArray("quality"),
    };

    /// <summary>The transcript against <c>ElasticsearchWire/{name}.approved.txt</c>; a difference is written beside it as <c>.received.txt</c> to review.</summary>
    private static void AssertApproved(string name, RecordingElasticsearch server)
    {
        var transcript = RebuildName().Replace(server.Transcript, Alias + "-<rebuilt>").ReplaceLineEndings("\n").TrimEnd() + "\n";
        var approvedPath = SourcePath($"{name}.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        var receivedPath = SourcePath($"{name}.received.txt");
        if (transcript == approved)
        {
            File.Delete(receivedPath);
        }
        else
        {
            File.WriteAllText(receivedPath, transcript);
        }

        Assert.True(transcript == approved, $"The requests to Elasticsearch changed. Review {receivedPath} and, if the change is intended, copy it over {approvedPath}.");
    }

    private static string SourcePath(string file, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "ElasticsearchWire", file);

    [GeneratedRegex(Alias + @"-\d{17}")]
    private static partial Regex RebuildName();
}
