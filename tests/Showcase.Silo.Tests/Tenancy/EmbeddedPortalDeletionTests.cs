using Microsoft.Data.Sqlite;
using Showcase.Silo.Storage;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Tenancy;

/// <summary>Deletion on one machine: the SQLite database and the data folder.</summary>
public sealed class EmbeddedPortalDeletionTests : PortalDeletionContract
{
    protected override Task<ShowcaseHost> StartAsync() => Task.FromResult(new ShowcaseHost(settings: ImmediateDeletion()));

    protected override async Task<int> LeftInStorageAsync(ShowcaseHost host, TenantId tenant)
    {
        await using var connection = new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(host.DataPath));
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM OrleansStorage WHERE GrainIdExtensionString = $t OR GrainIdExtensionString LIKE $t || '/%'";
        command.Parameters.AddWithValue("$t", tenant.Value);
        var rows = Convert.ToInt32(await command.ExecuteScalarAsync(Cancel));
        var files = new[] { "files", "exports" }.Select(f => Path.Combine(host.DataPath, f, tenant.Value)).Where(Directory.Exists)
            .Sum(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length);
        return rows + files;
    }
}
