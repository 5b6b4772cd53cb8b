using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
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
    public const string English = EnglishAnalyzers.Field;
    public const string EnglishTitle = "en_title";
    public const string EnglishText = "en_text";
    public const int StoredTextLength = 4000;

    /// <summary>How documents are analysed: Chinese (<see cref="ChineseAnalyzers"/>), the English fields in English.</summary>
    public static Analyzer Analyzer() => new PerFieldAnalyzerWrapper(ChineseAnalyzers.Index(), new Dictionary<string, Analyzer>
    {
        [English] = EnglishAnalyzers.Create(),
        [EnglishTitle] = EnglishAnalyzers.Create(),
    });

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

        document.Add(new StoredField(Text, Shortened(source.Text)));
        AddEnglish(document, source);
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

    /// <summary>What hits show of a text: its start.</summary>
    public static string Shortened(string text) => text.Length > StoredTextLength ? text[..StoredTextLength] : text;

    /// <summary>The English title, text and tag names as separate values of one field searched by stems; title and text kept to be shown.</summary>
    private static void AddEnglish(Document document, SearchDocument source)
    {
        if (source.EnglishTitle is { Length: > 0 } title)
        {
            document.Add(new TextField(EnglishTitle, title, Field.Store.YES));
            document.Add(new TextField(English, title, Field.Store.NO));
        }

        if (source.EnglishText is { Length: > 0 } text)
        {
            document.Add(new TextField(English, text, Field.Store.NO));
            document.Add(new StoredField(EnglishText, Shortened(text)));
        }

        if (source.EnglishTerms is { Length: > 0 } terms)
        {
            document.Add(new TextField(English, terms, Field.Store.NO));
        }
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
