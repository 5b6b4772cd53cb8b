using System.Data.Common;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using Showcase.Grains.Storage;

namespace Showcase.Silo.Storage;

/// <summary>
/// <see cref="IStoredStates"/> over the Orleans ADO.NET table on SQLite or PostgreSQL: one range scan of a state
/// name's string keys on the index the schema adds for it (<c>IX_OrleansStorage_Keys</c>), payloads read with the
/// same serializer the grains write them with. Keys compare byte-wise (<paramref name="byteOrder"/> names the
/// collation that does that), so the range <c>[prefix, prefix with its last character raised)</c> is exactly the keys
/// that start with the prefix.
/// </summary>
internal sealed class AdoNetStoredStates(
    DbProviderFactory database,
    string connectionString,
    string byteOrder,
    IOptions<ClusterOptions> cluster,
    IGrainStorageSerializer serializer) : IStoredStates
{
    public async Task<IReadOnlyList<StoredState<T>>> ReadAsync<T>(string stateName, string keyPrefix, string? keySuffix = null, CancellationToken cancellationToken = default)
    {
        if (!keyPrefix.EndsWith('/'))
        {
            throw new ArgumentException("A key prefix ends with '/', so that it names whole segments.", nameof(keyPrefix));
        }

        await using var connection = database.CreateConnection() ?? throw new InvalidOperationException("The database driver made no connection.");
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT GrainIdExtensionString, PayloadBinary FROM OrleansStorage
            WHERE ServiceId = @ServiceId AND GrainTypeString = @StateName
              AND GrainIdExtensionString COLLATE {byteOrder} >= @From AND GrainIdExtensionString COLLATE {byteOrder} < @To
              AND PayloadBinary IS NOT NULL
            """ + (keySuffix is null ? "" : " AND substr(GrainIdExtensionString, length(GrainIdExtensionString) - length(@Suffix) + 1) = @Suffix");
        Add(command, "ServiceId", cluster.Value.ServiceId);
        Add(command, "StateName", stateName);
        Add(command, "From", keyPrefix);
        Add(command, "To", keyPrefix[..^1] + (char)(keyPrefix[^1] + 1));
        if (keySuffix is not null)
        {
            Add(command, "Suffix", keySuffix);
        }

        var states = new List<StoredState<T>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            var payload = serializer.Deserialize<T>(new BinaryData((byte[])reader.GetValue(1)))
                ?? throw new InvalidDataException($"The stored {stateName} state of {key} reads as nothing.");
            states.Add(new StoredState<T>(key, payload));
        }

        return states;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
