namespace Showcase.Api.GraphQL;

/// <summary>
/// Limits and switches of the GraphQL endpoint, bound from <c>Showcase:GraphQL</c>. The switches left unset are on
/// in Development and off elsewhere.
/// </summary>
public sealed class GraphQLOptions
{
    public const string Section = "Showcase:GraphQL";

    /// <summary>The deepest selection a query may have.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// The deepest selection an introspection-only query may have where introspection is on: the standard query's
    /// type references nest <c>ofType</c> up to nine times (depth 15).
    /// </summary>
    public int MaxIntrospectionDepth { get; set; } = 15;

    /// <summary>The highest complexity (roughly, fields times list sizes) a query may have.</summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>The most fields a document selects once its fragments are spread out (what validation and execution walk).</summary>
    public int MaxFields { get; set; } = 5000;

    /// <summary>The largest request body the endpoint reads (query, variables and extensions together); larger ones get 413.</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The longest query text, in characters, that is parsed at all.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>The deepest nesting the parser follows (selections, fragments, list and object values alike).</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>The most syntax nodes (selections, arguments, values, directives, variables) in one document.</summary>
    public int MaxNodes { get; set; } = 5000;

    /// <summary>
    /// The most fields that merge into one selection set (with its fragments, and the subfields of same-named fields):
    /// merging validation compares fields of one name pairwise, so this bounds its work per field.
    /// </summary>
    public int MaxSelectionsPerSet { get; set; } = 100;

    /// <summary>The most aliases in one document (each alias can ask the same field again).</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>The most fragment definitions in one document.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>
    /// How much query text, in characters, the cache of parsed and validated documents holds (least recently used
    /// dropped first); 0 turns it off. Clients that send their data as variables reuse a few documents.
    /// </summary>
    public int DocumentCacheCharacters { get; set; } = 4_000_000;

    /// <summary>Serves the explorer page at <c>/t/{tenant}/graphql/explorer</c>.</summary>
    public bool? EnableExplorer { get; set; }

    /// <summary>Answers <c>__schema</c> and <c>__type</c> and serves <c>/t/{tenant}/graphql/schema.graphql</c>.</summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>Keeps "Did you mean …?" hints in validation errors (they reveal field names).</summary>
    public bool? ShowSuggestions { get; set; }

    /// <summary>Fills the unset switches: on in Development, off elsewhere.</summary>
    public GraphQLOptions WithDefaults(bool isDevelopment)
    {
        EnableExplorer ??= isDevelopment;
        EnableIntrospection ??= isDevelopment;
        ShowSuggestions ??= isDevelopment;
        return this;
    }
}
