using System.Globalization;
using Showcase.Api.Search;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Web.Localization;

namespace Showcase.Web.Collections;

/// <summary>A collection's status, event date and saved search as the pages put them (CollectionLabels.resx, .en.resx).</summary>
public static class CollectionLabels
{
    private static readonly LabelTexts Texts = new(typeof(CollectionLabels));

    public static string Status(CollectionSnapshot collection) => Text(
        collection.Published is null ? "Unpublished" : collection.HasUnpublishedChanges ? "PublishedWithChanges" : "Published");

    /// <summary>2027年3月31日, or 31 March 2027 in English.</summary>
    public static string Date(DateOnly date) => date.ToString(Text("DateFormat"), CultureInfo.InvariantCulture);

    /// <summary>A saved search as people read it: 关键词“…”；黑色金属；节能减排.</summary>
    public static string Search(string? query, IEnumerable<(string Dimension, string Value)> filters) =>
        string.Join(Text("Separator"), (query is null ? [] : new[] { string.Format(CultureInfo.InvariantCulture, Text("Keywords"), query) })
            .Concat(filters.Select(f => SearchFacet.NameOf(f.Dimension, f.Value, Languages.Current))));

    public static string Search(CollectionSeed seed) =>
        Search(seed.Query, seed.Filters.SelectMany(f => f.Values.Select(v => (f.Dimension, v))));

    private static string Text(string key) => Texts.Get(key, Languages.Current);
}
