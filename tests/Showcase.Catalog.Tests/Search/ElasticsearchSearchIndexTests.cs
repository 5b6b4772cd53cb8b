using Showcase.Catalog.Search;
using Showcase.Catalog.Search.Elasticsearch;

namespace Showcase.Catalog.Tests.Search;

/// <summary>
/// The contract on Elasticsearch, when <c>SHOWCASE_ELASTICSEARCH_URL</c> names one (see the README: the compose
/// file's Elasticsearch). Each test works in indexes of its own, deleted after.
/// </summary>
public sealed class ElasticsearchSearchIndexTests : SearchIndexContract
{
    public const string UrlVariable = "SHOWCASE_ELASTICSEARCH_URL";

    protected override Task<ISearchIndex> OpenAsync() => OpenIndexAsync();

    protected override Task DeleteAsync(ISearchIndex index) => DeleteIndexAsync(index);

    /// <summary>A new index of its own on the configured Elasticsearch; skips the test when none is.</summary>
    public static async Task<ISearchIndex> OpenIndexAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        Assert.SkipWhen(string.IsNullOrEmpty(url), $"{UrlVariable} is not set: no Elasticsearch to run the search contract against.");
        return await ElasticsearchSearchIndex.OpenAsync(new Uri(url!), "showcase-test-" + Guid.NewGuid().ToString("N")[..12], TestContext.Current.CancellationToken);
    }

    public static Task DeleteIndexAsync(ISearchIndex index) => ((ElasticsearchSearchIndex)index).DeleteEverythingAsync(TestContext.Current.CancellationToken);
}
