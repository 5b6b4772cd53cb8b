using GraphQL.DataLoader;

namespace Showcase.Api.GraphQL.Batching;

/// <summary>
/// Gathers the keys that the items of a list ask for while a request resolves one level of its answer, and reads them
/// in one go, each distinct key once, when the executer asks for the first of them (GraphQL.NET resolves every
/// <see cref="IDataLoaderResult"/> of a level after the level's other fields). Keys asked for later form the next batch.
/// One per request and purpose (<see cref="RequestBatches"/>), so nothing is shared between callers.
/// </summary>
public sealed class RequestBatch<TKey, TValue>(Func<IReadOnlyCollection<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> read)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly HashSet<TKey> _queued = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _reads = [];

    /// <summary>The value for a key (default when the read gives none), read with the other keys queued by then.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_reads.ContainsKey(key))
            {
                _queued.Add(key);
            }
        }

        return new Pending(this, key);
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> ReadOf(TKey key)
    {
        lock (_lock)
        {
            if (_reads.TryGetValue(key, out var started))
            {
                return started;
            }

            _queued.Add(key);
            var keys = _queued.ToArray();
            _queued.Clear();
            var reading = read(keys);
            foreach (var queued in keys)
            {
                _reads[queued] = reading;
            }

            return reading;
        }
    }

    private sealed class Pending(RequestBatch<TKey, TValue> batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.ReadOf(key).WaitAsync(cancellationToken)).GetValueOrDefault(key);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
