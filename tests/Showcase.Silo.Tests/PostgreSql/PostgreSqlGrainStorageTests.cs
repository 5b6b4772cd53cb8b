using Npgsql;
using Orleans.Storage;
using Showcase.Silo.Tests.Storage;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.PostgreSql;

/// <summary>The shipped PostgreSQL scripts, on a real server: the storage contract, restarts and racing first writes.</summary>
public sealed class PostgreSqlGrainStorageTests(PostgresFixture postgres) : GrainStorageContract
{
    private string _database = "";

    [Fact]
    public async Task GrainState_SurvivesARestart_OnAnotherDataFolder()
    {
        var tenant = await Host.CreateTenantAsync("重启后的门户");
        await Host.DisposeAsync();

        // A new data folder: nothing can come from the embedded database, everything from PostgreSQL.
        Host = NewHost();
        var profile = await Host.Grains.GetTenant(tenant).GetAsync();

        Assert.Equal("重启后的门户", profile?.Profile.Name);
        Assert.False(File.Exists(Path.Combine(Host.DataPath, "showcase.db")));
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
        Assert.Equal(0, await PostgresQueries.CountAsync(_database, PostgresQueries.DuplicatedGrains));
        Assert.Equal(8, await PostgresQueries.CountAsync(_database, "SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'race'"));
        foreach (var grain in grains)
        {
            var read = new GrainState<Note>();
            await Storage.ReadStateAsync("race", grain, read);
            Assert.Equal("1", read.ETag);
        }
    }

    protected override async Task<ShowcaseHost> StartHostAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        return NewHost();
    }

    protected override async Task<byte[]> PayloadAsync(string grainKey)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT PayloadBinary FROM OrleansStorage WHERE GrainIdExtensionString = @key", connection);
        command.Parameters.AddWithValue("key", grainKey);
        return (byte[])(await command.ExecuteScalarAsync(Cancel))!;
    }

    private ShowcaseHost NewHost() => new(settings: new Dictionary<string, string?>
    {
        ["Showcase:Storage"] = "PostgreSQL",
        ["Showcase:PostgreSQL"] = _database,
    });
}
