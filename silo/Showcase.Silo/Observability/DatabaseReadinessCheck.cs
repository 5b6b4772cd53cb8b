using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using Showcase.Silo.Hosting;
using Showcase.Silo.Storage;

namespace Showcase.Silo.Observability;

/// <summary>
/// Healthy when the database that holds grain state takes a write (this host's row in <c>ShowcaseHealth</c>) within
/// five seconds and, for the embedded SQLite database, its disk has room: a full disk or a read-only database makes
/// the host not ready even though reads still work.
/// </summary>
public sealed class DatabaseReadinessCheck(IOptions<ShowcaseOptions> options, IHostEnvironment environment, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var postgreSql = settings.Storage == GrainStorageKind.PostgreSQL;
        var name = postgreSql ? "PostgreSQL" : "SQLite";
        if (!postgreSql && DiskProbe.Problem(settings.DataPathUnder(environment.ContentRootPath), settings.MinFreeDiskMegabytes) is { } disk)
        {
            return HealthCheckResult.Unhealthy($"SQLite's disk is full or not writable: {disk}");
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await using DbConnection connection = postgreSql
                ? new NpgsqlConnection(settings.PostgreSQL)
                : new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(settings.DataPathUnder(environment.ContentRootPath)));
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO ShowcaseHealth (Host, CheckedAt) VALUES (@host, @at)
                ON CONFLICT (Host) DO UPDATE SET CheckedAt = excluded.CheckedAt
                """;
            Add(command, "host", settings.HostKey);
            Add(command, "at", clock.GetUtcNow());
            await command.ExecuteNonQueryAsync(timeout.Token);
            return HealthCheckResult.Healthy(name);
        }
        catch (Exception ex) when (ex is DbException or OperationCanceledException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy($"{name} did not take a write.", ex);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
