using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using Showcase.Silo.Hosting;
using Showcase.Silo.Storage;

namespace Showcase.Silo.Observability;

/// <summary>Healthy when the database that holds grain state answers a query within five seconds.</summary>
public sealed class DatabaseReadinessCheck(IOptions<ShowcaseOptions> options, IHostEnvironment environment) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var postgreSql = settings.Storage == GrainStorageKind.PostgreSQL;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await using DbConnection connection = postgreSql
                ? new NpgsqlConnection(settings.PostgreSQL)
                : new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(settings.DataPathUnder(environment.ContentRootPath)));
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy(postgreSql ? "PostgreSQL" : "SQLite");
        }
        catch (Exception ex) when (ex is DbException or OperationCanceledException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy((postgreSql ? "PostgreSQL" : "SQLite") + " did not answer.", ex);
        }
    }
}
