using Orleans.Storage;

namespace Showcase.Silo.Storage;

/// <summary>
/// Grain storage that lets one write at a time through to the storage behind it; reads pass freely. SQLite takes one
/// writer at a time, and Microsoft.Data.Sqlite answers a writer that finds the database locked by sleeping 150 ms
/// before it tries again: with an import's eight writers most of the host's time went to those sleeps. Waiting for
/// the others here instead costs only the writes themselves. (In WAL mode readers never wait for the writer.)
/// </summary>
internal sealed class OneWriterGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task ReadStateAsync<T>(string grainType, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(grainType, grainId, grainState);

    public Task WriteStateAsync<T>(string grainType, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATimeAsync(() => inner.WriteStateAsync(grainType, grainId, grainState));

    public Task ClearStateAsync<T>(string grainType, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATimeAsync(() => inner.ClearStateAsync(grainType, grainId, grainState));

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    private async Task OneAtATimeAsync(Func<Task> write)
    {
        await _writer.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _writer.Release();
        }
    }
}
