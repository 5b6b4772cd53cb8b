using System.Globalization;
using Microsoft.Extensions.Options;
using Showcase.Api.Backups;
using Showcase.Common;
using Showcase.Silo.Hosting;

namespace Showcase.Silo.Backups;

/// <summary>
/// The backup download of an embedded deployment: the same file <c>backup --to</c> writes, made in the data folder's
/// <c>backups/</c> working folder and deleted once sent. Working copies a crash left behind are deleted by the next backup.
/// </summary>
public sealed class EmbeddedDataBackups(IOptions<ShowcaseOptions> options, IWebHostEnvironment environment, TimeProvider clock) : IDataBackups
{
    private static readonly TimeSpan Abandoned = TimeSpan.FromHours(6);

    public bool Available => options.Value.Storage == GrainStorageKind.Sqlite;

    public async Task<BackupDownload> CreateAsync(bool withKeys, CancellationToken cancellationToken)
    {
        var root = environment.ContentRootPath;
        var dataPath = options.Value.DataPathUnder(root);
        var working = Directory.CreateDirectory(Path.Combine(dataPath, "backups"));
        foreach (var left in working.EnumerateFiles().Where(f => f.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime - Abandoned))
        {
            left.Delete();
        }

        var now = clock.GetUtcNow();
        var name = $"showcase-backup-{ChinaTime.At(now).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}{(withKeys ? "" : "-without-keys")}.zip";
        var file = Path.Combine(working.FullName, $"{Guid.NewGuid():N}-{name}");
        await DataBackup.CreateAsync(dataPath, options.Value.KeysPathUnder(root), file, withKeys, clock, cancellationToken);
        var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Delete, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return new BackupDownload(content, name, content.Length);
    }
}
