using Microsoft.Extensions.Options;
using Showcase.Api.Search;
using Showcase.Catalog.Search;
using Showcase.Catalog.Search.Elasticsearch;
using Showcase.Grains.Listings;
using Showcase.Silo.Hosting;
using Showcase.Silo.Search.Replicas;

namespace Showcase.Silo.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The search engine chosen in <c>Showcase:Search</c> and the indexer that feeds it from the catalog: straight into
    /// the index on one host or with Elasticsearch; through the cluster's change log into each host's own Lucene replica
    /// when hosts cluster on PostgreSQL with the embedded engine.
    /// </summary>
    public static IServiceCollection AddShowcaseSearch(this IServiceCollection services, IConfiguration configuration, ShowcaseOptions showcase, string dataPath)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => o.Engine != SearchEngine.Elasticsearch || o.ElasticsearchUrl is not null,
                $"{SearchOptions.Section}:ElasticsearchUrl is required when {SearchOptions.Section}:Engine is Elasticsearch.")
            .Validate(o => o.MatchSetMegabytes >= 0, $"{SearchOptions.Section}:MatchSetMegabytes cannot be negative.")
            .Validate(o => o.ReplicaPollSeconds >= 1, $"{SearchOptions.Section}:ReplicaPollSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<IOptions<SearchOptions>>().Value switch
        {
            { Engine: SearchEngine.Elasticsearch } o => new ElasticsearchSearchIndex(o.ElasticsearchUrl!, o.ElasticsearchAlias),
            var o => LuceneSearchIndex.Open(SearchOptions.LuceneFolder(dataPath), o.MatchSetMegabytes * 1024L * 1024),
        });
        services.AddSingleton<SearchCatalog>();
        services.AddSingleton<SearchRebuilder>();
        var replicated = showcase.Clustering == ClusteringKind.PostgreSQL
            && (configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions()).Engine == SearchEngine.Lucene;
        if (replicated)
        {
            services.AddSingleton(_ => new SearchChangeLog(showcase.PostgreSQL!));
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SearchReplica>(sp, showcase.HostKey));
            services.AddSingleton<ISearchFeed, ChangeLogFeed>();
            services.AddHostedService(sp => sp.GetRequiredService<SearchReplica>());
        }
        else
        {
            services.AddSingleton<ISearchFeed, DirectFeed>();
        }

        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<ICatalogChangeListener>(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddSingleton<ISearchMaintenance>(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        return services;
    }
}
