using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Showcase.Api.GraphQL.Limits;

/// <summary>
/// Documents that were parsed within the limits and passed validation, by their query text, so a client that sends
/// the same document again (its data in variables) is not parsed again and skips GraphQL.NET's core validation rules.
/// Those depend on the document and the schema alone, and every portal shares the schema, so one cache serves every
/// portal. The rules Showcase adds still run on every request: the complexity of <c>first: $n</c> depends on the
/// variables (<see cref="ShowcaseComplexityRule"/>), and introspection on the settings.
/// Bounded by <see cref="GraphQLOptions.DocumentCacheCharacters"/> of query text, least recently used dropped first.
/// </summary>
public sealed class ValidatedDocuments : IDisposable
{
    private readonly MemoryCache? _cache;

    public ValidatedDocuments(IOptions<GraphQLOptions> options)
    {
        var size = options.Value.DocumentCacheCharacters;
        _cache = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size, CompactionPercentage = 0.25 }) : null;
    }

    /// <summary>A document this text was validated as, or null.</summary>
    public GraphQLDocument? Find(string query) => _cache?.Get<GraphQLDocument>(query);

    /// <summary>Remembers a document that passed validation.</summary>
    public void Add(string query, GraphQLDocument document) =>
        _cache?.Set(query, document, new MemoryCacheEntryOptions { Size = Math.Max(query.Length, 1) });

    public void Dispose() => _cache?.Dispose();
}
