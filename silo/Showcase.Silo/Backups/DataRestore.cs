using System.IO.Compression;
using System.Text.Json;
using Showcase.Silo.Storage;

namespace Showcase.Silo.Backups;

/// <summary>
/// Restores a <see cref="DataBackup"/> into an empty data folder: every file is checked against the manifest before
/// anything is written, a database with scripts this binary does not know (a newer version's) is refused, and the files
/// land in a folder beside the target that is moved into place whole. The host started on it rebuilds its search index.
/// </summary>
public static class DataRestore
{
    public static async Task<BackupManifest> RunAsync(string fromFile, string dataPath, string keysPath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(fromFile))
        {
            throw new BackupException($"There is no backup at {fromFile}.");
        }

        if (Directory.Exists(dataPath) && Directory.EnumerateFileSystemEntries(dataPath).Any())
        {
            throw new BackupException($"The data folder {dataPath} is not empty: restore into an empty folder (or move this one aside first).");
        }

        using var zip = Open(fromFile);
        var manifest = ReadManifest(zip);
        var unknown = manifest.Schema.Except(SqliteSchema.Scripts).ToArray();
        if (unknown.Length > 0)
        {
            throw new BackupException(
                $"The backup was made by a newer version ({manifest.MadeBy}): its database has scripts this version ({DataBackup.Version}) does not know ({string.Join(", ", unknown)}). Restore it with that version or later.");
        }

        var staging = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataPath))!, $".{Path.GetFileName(Path.GetFullPath(dataPath))}.restoring");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        try
        {
            await ExtractCheckedAsync(zip, manifest, staging, cancellationToken);
            var keys = Path.Combine(staging, DataBackup.KeysFolder);
            if (Directory.Exists(keys) && Path.GetFullPath(keysPath) != Path.GetFullPath(Path.Combine(dataPath, DataBackup.KeysFolder)))
            {
                if (Directory.EnumerateFiles(keys).Select(Path.GetFileName).FirstOrDefault(name => File.Exists(Path.Combine(keysPath, name!))) is { } taken)
                {
                    throw new BackupException($"The keys folder {keysPath} already holds {taken}, which the backup has too: restore into an empty keys folder, or restore a backup made --without-keys.");
                }

                Directory.CreateDirectory(keysPath);
                foreach (var key in Directory.EnumerateFiles(keys))
                {
                    File.Move(key, Path.Combine(keysPath, Path.GetFileName(key)), overwrite: false);
                }

                Directory.Delete(keys);
            }

            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath);
            }

            Directory.Move(staging, dataPath);
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static ZipArchive Open(string fromFile)
    {
        try
        {
            return new ZipArchive(File.OpenRead(fromFile), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new BackupException($"{fromFile} is not a Showcase backup: it cannot be read as a .zip file (damaged or cut short?).");
        }
    }

    private static BackupManifest ReadManifest(ZipArchive zip)
    {
        var entry = zip.GetEntry(BackupManifest.FileName) ?? throw new BackupException("The backup has no manifest.json: it is not a Showcase backup, or it was cut short.");
        try
        {
            using var stream = entry.Open();
            var manifest = JsonSerializer.Deserialize<BackupManifest>(stream, DataBackup.Json)
                ?? throw new BackupException("The backup's manifest.json is empty.");
            return manifest.Format == BackupManifest.CurrentFormat
                ? manifest
                : throw new BackupException($"The backup's format {manifest.Format} is not one this version reads ({BackupManifest.CurrentFormat}).");
        }
        catch (JsonException)
        {
            throw new BackupException("The backup's manifest.json cannot be read: the backup is damaged.");
        }
    }

    /// <summary>Writes every listed file, checking its size and SHA-256 as it goes; any difference, missing or extra file refuses the whole backup.</summary>
    private static async Task ExtractCheckedAsync(ZipArchive zip, BackupManifest manifest, string staging, CancellationToken cancellationToken)
    {
        var listed = manifest.Entries.Select(e => e.Path).Append(BackupManifest.FileName).ToHashSet(StringComparer.Ordinal);
        if (zip.Entries.FirstOrDefault(e => !listed.Contains(e.FullName)) is { } extra)
        {
            throw new BackupException($"The backup holds {extra.FullName}, which its manifest does not list: the backup is damaged.");
        }

        foreach (var expected in manifest.Entries)
        {
            if (expected.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(expected.Path))
            {
                throw new BackupException($"The backup names a file outside its folder ({expected.Path}): it is refused.");
            }

            var entry = zip.GetEntry(expected.Path) ?? throw new BackupException($"The backup lacks {expected.Path}, which its manifest lists: the backup is damaged.");
            var target = Path.Combine(staging, expected.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            string sha256;
            long bytes;
            try
            {
                await using var input = entry.Open();
                await using var output = File.Create(target);
                (bytes, sha256) = await DataBackup.CopyHashedAsync(input, output, cancellationToken);
            }
            catch (InvalidDataException)
            {
                throw new BackupException($"{expected.Path} in the backup cannot be read: the backup is damaged.");
            }

            if (bytes != expected.Bytes || sha256 != expected.Sha256)
            {
                throw new BackupException($"{expected.Path} in the backup differs from its checksum in the manifest: the backup is damaged.");
            }
        }
    }
}
