using Microsoft.Data.Sqlite;
using Showcase.Silo.Storage;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Storage;

/// <summary>The shipped SQLite scripts (the embedded default).</summary>
public sealed class SqliteGrainStorageTests : GrainStorageContract
{
    [Fact]
    public async Task SchemaScripts_AreAppliedOnlyOnce()
    {
        var again = await SqliteSchema.ApplyAsync(SqliteGrainStorageExtensions.ConnectionString(Host.DataPath), Cancel);

        Assert.Empty(again);
        Assert.Equal(["0001-orleans-query.sql", "0002-orleans-persistence.sql", "0003-showcase-health.sql", "0004-grain-keys-index.sql"], SqliteSchema.Scripts);
    }

    [Fact]
    public async Task ManyWritersAtOnce_GoThroughOneWriter_AndEveryWriteLands()
    {
        var grains = Enumerable.Range(0, 64).Select(_ => NewGrain()).ToArray();

        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Cancel }, async (grain, _) =>
            await Storage.WriteStateAsync("note", grain, new GrainState<Note>(new Note(grain.Key.ToString()!))));

        Assert.IsType<OneWriterGrainStorage>(Storage);
        foreach (var grain in grains)
        {
            var read = new GrainState<Note>();
            await Storage.ReadStateAsync("note", grain, read);
            Assert.Equal(grain.Key.ToString(), read.State?.Text);
        }
    }

    protected override Task<ShowcaseHost> StartHostAsync() => Task.FromResult(new ShowcaseHost());

    protected override async Task<byte[]> PayloadAsync(string grainKey)
    {
        await using var connection = new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(Host.DataPath));
        await connection.OpenAsync(Cancel);
        await using var command = new SqliteCommand("SELECT PayloadBinary FROM OrleansStorage WHERE GrainIdExtensionString = @key", connection);
        command.Parameters.AddWithValue("@key", grainKey);
        return (byte[])(await command.ExecuteScalarAsync(Cancel))!;
    }
}
