using Npgsql;
using Showcase.Api.Collections;
using Showcase.Jobs;
using Showcase.Tenancy;

namespace Showcase.Silo.Storage;

/// <summary>
/// Export files in the cluster's PostgreSQL (<c>0009-showcase-export-files.sql</c>), so the host behind the balancer
/// that is asked for the download has it. Ages are the database's own clock, the same for every host.
/// </summary>
public sealed class PostgreSqlExportFiles(string connectionString) : IExportFiles, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task SaveAsync(TenantId tenant, string exportId, byte[] content, CancellationToken cancellationToken)
    {
        await using var batch = _source.CreateBatch();
        batch.BatchCommands.Add(PositionalCommands.Of("DELETE FROM ShowcaseExportFiles WHERE SavedAt < now() - $1", JobTimes.Kept));
        batch.BatchCommands.Add(PositionalCommands.Of("""
            INSERT INTO ShowcaseExportFiles (Tenant, Id, Content) VALUES ($1, $2, $3)
            ON CONFLICT (Tenant, Id) DO UPDATE SET Content = excluded.Content, SavedAt = now()
            """, tenant.Value, exportId, content));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(TenantId tenant, string exportId, CancellationToken cancellationToken)
    {
        await using var batch = _source.CreateBatch();
        batch.BatchCommands.Add(PositionalCommands.Of(
            "SELECT Content FROM ShowcaseExportFiles WHERE Tenant = $1 AND Id = $2 AND SavedAt >= now() - $3", tenant.Value, exportId, JobTimes.Kept));
        return await batch.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
