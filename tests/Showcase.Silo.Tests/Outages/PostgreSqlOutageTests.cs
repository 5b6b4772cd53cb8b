using System.Net;
using Npgsql;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Outages;

/// <summary>
/// A host on PostgreSQL whose database server stops (as in an outage) and comes back: meanwhile writes and reads of
/// grains not in memory answer 503 UNAVAILABLE, readiness fails; afterwards both work again without a restart.
/// Its own server, since stopping the shared one would fail the other PostgreSQL tests running beside it.
/// </summary>
public sealed class PostgreSqlOutageTests
{
    [Fact]
    public async Task DatabaseDown_WritesAnswer503Unavailable_ReadinessFails_BothRecoverWhenItReturns()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync();
        var host = new ShowcaseHost(settings: new Dictionary<string, string?>
        {
            ["Showcase:Storage"] = "PostgreSQL",
            ["Showcase:PostgreSQL"] = new NpgsqlConnectionStringBuilder(database) { Timeout = 3, CommandTimeout = 5 }.ConnectionString,
        });
        try
        {
            var portal = await host.CreatePortalAsync();
            using var client = OutageClient.For(host, portal);
            var before = await client.ReadyAsync();

            await server.StopAsync();
            var down = await client.ReadyAsync();
            var write = await client.CreateScenarioAsync("数据库停机时申报的场景");
            await server.StartAgainAsync();
            var recovered = await client.ReadyUntilAsync(HttpStatusCode.OK);
            var after = await client.CreateScenarioAsync("数据库恢复后申报的场景");

            Assert.Equal(HttpStatusCode.OK, before.Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
            Assert.Equal("Unhealthy", down.Checks.GetProperty("database").GetProperty("status").GetString());
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "UNAVAILABLE", TimeSpan.FromSeconds(5)), (write.Status, write.Code, write.RetryAfter));
            Assert.Equal(HttpStatusCode.OK, recovered.Status);
            Assert.Equal((HttpStatusCode.OK, null), (after.Status, after.Code));
        }
        finally
        {
            await host.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
        }
    }
}
