using System.Globalization;
using Orleans.Storage;
using Showcase.Grains.Storage;
using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>
/// A catalog directory's entries stored one row each in the grain storage (state <see cref="StateName"/>, keyed
/// <c>{tenant}/{kind}/{id}</c>): a change writes its own entry, about a kilobyte, instead of the whole directory, and the
/// directory reads all its rows back with one range scan (<see cref="IStoredStates"/>). Only the directory writes them.
/// </summary>
internal sealed class CatalogEntryRows(IGrainStorage storage, IStoredStates stored, CatalogDirectoryKey directory)
{
    public const string StateName = "catalog-entry";

    /// <summary>How many rows a flush writes at once.</summary>
    private const int WritesAtOnce = 16;

    /// <summary>The stored version of each row this directory has read or written (rows never stored have none).</summary>
    private readonly Dictionary<string, string> _etags = new(StringComparer.Ordinal);

    private string Prefix => $"{directory}/";

    public async Task<IReadOnlyList<CatalogEntry>> ReadAllAsync()
    {
        var rows = await stored.ReadAsync<CatalogEntry>(StateName, Prefix);
        foreach (var row in rows)
        {
            _etags[row.Key[Prefix.Length..]] = row.ETag;
        }

        return rows.Select(r => r.State).ToArray();
    }

    /// <summary>Writes each id's entry (null: clears its row), a few at a time.</summary>
    public async Task WriteAsync(IReadOnlyCollection<KeyValuePair<string, CatalogEntry?>> changes)
    {
        foreach (var chunk in changes.Chunk(WritesAtOnce))
        {
            await Task.WhenAll(chunk.Select(c => WriteAsync(c.Key, c.Value)));
        }
    }

    private async Task WriteAsync(string id, CatalogEntry? entry)
    {
        if (entry is null && !_etags.ContainsKey(id))
        {
            return; // never stored
        }

        try
        {
            await WriteOnceAsync(id, entry);
        }
        catch (InconsistentStateException)
        {
            // The row's version is not the one this activation knows: one cleared before it activated (a range scan
            // skips those), or one an earlier activation wrote. The directory is the rows' only writer, so its entry
            // is the one to keep: read the version and write again.
            var current = new GrainState<CatalogEntry?>();
            await storage.ReadStateAsync(StateName, RowId(id), current);
            Remember(id, current.ETag);
            await WriteOnceAsync(id, entry);
        }
    }

    private async Task WriteOnceAsync(string id, CatalogEntry? entry)
    {
        var state = new GrainState<CatalogEntry?>(entry, _etags.GetValueOrDefault(id));
        if (entry is null)
        {
            await storage.ClearStateAsync(StateName, RowId(id), state);
        }
        else
        {
            await storage.WriteStateAsync(StateName, RowId(id), state);
        }

        Remember(id, state.ETag);
    }

    private void Remember(string id, string? etag)
    {
        if (etag is null)
        {
            _etags.Remove(id);
        }
        else
        {
            _etags[id] = etag;
        }
    }

    private GrainId RowId(string id) => GrainId.Create(StateName, string.Create(CultureInfo.InvariantCulture, $"{directory}/{id}"));
}
