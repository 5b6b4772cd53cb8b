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

    /// <summary>The highest complexity (roughly, fields times list sizes) a query may have.</summary>
    public int MaxComplexity { get; set; } = 5000;

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
