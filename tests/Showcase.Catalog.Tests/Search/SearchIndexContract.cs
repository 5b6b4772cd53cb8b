using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search;

/// <summary>
/// What every engine must do, run against each of them (<see cref="LuceneSearchIndexTests"/> always,
/// <see cref="ElasticsearchSearchIndexTests"/> when an Elasticsearch is configured).
/// </summary>
public abstract class SearchIndexContract : IAsyncLifetime
{
    private ISearchIndex _index = null!;

    /// <summary>A new, empty index of the engine under test.</summary>
    protected abstract Task<ISearchIndex> OpenAsync();

    /// <summary>Deletes what <see cref="OpenAsync"/> made (the index is disposed after).</summary>
    protected virtual Task DeleteAsync(ISearchIndex index) => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _index = await OpenAsync();
        await _index.IndexAsync([.. SearchCorpus.Documents, SearchCorpus.Foreign], TestContext.Current.CancellationToken);
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

    [Theory]
    [InlineData("焊", "weld")]
    [InlineData("焊点", "weld")]
    [InlineData("焊点检测", "weld")]
    [InlineData("鼓风机", "blower")]
    [InlineData("5G", "agv")]
    [InlineData("５Ｇ", "agv")]
    [InlineData("agv", "agv")]
    [InlineData("MES 追溯", "mes")]
    [InlineData("水泥 能耗", "energy")]
    public async Task Search_ChineseLatinAndFullWidth_FindTheExpectedBestFirst(string query, string best)
    {
        var result = await SearchAsync(query);

        Assert.True(result.Hits.Count > 0, $"“{query}” found nothing");
        Assert.Equal(best, result.Hits[0].Id);
    }

    [Fact]
    public async Task Search_FullWidthMes_FindsBothSpellings()
    {
        var ids = (await SearchAsync("ｍｅｓ")).Hits.Select(h => h.Id).ToArray();

        Assert.Contains("mes", ids);
        Assert.Contains("fullwidth", ids);
    }

    [Fact]
    public async Task Search_EveryWordMustMatch()
    {
        var both = await SearchAsync("焊点 轴承");
        var oneChar = (await SearchAsync("焊")).Hits.Select(h => h.Id).ToArray();

        Assert.Empty(both.Hits);
        Assert.Equal(["weld", "welding-robot"], oneChar.Order());
    }

    [Theory]
    [InlineData("预测性维护", new[] { "blower", "rolling", "f-bearing" })]
    [InlineData("设备健康管理", new[] { "blower", "rolling", "f-bearing" })]
    [InlineData("数字孪生", new[] { "twin", "sim" })]
    [InlineData("节能减排", new[] { "energy" })]
    [InlineData("智慧物流", new[] { "procure" })]
    [InlineData("钢铁预测性维护", new[] { "blower", "rolling" })]
    public async Task Search_Synonyms_FindTheWholeGroup(string query, string[] expected)
    {
        var ids = (await SearchAsync(query)).Hits.Select(h => h.Id).ToArray();

        Assert.Equal(expected.Order(), ids.Order());
    }

    [Theory]
    [InlineData("Kerpen", "kerpen")]
    [InlineData("magva", "magva")]
    public async Task Search_ALatinNameHoldingASynonym_FindsItself(string query, string expected)
    {
        await _index.IndexAsync(
            [
                SearchCorpus.Case("kerpen", "Kerpen 注塑车间数字化改造", "x", "注塑机联网。", "plastics", "production", [], "32", 2025),
                SearchCorpus.Case("magva", "Magva 叉车装配线", "x", "装配线平衡。", "machinery", "production", [], "32", 2025),
            ],
            TestContext.Current.CancellationToken);

        Assert.Equal(expected, Assert.Single((await SearchAsync(query)).Hits).Id);
    }

    [Fact]
    public async Task Search_ALatinSynonymBesideChinese_IsStillExpanded()
    {
        var unspaced = (await SearchAsync("电子agv")).Hits.Select(h => h.Id).ToArray();

        Assert.Equal(["agv"], unspaced);
        Assert.Equal(unspaced, (await SearchAsync("电子 自动导引车")).Hits.Select(h => h.Id).ToArray());
    }

    [Fact]
    public async Task Search_WordAcrossAGap_NeedsItsEnds()
    {
        await _index.IndexAsync([SearchCorpus.Case("spot", "设备点检与检测规程", "x", "日常点检。", "machinery", "maintenance", [], "33", 2025)], TestContext.Current.CancellationToken);

        var ids = (await SearchAsync("焊点检测")).Hits.Select(h => h.Id).ToArray();

        Assert.Contains("weld", ids);
        Assert.DoesNotContain("spot", ids);
    }

    [Fact]
    public async Task Search_TheWholeWordOutranksItsEndsAcrossAGap()
    {
        await _index.IndexAsync(
        [
            SearchCorpus.Case("gap", "煤炭能源经营管理与智能决策", "示例能源", "企业经营数据分析。", "mining", "operations", [], "14", 2025),
            SearchCorpus.Case("whole", "窑炉精细化管控与碳排放监测", "示例建材", "建设能源管理平台，实时计量。", "building-materials", "energy-saving", [], "14", 2025),
        ], TestContext.Current.CancellationToken);

        var ids = (await SearchAsync("能源管理")).Hits.Select(h => h.Id).ToArray();

        Assert.True(Array.IndexOf(ids, "whole") < Array.IndexOf(ids, "gap"), string.Join(",", ids));
    }

    [Fact]
    public async Task Search_TitleMatchRanksAboveBodyMatch()
    {
        var ids = (await SearchAsync("机器视觉")).Hits.Select(h => h.Id).ToArray();

        Assert.Equal("p-vision", ids[0]);
        Assert.Contains("weld", ids);
    }

    [Theory]
    [InlineData("數字孿生")]
    [InlineData("数字孪生")]
    public async Task Search_TraditionalAndSimplified_FindEachOther(string query)
    {
        await _index.IndexAsync(
            [
                SearchCorpus.Case("trad", "軸承數字孿生工廠", "x", "以數字孿生優化熱處理。", "general-equipment", "production", [], "71", 2025),
                SearchCorpus.Case("simp", "轴承数字孪生车间", "x", "以数字孪生优化热处理。", "general-equipment", "production", [], "33", 2025),
            ],
            TestContext.Current.CancellationToken);

        var hits = (await SearchAsync(query)).Hits;

        Assert.Equal(["simp", "trad"], hits.Select(h => h.Id).Where(id => id is "simp" or "trad").Order());
        Assert.Contains("<mark>數字孿生</mark>", hits.Single(h => h.Id == "trad").TitleHtml);
    }

    [Theory]
    [InlineData("怎样在焊装车间检测焊点", "weld")]
    [InlineData("有没有高炉鼓风机预测性维护的案例", "blower")]
    [InlineData("请问水泥窑如何降低能耗", "energy")]
    public async Task Search_AQuestion_FindsWhatItAsksAbout(string question, string best)
    {
        var result = await SearchAsync(question);

        Assert.False(result.Partial);
        Assert.Equal(best, Assert.Single(result.Hits).Id);
    }

    [Fact]
    public async Task Search_WhenNothingHoldsEveryWord_MostOfThemFindIt_MarkedPartial()
    {
        var result = await SearchAsync("鼓风机 振动 轴承 区块链");

        Assert.True(result.Partial);
        Assert.Equal("blower", result.Hits[0].Id);
        Assert.Empty((await SearchAsync("鼓风机 区块链")).Hits);
    }

    [Fact]
    public async Task Search_AWordMatchesInsideOneField_InItsOrder()
    {
        await _index.IndexAsync(
            [
                SearchCorpus.Case("split", "设备维修知识库", "示例机械有限公司", "新入职工程师通过案例学习排故。", "machinery", "operations", [], "33", 2025),
                SearchCorpus.Case("reversed", "工程机械结构件焊接", "x", "焊接机器人。", "machinery", "production", [], "33", 2025),
                SearchCorpus.Case("gapped", "机械设计与工程仿真", "x", "三维设计。", "machinery", "design", [], "33", 2025),
            ],
            TestContext.Current.CancellationToken);

        var hits = (await SearchAsync("机械工程")).Hits;

        Assert.Equal("gapped", Assert.Single(hits).Id);
        Assert.Contains("<mark>机械</mark>设计与<mark>工程</mark>", hits[0].TitleHtml);
    }

    [Fact]
    public async Task Search_TheLiteralWordRanksAboveItsSynonyms()
    {
        var ids = (await SearchAsync("设备健康管理")).Hits.Select(h => h.Id).ToArray();

        Assert.Equal("rolling", ids[0]);
        Assert.Contains("blower", ids);
    }

    [Theory]
    [InlineData("Kerpan")]
    [InlineData("kerpne")]
    [InlineData("kerpen")]
    public async Task Search_ALongLatinWordOneEditAway_FindsIt(string query)
    {
        await _index.IndexAsync([SearchCorpus.Case("kerpen", "Kerpen 注塑车间数字化改造", "x", "注塑机联网。", "plastics", "production", [], "32", 2025)], TestContext.Current.CancellationToken);

        Assert.Equal("kerpen", (await SearchAsync(query)).Hits[0].Id);
        Assert.Empty((await SearchAsync("kerpanx")).Hits);
    }

    [Theory]
    [InlineData("数字挛生", "数字孪生")]
    [InlineData("数孪字生", "数字孪生")]
    [InlineData("预测性维户", "预测性维护")]
    [InlineData("怎样减少鼓风几的停机", "怎样减少鼓风机的停机")]
    [InlineData("MSE 追溯", "MES 追溯")]
    public async Task Search_AOneCharacterSlip_FindsNothing_AndSuggestsTheWordItMeant(string query, string suggestion)
    {
        var result = await SearchAsync(query);

        Assert.Empty(result.Hits);
        Assert.Equal(suggestion, result.Suggestion);
        Assert.NotEmpty((await SearchAsync(suggestion)).Hits);
    }

    [Theory]
    [InlineData("另一门护")]
    [InlineData("区块链")]
    [InlineData("鼓风机")]
    public async Task Search_SuggestsNothing_WhenItWouldFindNothingInThisPortal_OrSomethingWasFound(string query) =>
        Assert.Null((await SearchAsync(query)).Suggestion);

    [Fact]
    public async Task Search_HighlightsTheMatchedWordsAndEncodesTheRest()
    {
        await _index.IndexAsync([SearchCorpus.Case("xss", "<script>焊点</script>检测", "x", "正文里也有焊点。", "automotive", "quality", [], "33", 2025)], TestContext.Current.CancellationToken);

        var hit = (await SearchAsync("焊点")).Hits.Single(h => h.Id == "xss");

        Assert.Equal("&lt;script&gt;<mark>焊点</mark>&lt;/script&gt;检测", hit.TitleHtml);
        Assert.Contains("<mark>焊点</mark>", hit.SnippetHtml);
    }

    [Fact]
    public async Task Facets_CountEachDimensionWithTheOtherFiltersOnly()
    {
        var result = await _index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, null)
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [SearchFacets.Industry] = ["machinery"], [SearchFacets.Kind] = ["case"] },
            FacetDimensions = [SearchFacets.Industry, SearchFacets.Kind, SearchFacets.Year],
        }, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Total);
        // Industry is counted without its own filter, so the other industries stay selectable (multi-select).
        Assert.Equal(3, Count(result, SearchFacets.Industry, "machinery"));
        Assert.Equal(2, Count(result, SearchFacets.Industry, "ferrous-metals"));
        // Kind is counted with the industry filter: machinery has 3 cases and a factory.
        Assert.Equal(3, Count(result, SearchFacets.Kind, "case"));
        Assert.Equal(1, Count(result, SearchFacets.Kind, "factory"));
        Assert.Equal(2, Count(result, SearchFacets.Year, "2025"));
    }

    [Fact]
    public async Task Search_NeverCrossesTenants()
    {
        var other = await _index.SearchAsync(new SearchRequest(SearchCorpus.OtherTenant, "焊点"), TestContext.Current.CancellationToken);
        var mine = await SearchAsync("另一门户");

        Assert.Equal("焊点质量在线检测（另一门户）", Assert.Single(other.Hits).Title);
        Assert.Empty(mine.Hits);
    }

    [Fact]
    public async Task Index_OlderVersionsAndReplays_ChangeNothing_RemovalSticks()
    {
        var weld = SearchCorpus.Documents[0];
        await _index.IndexAsync([weld with { Version = 3, Title = "焊点检测第三版" }], TestContext.Current.CancellationToken);
        await _index.IndexAsync([weld with { Version = 2, Title = "焊点检测第二版" }], TestContext.Current.CancellationToken);
        Assert.Equal("焊点检测第三版", (await SearchAsync("焊点")).Hits.Single(h => h.Id == "weld").Title);

        await _index.RemoveAsync(SearchCorpus.Tenant, "case", "weld", 4, TestContext.Current.CancellationToken);
        await _index.IndexAsync([weld with { Version = 3 }], TestContext.Current.CancellationToken);

        Assert.DoesNotContain((await SearchAsync("焊点")).Hits, h => h.Id == "weld");
        Assert.Equal(4, (await _index.VersionsAsync(SearchCorpus.Tenant, TestContext.Current.CancellationToken))["zj/case/weld"]);
        await _index.IndexAsync([weld with { Version = 5 }], TestContext.Current.CancellationToken);
        Assert.Contains((await SearchAsync("焊点")).Hits, h => h.Id == "weld");
    }

    [Fact]
    public async Task Similar_SharesIndustryAndWords_NotItself()
    {
        var similar = await _index.SimilarAsync(SearchCorpus.Tenant, "case", "blower", 3, TestContext.Current.CancellationToken);

        Assert.Equal("rolling", similar[0].Id);
        Assert.DoesNotContain(similar, h => h.Id == "blower");
    }

    [Fact]
    public async Task Newest_SortsByDate_AndPagesWithoutOverlap()
    {
        var first = await _index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, null) { Sort = SearchSort.Newest, Take = 5 }, TestContext.Current.CancellationToken);
        var second = await _index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, null) { Sort = SearchSort.Newest, Skip = 5, Take = 5 }, TestContext.Current.CancellationToken);

        var dates = first.Hits.Concat(second.Hits).Select(h => h.Date).ToArray();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        Assert.Equal(SearchCorpus.Documents.Count, first.Total);
    }

    [Fact]
    public async Task Rebuild_TakesOverAtOnce_WithTheWritesMadeDuringIt()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var rebuild = await _index.BeginRebuildAsync(cancellation))
        {
            // The source as the rebuild reads it: the blower case has been withdrawn.
            await rebuild.IndexAsync(SearchCorpus.Documents.Where(d => d.Id != "blower").ToArray(), cancellation);
            Assert.Equal("blower", Assert.Single((await SearchAsync("鼓风机")).Hits).Id);

            await _index.IndexAsync([SearchCorpus.Case("late", "热处理炉温度智能控制", "示例热处理", "炉温闭环控制。", "machinery", "production", [], "33", 2026)], cancellation);
            Assert.Equal("late", Assert.Single((await SearchAsync("热处理")).Hits).Id);
            await rebuild.CompleteAsync(cancellation);
        }

        Assert.Empty((await SearchAsync("鼓风机")).Hits);
        Assert.Equal("late", Assert.Single((await SearchAsync("热处理")).Hits).Id);
        var versions = await _index.VersionsAsync(SearchCorpus.Tenant, cancellation);
        Assert.Equal(SearchCorpus.Documents.Count, versions.Count);
        Assert.DoesNotContain("zj/case/blower", versions.Keys);
    }

    [Fact]
    public async Task Rebuild_Abandoned_LeavesTheLiveIndexAsItWas()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var rebuild = await _index.BeginRebuildAsync(cancellation))
        {
            await rebuild.IndexAsync([SearchCorpus.Documents[0]], cancellation);
        }

        var all = await _index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, null), cancellation);
        Assert.Equal(SearchCorpus.Documents.Count, all.Total);
        await using var again = await _index.BeginRebuildAsync(cancellation);
    }

    /// <summary>A case whose Chinese says nothing of twins, and whose English does.</summary>
    private static readonly SearchDocument EnglishTwin = SearchCorpus.Case("en-twin", "曲轴产线虚实联动", "示例曲轴", "产线模型与设备实时同步。", "machinery", "design", [], "33", 2025) with
    {
        EnglishTitle = "Digital twins of a crankshaft line",
        EnglishText = "The line's model is twinned with its machines in real time.",
        EnglishTerms = "Machinery\nDesign",
    };

    [Theory]
    [InlineData("digital twin")]
    [InlineData("Digital Twins")]
    [InlineData("数字孪生")]
    public async Task Search_EitherLanguage_FindsCasesWrittenInEither(string query)
    {
        await _index.IndexAsync([EnglishTwin], TestContext.Current.CancellationToken);

        var found = (await SearchAsync(query)).Hits.Select(h => h.Id).ToArray();

        Assert.Contains("en-twin", found);
        Assert.Contains("twin", found);
    }

    [Fact]
    public async Task Search_EnglishWords_MatchByTheirStems_InTheirOwnFields()
    {
        await _index.IndexAsync([EnglishTwin], TestContext.Current.CancellationToken);

        Assert.Equal(["en-twin"], (await SearchAsync("crankshafts twinning")).Hits.Select(h => h.Id));
        Assert.Equal(["en-twin"], (await SearchAsync("machinery")).Hits.Select(h => h.Id));
        // One word matched in the Chinese, the other in the English.
        Assert.Equal(["en-twin"], (await SearchAsync("曲轴 twinned")).Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Search_AnEnglishQuestion_FindsChineseCasesThroughTheThesaurus()
    {
        await _index.IndexAsync([SearchCorpus.Case("deburr", "冲压件去毛刺工艺改进", "示例冲压", "冲压件边缘毛刺由人工打磨改为在线检测与自动去除。", "automotive", "quality", [], "33", 2025)],
            TestContext.Current.CancellationToken);

        var result = await SearchAsync("how can we reduce burrs in stamping");

        Assert.False(result.Partial);
        Assert.Equal("deburr", result.Hits[0].Id);
    }

    [Fact]
    public async Task Search_ForAnEnglishReader_ShowsTheEnglishWhereWritten_MarkedByStems()
    {
        await _index.IndexAsync([EnglishTwin], TestContext.Current.CancellationToken);

        var hits = (await _index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, "digital twin") { InEnglish = true }, TestContext.Current.CancellationToken)).Hits;
        var chinese = (await SearchAsync("digital twin")).Hits.Single(h => h.Id == "en-twin");

        var english = hits.Single(h => h.Id == "en-twin");
        Assert.True(english.InEnglish);
        Assert.Equal("<mark>Digital</mark> <mark>twins</mark> of a crankshaft line", english.TitleHtml);
        Assert.Contains("<mark>twinned</mark>", english.SnippetHtml);
        var original = hits.Single(h => h.Id == "twin");
        Assert.False(original.InEnglish);
        Assert.Equal("发动机装配线<mark>数字孪生</mark>", original.TitleHtml);
        Assert.False(chinese.InEnglish);
        Assert.Equal("曲轴产线虚实联动", chinese.Title);
    }

    private Task<SearchResult> SearchAsync(string query) =>
        _index.SearchAsync(new SearchRequest(SearchCorpus.Tenant, query), TestContext.Current.CancellationToken);

    private static int Count(SearchResult result, string dimension, string value) =>
        result.Facets[dimension].SingleOrDefault(f => f.Value == value)?.Count ?? 0;
}
