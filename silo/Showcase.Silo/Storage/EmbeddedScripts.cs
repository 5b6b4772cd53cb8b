using System.Data.Common;

namespace Showcase.Silo.Storage;

/// <summary>
/// The SQL scripts of one database kind, shipped in <c>Storage/{folder}</c> and embedded in this assembly;
/// they are applied in name order, each once.
/// </summary>
public sealed class EmbeddedScripts(string folder)
{
    public static EmbeddedScripts Sqlite { get; } = new("Sqlite");

    public static EmbeddedScripts PostgreSql { get; } = new("PostgreSql");

    private string Prefix { get; } = $"Showcase.Silo.Storage.{folder}.";

    public IReadOnlyList<string> Names => typeof(EmbeddedScripts).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public string Read(string name)
    {
        using var stream = typeof(EmbeddedScripts).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"No script {name} in Storage/{folder}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Applies the named scripts in order, each in its own transaction together with its record in
    /// <c>ShowcaseSchemaScripts</c>; <paramref name="recordSql"/> inserts that record from <c>@name</c> and inserts
    /// nothing when it is there already, which skips the script. Returns the scripts applied now.
    /// </summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, IEnumerable<string> names, string recordSql, CancellationToken cancellationToken)
    {
        var applied = new List<string>();
        foreach (var script in names)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = recordSql;
            var name = record.CreateParameter();
            (name.ParameterName, name.Value) = ("@name", script);
            record.Parameters.Add(name);
            if (await record.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                continue;
            }

            await ExecuteAsync(connection, Read(script), cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(script);
        }

        return applied;
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
