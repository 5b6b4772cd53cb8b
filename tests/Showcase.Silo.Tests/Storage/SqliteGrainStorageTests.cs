using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Showcase.Silo.Storage;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Storage;

/// <summary>The shipped SQLite scripts, driven through the real Orleans ADO.NET provider of a running host.</summary>
public sealed class SqliteGrainStorageTests : IAsyncLifetime
{
    private static readonly GrainId Grain = GrainId.Create("storage-test", "demo/" + Guid.NewGuid().ToString("N"));
    private readonly ShowcaseHost _host = new();

    private IGrainStorage Storage => _host.Services.GetRequiredKeyedService<IGrainStorage>("Default");

    public ValueTask InitializeAsync()
    {
        _ = _host.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WriteState_FollowsOptimisticVersions_AndRefusesStaleOrDuplicateFirstWrites()
    {
        var first = new GrainState<Note>(new Note("第一版"));
        await Storage.WriteStateAsync("note", Grain, first);
        var second = new GrainState<Note>(new Note("第二版")) { ETag = first.ETag };
        await Storage.WriteStateAsync("note", Grain, second);

        var stale = new GrainState<Note>(new Note("基于第一版")) { ETag = first.ETag };
        var duplicateFirst = new GrainState<Note>(new Note("另一个激活的首次写入"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("note", Grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("note", Grain, duplicateFirst));

        var read = new GrainState<Note>();
        await Storage.ReadStateAsync("note", Grain, read);
        Assert.Equal(("1", "2"), (first.ETag, second.ETag));
        Assert.Equal(("第二版", "2", true), (read.State?.Text, read.ETag, read.RecordExists));
    }

    [Fact]
    public async Task ClearState_WithCurrentVersion_EmptiesTheRecord_AndWithStaleVersionIsRefused()
    {
        var state = new GrainState<Note>(new Note("将被清除"));
        await Storage.WriteStateAsync("clear", Grain, state);
        var stale = new GrainState<Note> { ETag = "99" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("clear", Grain, stale));
        await Storage.ClearStateAsync("clear", Grain, state);

        var read = new GrainState<Note>();
        await Storage.ReadStateAsync("clear", Grain, read);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task WrittenState_IsJsonWithReadableChinese()
    {
        await Storage.WriteStateAsync("json", Grain, new GrainState<Note>(new Note("焊缝质量在线检测")));

        await using var connection = new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(_host.DataPath));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand("SELECT PayloadBinary FROM OrleansStorage WHERE GrainIdExtensionString = @key", connection);
        command.Parameters.AddWithValue("@key", Grain.Key.ToString());
        var payload = System.Text.Encoding.UTF8.GetString((byte[])(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);

        Assert.Equal("""{"Text":"焊缝质量在线检测"}""", payload);
    }

    [Fact]
    public async Task SchemaScripts_AreAppliedOnlyOnce()
    {
        var again = await SqliteSchema.ApplyAsync(SqliteGrainStorageExtensions.ConnectionString(_host.DataPath), TestContext.Current.CancellationToken);

        Assert.Empty(again);
        Assert.Equal(["0001-orleans-query.sql", "0002-orleans-persistence.sql"], SqliteSchema.Scripts);
    }

    public sealed record Note(string Text);
}
