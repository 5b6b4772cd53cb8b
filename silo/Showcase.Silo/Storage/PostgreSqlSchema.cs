using Npgsql;
using Showcase.Silo.Storage.Upgrades;

namespace Showcase.Silo.Storage;

/// <summary>
/// Applies the SQL scripts shipped in <c>Storage/PostgreSql</c> in name order, each once and in its own transaction,
/// recording what was applied in <c>ShowcaseSchemaScripts</c>. Hosts starting together take turns: an advisory lock
/// lets one apply while the others wait, then find nothing left to do.
/// </summary>
public static class PostgreSqlSchema
{
    // Any constant shared by every Showcase host; pg_advisory_lock takes a bigint.
    private const long MigrationLock = 0x53686f7763617365; // "Showcase"

    public static IReadOnlyList<string> Scripts => EmbeddedScripts.PostgreSql.Names;

    /// <summary>Brings the database up to date; returns the scripts it applied now.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString, CancellationToken cancellationToken = default) =>
        await ApplyAsync(connectionString, Scripts, cancellationToken);

    /// <summary>Applies only the given scripts (in order) — for tests that need the schema as it was before a migration.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString, IEnumerable<string> scripts, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await EmbeddedScripts.ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
        try
        {
            await EmbeddedScripts.ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS ShowcaseSchemaScripts (Name text NOT NULL PRIMARY KEY, AppliedOn timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            const string Record = "INSERT INTO ShowcaseSchemaScripts (Name) VALUES (@name) ON CONFLICT DO NOTHING";
            var applied = await EmbeddedScripts.PostgreSql.ApplyAsync(connection, scripts, Record, cancellationToken);
            return [.. applied, .. await StateUpgrader.ApplyAsync(connection, StateUpgrades.Shipped, Record, cancellationToken)];
        }
        finally
        {
            await EmbeddedScripts.ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
        }
    }
}
