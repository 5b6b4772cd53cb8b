using Showcase.Silo.Hosting;

namespace Showcase.Silo.Backups;

/// <summary>
/// <c>Showcase.Silo backup --to FILE [--without-keys]</c> copies a running (or stopped) embedded host's data folder
/// into one file; <c>Showcase.Silo restore --from FILE</c> puts one back into an empty data folder. Both read the
/// same configuration as the host (<c>Showcase:DataPath</c>, <c>Showcase:KeysPath</c>) and exit.
/// </summary>
public static class BackupCommand
{
    public static bool IsRequested(string[] args) => args is ["backup", ..] or ["restore", ..];

    public static async Task<int> RunAsync(WebApplicationBuilder builder, string[] args)
    {
        var options = ShowcaseOptions.From(builder.Configuration);
        var root = builder.Environment.ContentRootPath;
        var (dataPath, keysPath) = (options.DataPathUnder(root), options.KeysPathUnder(root));
        try
        {
            if (args[0] == "backup")
            {
                var to = ValueOf(args, "--to") ?? throw new BackupException("Say where to write the backup: backup --to FILE.");
                var manifest = await DataBackup.CreateAsync(dataPath, keysPath, Path.GetFullPath(to), withKeys: !args.Contains("--without-keys"), TimeProvider.System);
                Console.WriteLine($"Backed up {dataPath} to {Path.GetFullPath(to)}: {manifest.Entries.Count} files, {manifest.Entries.Sum(e => e.Bytes):N0} bytes"
                    + (manifest.KeysIncluded ? ", keys included." : ", keys left out."));
                return 0;
            }

            var from = ValueOf(args, "--from") ?? throw new BackupException("Say which backup to restore: restore --from FILE.");
            var restored = await DataRestore.RunAsync(Path.GetFullPath(from), dataPath, keysPath);
            Console.WriteLine($"Restored {restored.Entries.Count} files made by {restored.MadeBy} at {restored.CreatedAt:u} into {dataPath}. "
                + "Start the host on it: it rebuilds its search index.");
            return 0;
        }
        catch (BackupException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static string? ValueOf(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
