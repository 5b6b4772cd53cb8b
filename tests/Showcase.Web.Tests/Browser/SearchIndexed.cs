using Microsoft.Extensions.DependencyInjection;
using Showcase.Catalog.Search;
using Showcase.Testing;

namespace Showcase.Web.Tests.Browser;

public static class SearchIndexed
{
    /// <summary>Waits until the background indexer has the tenant's items.</summary>
    public static async Task WaitAsync(ShowcaseHost host, string tenant, int count)
    {
        var index = host.Services.GetRequiredService<ISearchIndex>();
        var cancel = TestContext.Current.CancellationToken;
        await Eventually.TrueAsync(async () => (await index.SearchAsync(new SearchRequest(tenant, null), cancel)).Total >= count, cancel);
    }
}
