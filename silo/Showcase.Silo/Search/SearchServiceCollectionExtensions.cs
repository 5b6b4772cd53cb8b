using Showcase.Catalog.Search;
using Showcase.Grains.Listings;

namespace Showcase.Silo.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The embedded Lucene index in <c>{dataPath}/search</c> and the indexer that feeds it from the catalog.</summary>
    public static IServiceCollection AddShowcaseSearch(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton<ISearchIndex>(_ => LuceneSearchIndex.Open(Path.Combine(dataPath, "search")));
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<ICatalogChangeListener>(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        return services;
    }
}
