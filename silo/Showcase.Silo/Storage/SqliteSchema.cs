using Microsoft.Data.Sqlite;
using Showcase.Silo.Storage.Upgrades;

namespace Showcase.Silo.Storage;

/// <summary>
/// Applies the SQL scripts shipped in <c>Storage/Sqlite</c> (embedded in this assembly) in name order, each once,
/// each in its own transaction, recording what was applied in <c>ShowcaseSchemaScripts</c>.
/// </summary>
public static class SqliteSchema
{
    public static IReadOnlyList<string> Scripts => EmbeddedScripts.Sqlite.Names;

    private const string Record = """
        INSERT INTO ShowcaseSchemaScripts (Name, AppliedOn) VALUES (@name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Brings the database up to date (scripts, then state upgrades: <see cref="StateUpgrades.Shipped"/> unless others are given); returns what it applied now.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString, CancellationToken cancellationToken = default, IEnumerable<StateUpgrade>? upgrades = null)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // WAL lets readers and the writer work at once; it is a property of the database file and persists.
        await EmbeddedScripts.ExecuteAsync(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS ShowcaseSchemaScripts (Name TEXT NOT NULL PRIMARY KEY, AppliedOn TEXT NOT NULL);
            """, cancellationToken);

        var applied = await EmbeddedScripts.Sqlite.ApplyAsync(connection, Scripts, Record, cancellationToken);
        return [.. applied, .. await StateUpgrader.ApplyAsync(connection, upgrades ?? StateUpgrades.Shipped, Record, cancellationToken)];
    }
}
