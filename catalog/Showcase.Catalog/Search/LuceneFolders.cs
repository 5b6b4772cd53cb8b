namespace Showcase.Catalog.Search;

/// <summary>
/// The index's data folder holds one folder per generation and a <c>current</c> file naming the live one; a rebuild
/// fills a new folder and then rewrites <c>current</c> (atomically), so a crash mid-rebuild leaves the old index live.
/// </summary>
internal static class LuceneFolders
{
    private const string CurrentFile = "current";
    private const string Prefix = "g-";

    /// <summary>The live generation's folder, created (and named current) when there is none.</summary>
    public static string Current(string root)
    {
        System.IO.Directory.CreateDirectory(root);
        var marker = Path.Combine(root, CurrentFile);
        if (File.Exists(marker) && File.ReadAllText(marker).Trim() is { Length: > 0 } name && System.IO.Directory.Exists(Path.Combine(root, name)))
        {
            Sweep(root, name);
            return Path.Combine(root, name);
        }

        var folder = New(root);
        MakeCurrent(root, folder);
        return folder;
    }

    public static string New(string root)
    {
        var folder = Path.Combine(root, Prefix + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Names <paramref name="folder"/> current and deletes every other generation.</summary>
    public static void MakeCurrent(string root, string folder)
    {
        var marker = Path.Combine(root, CurrentFile);
        File.WriteAllText(marker + ".tmp", Path.GetFileName(folder));
        File.Move(marker + ".tmp", marker, overwrite: true);
        Sweep(root, Path.GetFileName(folder));
    }

    /// <summary>Deletes generations other than <paramref name="keep"/> (abandoned rebuilds, replaced indexes) and a pre-generation index's files.</summary>
    private static void Sweep(string root, string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(root, Prefix + "*").Where(f => Path.GetFileName(f) != keep))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(root).Where(f => Path.GetFileName(f) is not CurrentFile))
        {
            File.Delete(file);
        }
    }
}
