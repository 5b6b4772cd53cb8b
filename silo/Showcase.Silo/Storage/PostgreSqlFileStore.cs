using System.Runtime.CompilerServices;
using Npgsql;
using Showcase.Api.Files;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Silo.Storage;

/// <summary>Uploaded files in the cluster's PostgreSQL (<c>0010-showcase-files.sql</c>): one row each, written in one statement, so no half file is ever read.</summary>
public sealed class PostgreSqlFileStore(string connectionString) : IFileStore, IAsyncDisposable
{
    /// <summary>The columns of <see cref="EntryOf"/>; <c>octet_length</c> of a stored <c>bytea</c> is read from its header, not its content.</summary>
    private const string Described = "Id, Owner, SavedAt, ContentType, octet_length(Content), Name, UploadedBy";

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task SaveAsync(TenantId tenant, EntityId id, StoredFile file, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommands.Command(_source, """
            INSERT INTO ShowcaseFiles (Tenant, Id, Owner, Name, UploadedBy, ContentType, Content) VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (Tenant, Id) DO UPDATE SET Owner = excluded.Owner, Name = excluded.Name, UploadedBy = excluded.UploadedBy,
                ContentType = excluded.ContentType, Content = excluded.Content, SavedAt = now()
            """, tenant.Value, id.Value, file.Owner, (object?)file.Name ?? DBNull.Value, (object?)file.UploadedBy ?? DBNull.Value, file.ContentType, file.Content);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredFile?> ReadAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommands.Command(_source,
            "SELECT ContentType, Content, Owner, Name, UploadedBy FROM ShowcaseFiles WHERE Tenant = $1 AND Id = $2", tenant.Value, id.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredFile(reader.GetString(0), (byte[])reader[1], reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4))
            : null;
    }

    public async Task<StoredFileEntry?> DescribeAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommands.Command(_source, $"SELECT {Described} FROM ShowcaseFiles WHERE Tenant = $1 AND Id = $2", tenant.Value, id.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? EntryOf(reader) : null;
    }

    public async Task DeleteAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommands.Command(_source, "DELETE FROM ShowcaseFiles WHERE Tenant = $1 AND Id = $2", tenant.Value, id.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async IAsyncEnumerable<StoredFileEntry> ListAsync(TenantId tenant, DateTimeOffset before, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = PositionalCommands.Command(_source,
            $"SELECT {Described} FROM ShowcaseFiles WHERE Tenant = $1 AND SavedAt < $2 ORDER BY Id", tenant.Value, before);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return EntryOf(reader);
        }
    }

    private static StoredFileEntry EntryOf(NpgsqlDataReader reader) => new(
        EntityId.Parse(reader.GetString(0)), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), reader.GetInt32(4),
        reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
