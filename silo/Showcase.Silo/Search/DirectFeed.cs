using Showcase.Catalog.Search;
using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>Changes written straight into the one index every host uses (the embedded one on a single host, or Elasticsearch).</summary>
public sealed class DirectFeed(SearchCatalog catalog, ISearchIndex index, SearchRebuilder rebuilder) : ISearchFeed
{
    public bool ConvergesAtStart => true;

    public Task SendAsync(IReadOnlyList<SearchItem> items, CancellationToken cancellationToken) =>
        catalog.ApplyAsync(index, items.ToAsyncEnumerable(), cancellationToken);

    public Task ForgetTenantAsync(TenantId tenant, CancellationToken cancellationToken) => index.ForgetTenantAsync(tenant.Value, cancellationToken);

    public void StartRebuild() => rebuilder.Start(RebuildAsync);

    private async Task RebuildAsync()
    {
        try
        {
            await rebuilder.RunAsync();
            // Anything that changed while the catalog was read and did not reach the new index is applied now.
            await catalog.ConvergeAsync(index, SendAsync, CancellationToken.None);
        }
        catch (Exception)
        {
            // The rebuilder has logged it and reports it failed; the live index stays.
        }
    }
}
