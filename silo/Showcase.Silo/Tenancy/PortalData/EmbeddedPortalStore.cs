using Microsoft.Data.Sqlite;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>A portal's rows in the embedded SQLite database, its files under <c>files/{id}</c> and its exports under <c>exports/{id}</c>.</summary>
public sealed class EmbeddedPortalStore(string connectionString, string dataPath, string serviceId) : IPortalStore
{
    public async Task<PortalRows> CountAsync(TenantId tenant, CancellationToken cancellationToken) =>
        new(await StatesAsync(tenant, "SELECT count(*)", cancellationToken), FilesIn(FilesOf(tenant)), FilesIn(ExportsOf(tenant)), 0);

    public async Task<PortalRows> EraseAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var found = await CountAsync(tenant, cancellationToken);
        await StatesAsync(tenant, "DELETE", cancellationToken);
        foreach (var folder in new[] { FilesOf(tenant), ExportsOf(tenant) }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        return found;
    }

    public async IAsyncEnumerable<PortalRow> ReadAsync(TenantId tenant, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = Command(connection, tenant, "SELECT GrainTypeString, GrainIdExtensionString, PayloadBinary", " AND PayloadBinary IS NOT NULL ORDER BY GrainTypeString, GrainIdExtensionString");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new PortalRow(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2));
        }
    }

    private async Task<int> StatesAsync(TenantId tenant, string verb, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = Command(connection, tenant, verb);
        return verb == "DELETE" ? await command.ExecuteNonQueryAsync(cancellationToken) : Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    private SqliteCommand Command(SqliteConnection connection, TenantId tenant, string verb, string rest = "")
    {
        var command = connection.CreateCommand();
        command.CommandText = $"""
            {verb} FROM OrleansStorage WHERE ServiceId = $service
              AND (GrainIdExtensionString = $tenant OR (GrainIdExtensionString >= $from AND GrainIdExtensionString < $to)){rest}
            """;
        command.Parameters.AddWithValue("$service", serviceId);
        command.Parameters.AddWithValue("$tenant", tenant.Value);
        command.Parameters.AddWithValue("$from", tenant.Value + "/");
        command.Parameters.AddWithValue("$to", tenant.Value + "0");
        return command;
    }

    private string FilesOf(TenantId tenant) => Path.Combine(dataPath, "files", tenant.Value);

    private string ExportsOf(TenantId tenant) => Path.Combine(dataPath, "exports", tenant.Value);

    // A kept file is its content and a .json beside it; count the contents.
    private static int FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".json", StringComparison.Ordinal)) : 0;
}
