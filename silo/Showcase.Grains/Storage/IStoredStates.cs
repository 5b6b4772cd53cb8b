namespace Showcase.Grains.Storage;

/// <summary>
/// Reads grains' states straight from grain storage by a range of keys, without activating the grains: how a grain
/// finds the grains that belong to it when the only record of them is their own state (a challenge's bids, a
/// provider's bids), so that nothing else has to be written to remember them.
/// </summary>
public interface IStoredStates
{
    /// <summary>
    /// The stored (not cleared) states named <paramref name="stateName"/> of the grains whose string key starts with
    /// <paramref name="keyPrefix"/> (which ends with <c>/</c>) and, when given, ends with <paramref name="keySuffix"/>.
    /// </summary>
    Task<IReadOnlyList<StoredState<T>>> ReadAsync<T>(string stateName, string keyPrefix, string? keySuffix = null, CancellationToken cancellationToken = default);
}

/// <summary>One grain's stored state, its key, and the ETag a write of that grain through the grain storage names.</summary>
public sealed record StoredState<T>(string Key, T State, string ETag);
