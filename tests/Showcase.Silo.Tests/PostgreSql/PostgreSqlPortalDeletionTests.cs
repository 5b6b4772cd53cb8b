using Npgsql;
using Showcase.Silo.Storage;
using Showcase.Silo.Tests.Tenancy;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.PostgreSql;

/// <summary>Deletion in a PostgreSQL cluster: grain state, kept files, export files and the search change log, and this host's replica.</summary>
public sealed class PostgreSqlPortalDeletionTests(PostgresFixture postgres) : PortalDeletionContract
{
    private string _database = "";

    protected override async Task<ShowcaseHost> StartAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(_database, Cancel);
        var settings = ImmediateDeletion();
        settings["Showcase:Storage"] = "PostgreSQL";
        settings["Showcase:Clustering"] = "PostgreSQL";
        settings["Showcase:PostgreSQL"] = _database;
        settings["Showcase:AdvertisedHost"] = "127.0.0.1";
        return new ShowcaseHost(settings: settings);
    }

    protected override async Task<int> LeftInStorageAsync(ShowcaseHost host, TenantId tenant)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync(Cancel);
        var left = 0;
        foreach (var query in new[]
        {
            "SELECT count(*) FROM OrleansStorage WHERE GrainIdExtensionString = $1 OR GrainIdExtensionString LIKE $1 || '/%'",
            "SELECT count(*) FROM ShowcaseFiles WHERE Tenant = $1",
            "SELECT count(*) FROM ShowcaseExportFiles WHERE Tenant = $1",
            "SELECT count(*) FROM ShowcaseSearchLog WHERE Tenant = $1",
            "SELECT count(*) FROM ShowcaseSearchLogHeads WHERE Tenant = $1",
        })
        {
            await using var command = new NpgsqlCommand(query, connection) { Parameters = { new() { Value = tenant.Value } } };
            left += Convert.ToInt32(await command.ExecuteScalarAsync(Cancel));
        }

        return left;
    }
}
