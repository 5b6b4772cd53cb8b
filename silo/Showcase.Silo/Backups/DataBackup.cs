using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Showcase.Silo.Backups;

/// <summary>
/// A consistent copy of a running embedded host's data folder in one .zip: the SQLite database through
/// <c>VACUUM INTO</c> (a transaction's snapshot, taken while writes go on — never a copy of the live file), the kept
/// files (not the half-written <c>.partial</c> ones), the data-protection keys unless left out, and a manifest with
/// versions and checksums. The search index and export files are not copied: a host rebuilds the index from the
/// catalog, and exports are made again on request.
/// </summary>
public static class DataBackup
{
    public const string DatabaseEntry = "showcase.db";
    public const string FilesFolder = "files";
    public const string KeysFolder = "keys";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<BackupManifest> CreateAsync(string dataPath, string keysPath, string toFile, bool withKeys, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        var database = Path.Combine(dataPath, DatabaseEntry);
        if (!File.Exists(database))
        {
            throw new BackupException($"There is no database at {database}: nothing to back up (is DataPath right?).");
        }

        var work = Directory.CreateTempSubdirectory("showcase-backup-");
        try
        {
            var snapshot = Path.Combine(work.FullName, DatabaseEntry);
            await SnapshotAsync(database, snapshot, cancellationToken);
            var entries = new List<(string Entry, string Source)> { (DatabaseEntry, snapshot) };
            entries.AddRange(FilesUnder(Path.Combine(dataPath, FilesFolder), FilesFolder));
            if (withKeys)
            {
                entries.AddRange(FilesUnder(keysPath, KeysFolder));
            }

            // Written beside the target and moved into place when whole, so a file by that name is always a whole backup.
            var partial = toFile + ".partial";
            var listed = new List<BackupEntry>();
            var schema = await SchemaOfAsync(snapshot, cancellationToken);
            BackupManifest manifest;
            using (var zip = new ZipArchive(File.Create(partial), ZipArchiveMode.Create))
            {
                foreach (var (entry, source) in entries)
                {
                    try
                    {
                        listed.Add(await AddAsync(zip, entry, source, cancellationToken));
                    }
                    catch (FileNotFoundException)
                    {
                        // Swept since the folder was listed: a file nothing names any more.
                    }
                }

                manifest = new BackupManifest(BackupManifest.CurrentFormat, Version, clock.GetUtcNow(), schema, withKeys, listed);
                using var written = zip.CreateEntry(BackupManifest.FileName).Open();
                JsonSerializer.Serialize(written, manifest, Json);
            }

            File.Move(partial, toFile, overwrite: true);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The version of this binary, as a backup records it.</summary>
    public static string Version =>
        typeof(DataBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static async Task<IReadOnlyList<string>> SchemaOfAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM ShowcaseSchemaScripts ORDER BY Name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task SnapshotAsync(string database, string snapshot, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO @snapshot";
        command.Parameters.AddWithValue("@snapshot", snapshot);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IEnumerable<(string Entry, string Source)> FilesUnder(string folder, string prefix) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(file => !file.EndsWith(".partial", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(file => ($"{prefix}/{Path.GetRelativePath(folder, file).Replace('\\', '/')}", file))
            : [];

    private static async Task<BackupEntry> AddAsync(ZipArchive zip, string entry, string source, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(source);
        await using var output = zip.CreateEntry(entry, CompressionLevel.Fastest).Open();
        var (bytes, sha256) = await CopyHashedAsync(input, output, cancellationToken);
        return new BackupEntry(entry, bytes, sha256);
    }

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/>, counting and hashing (SHA-256) what passes.</summary>
    internal static async Task<(long Bytes, string Sha256)> CopyHashedAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            bytes += read;
        }

        return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
