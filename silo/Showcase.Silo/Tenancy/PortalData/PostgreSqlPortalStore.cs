using Npgsql;
using Showcase.Silo.Storage;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>A portal's rows in the cluster's PostgreSQL: grain state, kept files, export files and its search change log.</summary>
public sealed class PostgreSqlPortalStore(string connectionString, string serviceId) : IPortalStore
{
    private const string States = """
        FROM OrleansStorage WHERE ServiceId = $1
          AND (GrainIdExtensionString = $2 OR (GrainIdExtensionString COLLATE "C" >= $3 AND GrainIdExtensionString COLLATE "C" < $4))
        """;

    private static readonly string[] TenantTables = ["ShowcaseFiles", "ShowcaseExportFiles", "ShowcaseSearchLog", "ShowcaseSearchLogHeads", "ShowcaseSearchReplicas"];

    public Task<PortalRows> CountAsync(TenantId tenant, CancellationToken cancellationToken) =>
        RunAsync(tenant, erase: false, cancellationToken);

    public Task<PortalRows> EraseAsync(TenantId tenant, CancellationToken cancellationToken) =>
        RunAsync(tenant, erase: true, cancellationToken);

    public async IAsyncEnumerable<PortalRow> ReadAsync(TenantId tenant, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                PositionalCommands.Of(
                    "SELECT GrainTypeString, GrainIdExtensionString, PayloadBinary " + States + """ AND PayloadBinary IS NOT NULL ORDER BY GrainTypeString, GrainIdExtensionString COLLATE "C" """,
                    serviceId, tenant.Value, tenant.Value + "/", tenant.Value + "0"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new PortalRow(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2));
        }
    }

    // Counted and, when erasing, deleted in one transaction, so what it answers is what it deleted.
    private async Task<PortalRows> RunAsync(TenantId tenant, bool erase, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var counts = new List<int>();
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(PositionalCommands.Of("SELECT count(*)::int " + States, serviceId, tenant.Value, tenant.Value + "/", tenant.Value + "0"));
            foreach (var table in TenantTables)
            {
                batch.BatchCommands.Add(PositionalCommands.Of($"SELECT count(*)::int FROM {table} WHERE Tenant = $1", tenant.Value));
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            do
            {
                await reader.ReadAsync(cancellationToken);
                counts.Add(reader.GetInt32(0));
            }
            while (await reader.NextResultAsync(cancellationToken));
        }

        if (erase)
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(PositionalCommands.Of("DELETE " + States, serviceId, tenant.Value, tenant.Value + "/", tenant.Value + "0"));
            foreach (var table in TenantTables)
            {
                batch.BatchCommands.Add(PositionalCommands.Of($"DELETE FROM {table} WHERE Tenant = $1", tenant.Value));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new PortalRows(counts[0], counts[1], counts[2], counts[3] + counts[4] + counts[5]);
    }
}
