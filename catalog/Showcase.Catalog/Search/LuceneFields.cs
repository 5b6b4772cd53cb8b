using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Showcase.Catalog.Search;

/// <summary>How a <see cref="SearchDocument"/> is laid out in a Lucene document.</summary>
internal static class LuceneFields
{
    public const string Uid = "uid";
    public const string UidValues = "uid_dv";
    public const string Tenant = "tenant";
    public const string Kind = "kind";
    public const string Id = "id";
    public const string Live = "live";
    public const string Version = "version";
    public const string Title = "title";
    public const string Subtitle = "subtitle";
    public const string All = "all";
    public const string Text = "text";
    public const string Date = "date";
    public const int StoredTextLength = 4000;

    public static string FacetValues(string dimension) => "f_" + dimension;

    public static Document Of(SearchDocument source)
    {
        var document = Identity(source.Tenant, source.Kind, source.Id, source.Version, live: true);
        document.Add(new TextField(Title, source.Title, Field.Store.YES));
        if (source.Subtitle is not null)
        {
            document.Add(new StoredField(Subtitle, source.Subtitle));
        }

        // Title, subtitle and text are separate values of the full-text field, so a phrase cannot run from one into the next.
        foreach (var part in new[] { source.Title, source.Subtitle, source.Text }.Where(p => !string.IsNullOrEmpty(p)))
        {
            document.Add(new TextField(All, part, Field.Store.NO));
        }

        document.Add(new StoredField(Text, source.Text.Length > StoredTextLength ? source.Text[..StoredTextLength] : source.Text));
        document.Add(new NumericDocValuesField(Date, source.Date.UtcTicks));
        document.Add(new StoredField(Date, source.Date.UtcTicks));
        // The kind is part of the identity (written by Identity); every other dimension comes from the facets.
        foreach (var (dimension, values) in source.Facets.Where(f => f.Key != SearchFacets.Kind))
        {
            foreach (var value in values.Distinct())
            {
                document.Add(new StringField(dimension, value, Field.Store.YES));
                document.Add(new SortedSetDocValuesField(FacetValues(dimension), new BytesRef(value)));
            }
        }

        return document;
    }

    /// <summary>A removed item: only its identity and version, so an older document cannot bring it back.</summary>
    public static Document Removed(string tenant, string kind, string id, long version) => Identity(tenant, kind, id, version, live: false);

    private static Document Identity(string tenant, string kind, string id, long version, bool live)
    {
        var uid = SearchDocument.UidOf(tenant, kind, id);
        return
        [
            new StringField(Uid, uid, Field.Store.YES),
            new BinaryDocValuesField(UidValues, new BytesRef(uid)),
            new StringField(Tenant, tenant, Field.Store.NO),
            new StringField(SearchFacets.Kind, kind, Field.Store.YES),
            new SortedSetDocValuesField(FacetValues(SearchFacets.Kind), new BytesRef(kind)),
            new StringField(Id, id, Field.Store.YES),
            new StringField(Live, live ? "1" : "0", Field.Store.NO),
            new NumericDocValuesField(Version, version),
        ];
    }
}
