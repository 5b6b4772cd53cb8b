namespace Showcase.Silo.Search;

public enum SearchEngine
{
    /// <summary>Embedded Lucene in <c>{DataPath}/search</c> (the default: nothing to run beside Showcase).</summary>
    Lucene,

    /// <summary>Elasticsearch 8 at <see cref="SearchOptions.ElasticsearchUrl"/>, shared by every host of a cluster.</summary>
    Elasticsearch,
}

/// <summary>Bound from <c>Showcase:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Showcase:Search";

    public SearchEngine Engine { get; set; } = SearchEngine.Lucene;

    /// <summary>Where Elasticsearch listens; credentials may ride in the URL (<c>http://elastic:secret@es:9200</c>).</summary>
    public Uri? ElasticsearchUrl { get; set; }

    /// <summary>The alias the catalog is searched through; its indexes are named after it.</summary>
    public string ElasticsearchAlias { get; set; } = "showcase-catalog";

    /// <summary>
    /// Apply catalog changes to the index as they happen (default). Off, the index is brought up to date only at the
    /// next start — for bulk maintenance, and how the tests stand in for a crash between a write and its indexing.
    /// </summary>
    public bool LiveUpdates { get; set; } = true;

    /// <summary>
    /// Memory the embedded engine may keep of which items each searched word matches (64 MB by default: about 5,000
    /// words at 100,000 items); repeated words then cost bits instead of positions.
    /// </summary>
    public int MatchSetMegabytes { get; set; } = 64;

    /// <summary>
    /// In a cluster of embedded replicas, how often each host reads the change log's heads even when no notification
    /// woke it (5 s by default): a lost notification delays a change by at most this long.
    /// </summary>
    public int ReplicaPollSeconds { get; set; } = 5;

    /// <summary>Where the embedded Lucene index lives in a data folder.</summary>
    public static string LuceneFolder(string dataPath) => Path.Combine(dataPath, "search");
}
