using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Storage;

/// <summary>
/// What every shipped grain-storage schema must do, driven through the real Orleans ADO.NET provider of a running
/// host: run once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class GrainStorageContract : IAsyncLifetime
{
    protected ShowcaseHost Host { get; set; } = default!;

    protected IGrainStorage Storage => Host.Services.GetRequiredKeyedService<IGrainStorage>("Default");

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Host = await StartHostAsync();
        _ = Host.Services;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task WriteState_FollowsOptimisticVersions_AndRefusesStaleOrDuplicateFirstWrites()
    {
        var grain = NewGrain();
        var first = new GrainState<Note>(new Note("第一版"));
        await Storage.WriteStateAsync("note", grain, first);
        var second = new GrainState<Note>(new Note("第二版")) { ETag = first.ETag };
        await Storage.WriteStateAsync("note", grain, second);

        var stale = new GrainState<Note>(new Note("基于第一版")) { ETag = first.ETag };
        var duplicateFirst = new GrainState<Note>(new Note("另一个激活的首次写入"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("note", grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("note", grain, duplicateFirst));

        var read = new GrainState<Note>();
        await Storage.ReadStateAsync("note", grain, read);
        Assert.Equal(("1", "2"), (first.ETag, second.ETag));
        Assert.Equal(("第二版", "2", true), (read.State?.Text, read.ETag, read.RecordExists));
    }

    [Fact]
    public async Task ClearState_WithCurrentVersion_EmptiesTheRecord_AndWithStaleVersionIsRefused()
    {
        var grain = NewGrain();
        var state = new GrainState<Note>(new Note("将被清除"));
        await Storage.WriteStateAsync("clear", grain, state);
        var stale = new GrainState<Note> { ETag = "99" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("clear", grain, stale));
        await Storage.ClearStateAsync("clear", grain, state);

        var read = new GrainState<Note>();
        await Storage.ReadStateAsync("clear", grain, read);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task WrittenState_IsJsonWithReadableChinese()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync("json", grain, new GrainState<Note>(new Note("焊缝质量在线检测")));

        var payload = System.Text.Encoding.UTF8.GetString(await PayloadAsync(grain.Key.ToString()!));

        Assert.Equal("""{"Text":"焊缝质量在线检测"}""", payload);
    }

    protected abstract Task<ShowcaseHost> StartHostAsync();

    /// <summary>The stored payload of the grain whose key (<c>GrainIdExtensionString</c>) is given, read straight from the database.</summary>
    protected abstract Task<byte[]> PayloadAsync(string grainKey);

    protected static GrainId NewGrain() => GrainId.Create("storage-test", "demo/" + Guid.NewGuid().ToString("N"));

    public sealed record Note(string Text);
}
