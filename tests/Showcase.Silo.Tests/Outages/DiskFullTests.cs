using System.Net;
using Microsoft.Data.Sqlite;
using Showcase.Silo.Search;
using Showcase.Silo.Storage;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Outages;

/// <summary>
/// A host whose disk fills up (a real tmpfs of a few megabytes, filled to the last byte): writes are refused as
/// retryable, readiness fails, and both recover by themselves once space returns — the search index without a restart.
/// </summary>
public sealed class DiskFullTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Showcase:MinFreeDiskMegabytes"] = "1" };

    [Fact]
    public async Task FullDataDisk_WritesAnswer503Unavailable_ReadinessFails_BothRecoverWhenSpaceReturns()
    {
        await using var disk = await SmallDisk.MountAsync(TestFolders.NewDataFolder(), 64);
        var host = new ShowcaseHost(dataPath: disk.Path, settings: Settings);
        try
        {
            var portal = await host.CreatePortalAsync();
            using var client = OutageClient.For(host, portal);
            var before = await client.ReadyAsync();
            // What the write-ahead log holds is moved into the database, so the next write needs new space on the disk.
            await CheckpointAsync(disk.Path);
            disk.Fill();

            var full = await client.ReadyAsync();
            var answers = new List<OutageClient.Answer>();
            for (var i = 0; i < 20 && answers.LastOrDefault()?.Status != HttpStatusCode.ServiceUnavailable; i++)
            {
                answers.Add(await client.CreateScenarioAsync($"磁盘满时申报的场景{i}"));
            }

            disk.Free();
            var recovered = await client.ReadyUntilAsync(HttpStatusCode.OK);
            var after = await client.CreateScenarioAsync("磁盘恢复后申报的场景");

            Assert.Equal(HttpStatusCode.OK, before.Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, full.Status);
            Assert.Equal("Unhealthy", full.Checks.GetProperty("database").GetProperty("status").GetString());
            Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
            var refused = answers[^1];
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "UNAVAILABLE", TimeSpan.FromSeconds(5)), (refused.Status, refused.Code, refused.RetryAfter));
            Assert.Equal(HttpStatusCode.OK, recovered.Status);
            Assert.Equal((HttpStatusCode.OK, null), (after.Status, after.Code));
        }
        finally
        {
            await host.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task FullSearchDisk_PublishedScenarioIsIndexedOnceSpaceReturns_WithoutARestart()
    {
        var data = TestFolders.NewDataFolder();
        await using var disk = await SmallDisk.MountAsync(SearchOptions.LuceneFolder(data), 32);
        var host = new ShowcaseHost(dataPath: data, settings: Settings);
        try
        {
            var portal = await host.CreatePortalAsync();
            using var client = OutageClient.For(host, portal);
            var id = (await client.CreateScenarioAsync("涂装车间漆膜缺陷智能识别")).Id("createScenario");
            disk.Fill();

            var published = await client.PublishScenarioAsync(id);
            var full = await client.ReadyAsync();
            var foundWhileFull = await client.SearchTotalAsync("漆膜缺陷");
            disk.Free();
            var found = 0;
            for (var attempt = 0; attempt < 600 && found == 0; attempt++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
                found = await client.SearchTotalAsync("漆膜缺陷");
            }

            var recovered = await client.ReadyUntilAsync(HttpStatusCode.OK);

            Assert.Equal((HttpStatusCode.OK, null), (published.Status, published.Code));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, full.Status);
            Assert.Equal("Unhealthy", full.Checks.GetProperty("search").GetProperty("status").GetString());
            Assert.Equal(0, foundWhileFull);
            Assert.Equal(1, found);
            Assert.Equal(HttpStatusCode.OK, recovered.Status);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task CheckpointAsync(string dataPath)
    {
        await using var connection = new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(dataPath));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
