using Npgsql;

namespace Showcase.Silo.Tests.PostgreSql;

/// <summary>Plain SQL against a test database, to see what the providers stored.</summary>
public static class PostgresQueries
{
    /// <summary>How many grains have more than one storage row (what 0005 exists to prevent).</summary>
    public const string DuplicatedGrains = """
        SELECT count(*) FROM (
            SELECT 1 FROM OrleansStorage
            GROUP BY GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId
            HAVING count(*) > 1) duplicated
        """;

    public static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<long> CountAsync(string database, string sql) => Convert.ToInt64(await ScalarAsync(database, sql));

    public static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
