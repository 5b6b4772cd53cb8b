using System.Collections.Frozen;

namespace Showcase.Reference;

/// <summary>
/// The reference lists the catalog is tagged with, shipped as JSON files in <c>Reference/Data</c> (one per list,
/// each with its version and source) and loaded once, on first use; the host touches <see cref="All"/> at start so a
/// broken file stops it before it serves anything. Codes are stable; names may be reworded in a new version.
/// </summary>
public static class ReferenceData
{
    private static readonly Lazy<FrozenDictionary<string, Taxonomy>> Loaded = new(() => TaxonomyLoader.LoadEmbedded(typeof(ReferenceData).Assembly));

    /// <summary>Every list, in a stable order.</summary>
    public static IReadOnlyList<Taxonomy> All => [.. Loaded.Value.Values.OrderBy(t => t.Key, StringComparer.Ordinal)];

    /// <summary>The list with this key, or null.</summary>
    public static Taxonomy? Find(string key) => Loaded.Value.GetValueOrDefault(key);

    /// <summary>The 22 industries of the 2020 platform form.</summary>
    public static Taxonomy Industries => Get("industry");

    /// <summary>The 9 domains of the 2020 platform form.</summary>
    public static Taxonomy Domains => Get("domain");

    /// <summary>The manufacturing stages (设计、生产、管理、服务).</summary>
    public static Taxonomy Stages => Get("stage");

    /// <summary>The new-generation information technologies named in the seeds.</summary>
    public static Taxonomy Technologies => Get("technology");

    /// <summary>The application scenes of the 2020 platform form (设备管理优化, …).</summary>
    public static Taxonomy Scenes => Get("scene");

    /// <summary>Solution kinds of discrete and process industries.</summary>
    public static Taxonomy SolutionKinds => Get("solution-kind");

    /// <summary>The four sectors of the 智能制造 action and their sub-industries.</summary>
    public static Taxonomy Sectors => Get("sector");

    /// <summary>The four 两化融合 stages.</summary>
    public static Taxonomy FusionStages => Get("fusion-stage");

    /// <summary>What kind of organisation an applicant or provider is (制造企业, …, 联合体).</summary>
    public static Taxonomy ApplicantKinds => Get("applicant-kind");

    public static Taxonomy RecommenderKinds => Get("recommender-kind");

    /// <summary>国家级 / 省级.</summary>
    public static Taxonomy Levels => Get("level");

    public static Taxonomy Provinces => Get("province");

    /// <summary>Prefecture-level cities; each term's parent is its province.</summary>
    public static Taxonomy Cities => Get("city");

    /// <summary>Programs → classes → directions.</summary>
    public static Taxonomy Programs => Get("program");

    private static Taxonomy Get(string key) => Loaded.Value[key];
}
