using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Storage;
using Showcase.Testing;
using Showcase.Tenancy;

namespace Showcase.Silo.Tests.PostgreSql;

/// <summary>The shipped PostgreSQL scripts, driven through the real Orleans ADO.NET provider of a running host.</summary>
public sealed class PostgreSqlGrainStorageTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _database = "";
    private ShowcaseHost _host = default!;

    private IGrainStorage Storage => _host.Services.GetRequiredKeyedService<IGrainStorage>("Default");

    public async ValueTask InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        _host = StartHost();
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GrainState_SurvivesARestart_OnAnotherDataFolder()
    {
        var tenant = await _host.CreateTenantAsync("重启后的门户");
        await _host.DisposeAsync();

        // A new data folder: nothing can come from the embedded database, everything from PostgreSQL.
        _host = StartHost();
        var profile = await _host.Grains.GetTenant(tenant).GetAsync();

        Assert.Equal("重启后的门户", profile?.Profile.Name);
        Assert.False(File.Exists(Path.Combine(_host.DataPath, "showcase.db")));
    }

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
    public async Task SixtyFourConcurrentFirstWrites_ToTheSameGrains_StoreOneRowEach_AndOneWriterWins()
    {
        var grains = Enumerable.Range(0, 8).Select(_ => NewGrain()).ToArray();
        var storage = Storage;

        var outcomes = await Task.WhenAll(grains.SelectMany(grain => Enumerable.Range(0, 64).Select(writer => Task.Run(async () =>
        {
            try
            {
                await storage.WriteStateAsync("race", grain, new GrainState<Note>(new Note($"写入者 {writer}")));
                return (grain, won: true);
            }
            catch (InconsistentStateException)
            {
                return (grain, won: false);
            }
        }))));

        Assert.All(grains, grain => Assert.Single(outcomes, o => o.grain == grain && o.won));
        Assert.Equal(0, await ScalarAsync("""
            SELECT count(*) FROM (
                SELECT 1 FROM OrleansStorage
                GROUP BY GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId
                HAVING count(*) > 1) duplicated
            """));
        Assert.Equal(8, await ScalarAsync("SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'race'"));
        foreach (var grain in grains)
        {
            var read = new GrainState<Note>();
            await Storage.ReadStateAsync("race", grain, read);
            Assert.Equal("1", read.ETag);
        }
    }

    [Fact]
    public async Task WrittenState_IsJsonWithReadableChinese()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync("json", grain, new GrainState<Note>(new Note("焊缝质量在线检测")));

        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT PayloadBinary FROM OrleansStorage WHERE GrainIdExtensionString = @key", connection);
        command.Parameters.AddWithValue("key", grain.Key.ToString()!);
        var payload = System.Text.Encoding.UTF8.GetString((byte[])(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);

        Assert.Equal("""{"Text":"焊缝质量在线检测"}""", payload);
    }

    private ShowcaseHost StartHost() => new(settings: new Dictionary<string, string?>
    {
        ["Showcase:Storage"] = "PostgreSQL",
        ["Showcase:PostgreSQL"] = _database,
    });

    private static GrainId NewGrain() => GrainId.Create("storage-test", "demo/" + Guid.NewGuid().ToString("N"));

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    public sealed record Note(string Text);
}
