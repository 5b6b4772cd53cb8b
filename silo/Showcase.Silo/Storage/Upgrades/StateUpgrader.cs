using System.Data.Common;
using System.Text;
using System.Text.Json.Nodes;

namespace Showcase.Silo.Storage.Upgrades;

/// <summary>
/// Applies <see cref="StateUpgrade"/>s to the grain state table (SQLite or PostgreSQL): each step in one transaction
/// with its record, rewriting every stored row of its state and raising the row's version, so a grain that held the
/// old state in memory reads it again instead of writing over it.
/// </summary>
public static class StateUpgrader
{
    /// <summary>Applies the steps not yet recorded; returns what each did (<c>state/0001-… (12 rows)</c>).</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, IEnumerable<StateUpgrade> upgrades, string recordSql, CancellationToken cancellationToken)
    {
        var applied = new List<string>();
        foreach (var upgrade in upgrades.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (await ExecuteAsync(connection, transaction, recordSql, cancellationToken, ("@name", upgrade.RecordName)) == 0)
            {
                continue;
            }

            var rows = new List<(object IdHash, object TypeHash, object? Key, object Service, byte[] Payload)>();
            await using (var read = Command(connection, transaction, """
                SELECT GrainIdHash, GrainTypeHash, GrainIdExtensionString, ServiceId, PayloadBinary FROM OrleansStorage
                WHERE GrainTypeString = @state AND PayloadBinary IS NOT NULL
                """, ("@state", upgrade.State)))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetValue(0), reader.GetValue(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetValue(3), (byte[])reader.GetValue(4)));
                }
            }

            foreach (var row in rows)
            {
                var upgraded = upgrade.Upgrade(JsonNode.Parse(row.Payload)!);
                await ExecuteAsync(connection, transaction, """
                    UPDATE OrleansStorage SET PayloadBinary = @payload, Version = Version + 1
                    WHERE GrainIdHash = @idHash AND GrainTypeHash = @typeHash AND GrainTypeString = @state
                      AND GrainIdExtensionString = @key AND ServiceId = @service
                    """, cancellationToken,
                    ("@payload", Encoding.UTF8.GetBytes(upgraded.ToJsonString(Json))), ("@idHash", row.IdHash), ("@typeHash", row.TypeHash),
                    ("@state", upgrade.State), ("@key", row.Key ?? ""), ("@service", row.Service));
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add($"{upgrade.RecordName} ({rows.Count} rows)");
        }

        return applied;
    }

    // As the grain storage writes it: Chinese kept readable.
    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        Encoder = Showcase.Grains.ShowcaseGrainsSiloBuilderExtensions.StateTextEncoder,
    };

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object Value)[] values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
