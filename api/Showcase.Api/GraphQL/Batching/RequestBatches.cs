using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Api.GraphQL.Batching;

/// <summary>
/// A request's batches, one per purpose (scoped: a request never sees another's keys or values). A purpose's batch
/// reads with the function it was first asked with, so every field of one purpose must read the same way.
/// </summary>
public sealed class RequestBatches
{
    private readonly Dictionary<string, object> _batches = [];
    private readonly Lock _lock = new();

    public RequestBatch<TKey, TValue> For<TKey, TValue>(string purpose, Func<IReadOnlyCollection<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> read)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (!_batches.TryGetValue(purpose, out var batch))
            {
                _batches[purpose] = batch = new RequestBatch<TKey, TValue>(read);
            }

            return (RequestBatch<TKey, TValue>)batch;
        }
    }
}

public static class RequestBatchContextExtensions
{
    /// <summary>
    /// The value for <paramref name="key"/>, read together with the keys the list's other items ask for: each distinct
    /// key once, all at the same time.
    /// </summary>
    public static IDataLoaderResult<TValue?> Batched<TKey, TValue>(this IResolveFieldContext context, string purpose, TKey key, Func<IServiceProvider, TKey, Task<TValue>> readOne)
        where TKey : notnull
    {
        var services = context.RequestServices!;
        return services.GetRequiredService<RequestBatches>()
            .For<TKey, TValue>(purpose, async keys =>
            {
                var values = await Task.WhenAll(keys.Select(async k => (k, value: await readOne(services, k))));
                return values.ToDictionary(v => v.k, v => v.value);
            })
            .Load(key);
    }
}
