using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Showcase.Silo.Backups;
using Showcase.Silo.Hosting;
using Showcase.Silo.Storage;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Backups;

/// <summary>The embedded deployment's data folder backed up while it is written to, restored elsewhere, and damaged backups refused.</summary>
public sealed class DataBackupTests
{
    private static readonly byte[] KeptFile = [1, 2, 3, 4, 5];

    [Fact]
    public async Task ABackup_TakenWhileWritesGoOn_RestoresEveryWriteAcknowledgedBeforeIt_WithFilesAndKeys()
    {
        var data = await DataFolderAsync();
        using var stop = new CancellationTokenSource();
        var acknowledged = 0;
        var writer = Task.Run(async () =>
        {
            await using var connection = await OpenAsync(data);
            while (!stop.IsCancellationRequested)
            {
                await ExecuteAsync(connection, $"INSERT INTO Writes (N) VALUES ({acknowledged + 1})");
                Volatile.Write(ref acknowledged, acknowledged + 1);
            }
        }, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref acknowledged) >= 50), TestContext.Current.CancellationToken);

        var before = Volatile.Read(ref acknowledged);
        var backup = Path.Combine(TestFolders.NewDataFolder(), "showcase-backup.zip");
        var manifest = await DataBackup.CreateAsync(data, Path.Combine(data, "keys"), backup, withKeys: true, TimeProvider.System, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref acknowledged) > before), TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await writer;

        var restored = Path.Combine(TestFolders.NewDataFolder(), "data");
        await DataRestore.RunAsync(backup, restored, Path.Combine(restored, "keys"), TestContext.Current.CancellationToken);

        await using var copy = await OpenAsync(restored);
        var (count, highest) = await CountAsync(copy);
        Assert.True(highest >= before, $"the restored database ends at write {highest}, but {before} were acknowledged before the backup");
        Assert.Equal(highest, count);
        Assert.Equal(KeptFile, await File.ReadAllBytesAsync(Path.Combine(restored, "files", "demo", "f1"), TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(restored, "keys", "key-1.xml")));
        Assert.Equal(SqliteSchema.Scripts, manifest.Schema);
        Assert.Equal(["files/demo/f1", "keys/key-1.xml", "showcase.db"], manifest.Entries.Select(e => e.Path).Order());
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(backup)!), f => f.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutKeys_TheKeysStayOut()
    {
        var data = await DataFolderAsync();
        var backup = Path.Combine(TestFolders.NewDataFolder(), "b.zip");

        var manifest = await DataBackup.CreateAsync(data, Path.Combine(data, "keys"), backup, withKeys: false, TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.False(manifest.KeysIncluded);
        Assert.DoesNotContain(manifest.Entries, e => e.Path.StartsWith("keys/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADamagedFile_AnUnlistedOne_OrACutShortBackup_IsRefused_AndNothingIsWritten()
    {
        var backup = await BackupAsync();
        var flipped = Changed(backup, zip => Rewrite(zip, DataBackup.DatabaseEntry, bytes => bytes[100] ^= 0xFF));
        var extra = Changed(backup, zip => zip.CreateEntry("files/demo/smuggled").Open().Dispose());
        var cut = Path.Combine(TestFolders.NewDataFolder(), "cut.zip");
        var whole = await File.ReadAllBytesAsync(backup, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(cut, whole[..(whole.Length / 2)], TestContext.Current.CancellationToken);

        Assert.Contains("differs from its checksum", await RefusedAsync(flipped));
        Assert.Contains("does not list", await RefusedAsync(extra));
        Assert.Contains("not a Showcase backup", await RefusedAsync(cut));
    }

    [Fact]
    public async Task ABackupFromANewerVersion_IsRefusedWithTheScriptsItDoesNotKnow()
    {
        var backup = await BackupAsync();
        var newer = Changed(backup, zip => Rewrite(zip, BackupManifest.FileName, _ => { }, manifest => manifest with { Schema = [.. manifest.Schema, "9999-from-the-future.sql"] }));

        var refusal = await RefusedAsync(newer);

        Assert.Contains("newer version", refusal);
        Assert.Contains("9999-from-the-future.sql", refusal);
    }

    [Fact]
    public async Task ARestore_IntoAFolderWithDataInIt_IsRefused_AndLeavesItAsItWas()
    {
        var backup = await BackupAsync();
        var existing = await DataFolderAsync();
        var before = Directory.EnumerateFileSystemEntries(existing, "*", SearchOption.AllDirectories).Order().ToArray();

        var refusal = await Assert.ThrowsAsync<BackupException>(() => DataRestore.RunAsync(backup, existing, Path.Combine(existing, "keys"), TestContext.Current.CancellationToken));

        Assert.Contains("is not empty", refusal.Message);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(existing, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public async Task ARestore_IntoAKeysFolderHoldingTheSameKey_IsRefused_AndWritesNoData()
    {
        var backup = await BackupAsync();
        var keys = TestFolders.NewDataFolder();
        await File.WriteAllTextAsync(Path.Combine(keys, "key-1.xml"), "<other />", TestContext.Current.CancellationToken);
        var target = Path.Combine(TestFolders.NewDataFolder(), "data");

        var refusal = await Assert.ThrowsAsync<BackupException>(() => DataRestore.RunAsync(backup, target, keys, TestContext.Current.CancellationToken));

        Assert.Contains("already holds key-1.xml", refusal.Message);
        Assert.False(Directory.Exists(target));
        Assert.Equal("<other />", await File.ReadAllTextAsync(Path.Combine(keys, "key-1.xml"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheCommands_BackUpAndRestore_WithTheHostsConfiguration_AndSayWhatIsMissing()
    {
        var data = await DataFolderAsync();
        var backup = Path.Combine(TestFolders.NewDataFolder(), "cli.zip");
        var restored = Path.Combine(TestFolders.NewDataFolder(), "data");

        Assert.Equal(0, await HostCommands.RunAsync(WebApplication.CreateBuilder(["backup", "--to", backup, $"--Showcase:DataPath={data}"]), ["backup", "--to", backup]));
        Assert.Equal(0, await HostCommands.RunAsync(WebApplication.CreateBuilder(["restore", "--from", backup, $"--Showcase:DataPath={restored}"]), ["restore", "--from", backup]));
        Assert.Equal(2, await HostCommands.RunAsync(WebApplication.CreateBuilder([$"--Showcase:DataPath={data}"]), ["backup"]));
        Assert.Null(await HostCommands.RunAsync(WebApplication.CreateBuilder([]), []));
        Assert.True(File.Exists(Path.Combine(restored, DataBackup.DatabaseEntry)));
    }

    /// <summary>A data folder as a host leaves it: the database with its schema and a table written to, a kept file, a key.</summary>
    private static async Task<string> DataFolderAsync()
    {
        var data = TestFolders.NewDataFolder();
        await SqliteSchema.ApplyAsync(SqliteGrainStorageExtensions.ConnectionString(data), TestContext.Current.CancellationToken);
        await using (var connection = await OpenAsync(data))
        {
            await ExecuteAsync(connection, "CREATE TABLE Writes (N INTEGER NOT NULL)");
        }

        Directory.CreateDirectory(Path.Combine(data, "files", "demo"));
        await File.WriteAllBytesAsync(Path.Combine(data, "files", "demo", "f1"), KeptFile, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.Combine(data, "keys"));
        await File.WriteAllTextAsync(Path.Combine(data, "keys", "key-1.xml"), "<key />", TestContext.Current.CancellationToken);
        return data;
    }

    private static async Task<string> BackupAsync()
    {
        var data = await DataFolderAsync();
        var backup = Path.Combine(TestFolders.NewDataFolder(), "b.zip");
        await DataBackup.CreateAsync(data, Path.Combine(data, "keys"), backup, withKeys: true, TimeProvider.System, TestContext.Current.CancellationToken);
        return backup;
    }

    /// <summary>The refusal of restoring <paramref name="backup"/> into a fresh folder, which must stay without data.</summary>
    private static async Task<string> RefusedAsync(string backup)
    {
        var target = Path.Combine(TestFolders.NewDataFolder(), "data");
        var refusal = await Assert.ThrowsAsync<BackupException>(() => DataRestore.RunAsync(backup, target, Path.Combine(target, "keys"), TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any());
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(target)!));
        return refusal.Message;
    }

    /// <summary>A copy of <paramref name="backup"/> changed by <paramref name="change"/>.</summary>
    private static string Changed(string backup, Action<ZipArchive> change)
    {
        var copy = Path.Combine(TestFolders.NewDataFolder(), Path.GetFileName(backup));
        File.Copy(backup, copy);
        using (var zip = ZipFile.Open(copy, ZipArchiveMode.Update))
        {
            change(zip);
        }

        return copy;
    }

    private static void Rewrite(ZipArchive zip, string name, Action<byte[]> change, Func<BackupManifest, BackupManifest>? manifest = null)
    {
        var entry = zip.GetEntry(name)!;
        byte[] bytes;
        using (var read = new MemoryStream())
        {
            using (var stream = entry.Open())
            {
                stream.CopyTo(read);
            }

            bytes = read.ToArray();
        }

        if (manifest is not null)
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(manifest(JsonSerializer.Deserialize<BackupManifest>(bytes, JsonSerializerOptions.Web)!), JsonSerializerOptions.Web);
        }

        change(bytes);
        entry.Delete();
        using var written = zip.CreateEntry(name).Open();
        written.Write(bytes);
    }

    private static async Task<SqliteConnection> OpenAsync(string data)
    {
        var connection = new SqliteConnection(SqliteGrainStorageExtensions.ConnectionString(data) + ";Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync(connection, "PRAGMA busy_timeout = 5000");
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(long Count, long Highest)> CountAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(max(N), 0) FROM Writes";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
