namespace Showcase.Listings;

public static class CatalogDirectoryGrainExtensions
{
    /// <summary>Every entry <paramref name="query"/> matches (its filters and who is looking), read a page at a time by cursor.</summary>
    public static async IAsyncEnumerable<CatalogEntry> AllAsync(this ICatalogDirectoryGrain directory, CatalogQuery query)
    {
        query = query with { Take = 100, After = null };
        CatalogPage page;
        do
        {
            page = await directory.ListAsync(query);
            foreach (var entry in page.Items)
            {
                yield return entry;
            }

            query = query with { After = page.EndCursor };
        }
        while (page.HasNextPage);
    }
}
