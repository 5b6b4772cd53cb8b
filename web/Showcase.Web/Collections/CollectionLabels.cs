using Showcase.Api.Search;
using Showcase.Collections;

namespace Showcase.Web.Collections;

public static class CollectionLabels
{
    public static string Status(CollectionSnapshot collection) =>
        collection.Published is null ? "未发布" : collection.HasUnpublishedChanges ? "已发布（有未发布的修改）" : "已发布";

    /// <summary>A saved search as people read it: 关键词“…”；黑色金属；节能减排.</summary>
    public static string Search(string? query, IEnumerable<(string Dimension, string Value)> filters) =>
        string.Join("；", (query is null ? [] : new[] { $"关键词“{query}”" }).Concat(filters.Select(f => SearchFacet.NameOf(f.Dimension, f.Value))));

    public static string Search(CollectionSeed seed) =>
        Search(seed.Query, seed.Filters.SelectMany(f => f.Values.Select(v => (f.Dimension, v))));
}
