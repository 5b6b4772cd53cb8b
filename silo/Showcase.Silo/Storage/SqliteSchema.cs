using Microsoft.Data.Sqlite;

namespace Showcase.Silo.Storage;

/// <summary>
/// Applies the SQL scripts shipped in <c>Storage/Sqlite</c> (embedded in this assembly) in name order, each once,
/// each in its own transaction, recording what was applied in <c>ShowcaseSchemaScripts</c>.
/// </summary>
public static class SqliteSchema
{
    public static IReadOnlyList<string> Scripts => EmbeddedScripts.Sqlite.Names;

    /// <summary>Brings the database up to date; returns the scripts it applied now.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // WAL lets readers and the writer work at once; it is a property of the database file and persists.
        await ExecuteAsync(connection, null, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS ShowcaseSchemaScripts (Name TEXT NOT NULL PRIMARY KEY, AppliedOn TEXT NOT NULL);
            """, cancellationToken);

        var applied = new List<string>();
        foreach (var script in Scripts)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var check = new SqliteCommand("SELECT COUNT(*) FROM ShowcaseSchemaScripts WHERE Name = @name", connection, transaction);
            check.Parameters.AddWithValue("@name", script);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, EmbeddedScripts.Sqlite.Read(script), cancellationToken);
            await using var record = new SqliteCommand(
                "INSERT INTO ShowcaseSchemaScripts (Name, AppliedOn) VALUES (@name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", connection, transaction);
            record.Parameters.AddWithValue("@name", script);
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(script);
        }

        return applied;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
