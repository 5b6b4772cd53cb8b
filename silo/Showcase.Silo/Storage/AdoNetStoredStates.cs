using System.Data.Common;
using System.Globalization;
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
/// that start with the prefix. Where the schema also indexes the keys reversed (<paramref name="reversedKeys"/>:
/// PostgreSQL), a suffix is a range of that index too; elsewhere it filters the prefix's range.
/// </summary>
internal sealed class AdoNetStoredStates(
    DbProviderFactory database,
    string connectionString,
    string byteOrder,
    bool reversedKeys,
    IOptions<ClusterOptions> cluster,
    IGrainStorageSerializer serializer) : IStoredStates
{
    public async Task<IReadOnlyList<StoredState<T>>> ReadAsync<T>(string stateName, string keyPrefix, string? keySuffix = null, CancellationToken cancellationToken = default)
    {
        if (!keyPrefix.EndsWith('/') || keySuffix is { } suffix && !suffix.StartsWith('/'))
        {
            throw new ArgumentException("A key prefix ends with '/' and a suffix starts with one, so that they name whole segments.");
        }

        await using var connection = database.CreateConnection() ?? throw new InvalidOperationException("The database driver made no connection.");
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT GrainIdExtensionString, PayloadBinary, Version FROM OrleansStorage
            WHERE ServiceId = @ServiceId AND GrainTypeString = @StateName
              AND GrainIdExtensionString COLLATE {byteOrder} >= @From AND GrainIdExtensionString COLLATE {byteOrder} < @To
              AND PayloadBinary IS NOT NULL
            """ + (keySuffix is null ? ""
                : reversedKeys ? $" AND reverse(GrainIdExtensionString) COLLATE {byteOrder} >= @SuffixFrom AND reverse(GrainIdExtensionString) COLLATE {byteOrder} < @SuffixTo"
                : " AND substr(GrainIdExtensionString, length(GrainIdExtensionString) - length(@Suffix) + 1) = @Suffix");
        Add(command, "ServiceId", cluster.Value.ServiceId);
        Add(command, "StateName", stateName);
        Add(command, "From", keyPrefix);
        Add(command, "To", Raised(keyPrefix));
        if (keySuffix is not null && reversedKeys)
        {
            var reversed = new string(keySuffix.Reverse().ToArray());
            Add(command, "SuffixFrom", reversed);
            Add(command, "SuffixTo", Raised(reversed));
        }
        else if (keySuffix is not null)
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
            states.Add(new StoredState<T>(key, payload, Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
        }

        return states;
    }

    /// <summary>The first text after every text that starts with <paramref name="prefix"/>, in byte order.</summary>
    private static string Raised(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
