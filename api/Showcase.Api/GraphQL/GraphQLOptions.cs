namespace Showcase.Api.GraphQL;

/// <summary>Limits and switches of the GraphQL endpoint, bound from <c>Showcase:GraphQL</c>.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "Showcase:GraphQL";

    /// <summary>The deepest selection a query may have.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>The highest complexity (roughly, fields times list sizes) a query may have.</summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>Serves the explorer page at <c>/t/{tenant}/graphql/explorer</c>.</summary>
    public bool EnableExplorer { get; set; } = true;
}
