using Microsoft.Extensions.DependencyInjection;
using Showcase.Catalog.Search;
using Showcase.Testing;

namespace Showcase.Web.Tests.Browser;

public static class SearchIndexed
{
    /// <summary>Waits (up to five seconds) until the background indexer has the tenant's items.</summary>
    public static async Task WaitAsync(ShowcaseHost host, string tenant, int count)
    {
        var index = host.Services.GetRequiredService<ISearchIndex>();
        for (var waited = 0; waited < 50 && (await index.SearchAsync(new SearchRequest(tenant, null), TestContext.Current.CancellationToken)).Total < count; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
