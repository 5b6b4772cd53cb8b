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
        await EmbeddedScripts.ExecuteAsync(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS ShowcaseSchemaScripts (Name TEXT NOT NULL PRIMARY KEY, AppliedOn TEXT NOT NULL);
            """, cancellationToken);

        return await EmbeddedScripts.Sqlite.ApplyAsync(connection, Scripts, """
            INSERT INTO ShowcaseSchemaScripts (Name, AppliedOn) VALUES (@name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            ON CONFLICT DO NOTHING
            """, cancellationToken);
    }
}
