namespace Showcase.Api.Collections;

/// <summary>A section as a client sends it: its title and the ids of its cases in order, each with an optional curator's note.</summary>
public sealed record SectionInput(string Title, IReadOnlyList<ItemInput> Cases);

public sealed record ItemInput(string Case, string? Note);

/// <summary>What a saved search looks for: words and facet filters (dimension → alternatives), as on the search page.</summary>
public sealed record SavedSearch(string? Query, IReadOnlyDictionary<string, IReadOnlyList<string>> Filters);
