using Showcase.Common;
using Showcase.Silo.Search;
using Showcase.Silo.Search.Replicas;
using Showcase.Silo.Storage;
using Showcase.Silo.Tests.PostgreSql;
using Showcase.Tenancy;

namespace Showcase.Silo.Tests.Search.Replicas;

/// <summary>The cluster's search change log on a real PostgreSQL server.</summary>
public sealed class SearchChangeLogTests(PostgresFixture postgres)
{
    private static readonly TenantId Portal = TenantId.Parse("portal-a");
    private static readonly TenantId Other = TenantId.Parse("portal-b");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AppendsFromManyWritersAtOnce_AreNumberedWithoutGaps_AndAReaderNeverSeesOneBeforeAnEarlierOne()
    {
        await using var log = await NewLogAsync();
        using var done = new CancellationTokenSource();
        var read = new List<LoggedChange>();
        var reader = Task.Run(async () =>
        {
            // Reads as a replica does, while the writers write: each read must go on exactly where the last one ended.
            long position = 0;
            while (!done.IsCancellationRequested || position < 8 * 20 * 3)
            {
                var changes = await log.ReadAsync(Portal, position, 50, Cancel);
                Assert.True(changes.Count == 0 || changes[0].Seq == position + 1, $"read {changes.FirstOrDefault()?.Seq} after {position}");
                read.AddRange(changes);
                position = changes.Count == 0 ? position : changes[^1].Seq;
            }
        }, Cancel);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var append = 0; append < 20; append++)
            {
                await log.AppendAsync(Portal, [.. Enumerable.Range(0, 3).Select(i => Item(Portal, $"w{writer}-{append}-{i}", version: append + 1))], Cancel);
            }
        }, Cancel)));
        await done.CancelAsync();
        await reader;

        Assert.Equal(Enumerable.Range(1, 480).Select(i => (long)i), read.Select(c => c.Seq));
        Assert.Equal(480, read.Select(c => c.Item.Id).Distinct().Count());
        // A writer's items keep their order within an append.
        Assert.All(read.GroupBy(c => c.Item.Id.Value[..^2]), g => Assert.Equal(g.OrderBy(c => c.Item.Id.Value, StringComparer.Ordinal).Select(c => c.Seq), g.Select(c => c.Seq)));
        Assert.Equal(480, (await log.HeadsAsync(Cancel)).Heads[Portal.Value]);
    }

    [Fact]
    public async Task EachPortal_HasItsOwnSequence_AndTheRebuildGenerationRises()
    {
        await using var log = await NewLogAsync();

        await log.AppendAsync(Portal, [Item(Portal, "a"), Item(Portal, "b")], Cancel);
        await log.AppendAsync(Other, [Item(Other, "c")], Cancel);
        var before = await log.HeadsAsync(Cancel);
        await log.RequestRebuildAsync(Cancel);
        await log.RequestRebuildAsync(Cancel);

        Assert.Equal(new Dictionary<string, long> { [Portal.Value] = 2, [Other.Value] = 1 }, before.Heads);
        Assert.Equal(0, before.RebuildGeneration);
        Assert.Equal(2, (await log.HeadsAsync(Cancel)).RebuildGeneration);
        var other = Assert.Single(await log.ReadAsync(Other, 0, 10, Cancel));
        Assert.Equal((1L, "c", true, 1L), (other.Seq, other.Item.Id.Value, other.Item.IsPublic, other.Item.Version));
    }

    [Fact]
    public async Task Compaction_DeletesWhatEveryReportingReplicaHasPassed_AndForgetsReplicasSilentPastTheRetention()
    {
        var database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(database, Cancel);
        await using var log = new SearchChangeLog(database);
        await log.AppendAsync(Portal, [.. Enumerable.Range(0, 30).Select(i => Item(Portal, $"c{i}"))], Cancel);
        await log.AppendAsync(Other, [.. Enumerable.Range(0, 5).Select(i => Item(Other, $"o{i}"))], Cancel);
        await log.ReportAsync("host-a:11111", new Dictionary<string, long> { [Portal.Value] = 25, [Other.Value] = 5 }, Cancel);
        await log.ReportAsync("host-b:11111", new Dictionary<string, long> { [Portal.Value] = 10, [Other.Value] = 0 }, Cancel);

        Assert.Equal(10 + 0, await log.CompactAsync(TimeSpan.FromDays(7), Cancel));
        Assert.Equal(11, (await log.ReadAsync(Portal, 0, 100, Cancel))[0].Seq);
        Assert.Equal(5, (await log.ReadAsync(Other, 0, 100, Cancel)).Count);

        // host-b has been silent for eight days: it is forgotten, and host-a alone holds the log back.
        await PostgresQueries.ExecuteAsync(database, "UPDATE ShowcaseSearchReplicas SET ReportedAt = now() - interval '8 days' WHERE Replica = 'host-b:11111'");

        Assert.Equal(15 + 5, await log.CompactAsync(TimeSpan.FromDays(7), Cancel));
        Assert.Equal(26, (await log.ReadAsync(Portal, 0, 100, Cancel))[0].Seq);
        Assert.Empty(await log.ReadAsync(Other, 0, 100, Cancel));
        Assert.Equal(5, (await log.HeadsAsync(Cancel)).Heads[Other.Value]);
    }

    [Fact]
    public async Task AnAppend_WakesEveryListener()
    {
        await using var log = await NewLogAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var woken = new SemaphoreSlim(0);
        var listening = log.ListenAsync(() => woken.Release(), stop.Token);
        // The first wake comes once it listens (for what it may have missed before).
        Assert.True(await woken.WaitAsync(TimeSpan.FromSeconds(30), Cancel));

        await log.AppendAsync(Portal, [Item(Portal, "a")], Cancel);

        Assert.True(await woken.WaitAsync(TimeSpan.FromSeconds(30), Cancel));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listening);
    }

    private async Task<SearchChangeLog> NewLogAsync()
    {
        var database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(database, Cancel);
        return new SearchChangeLog(database);
    }

    private static SearchItem Item(TenantId tenant, string id, long version = 1) => new(tenant, "case", EntityId.Parse(id), version, IsPublic: true);
}
