namespace Showcase.Silo.Observability;

/// <summary>
/// Whether a folder's disk takes writes: it has the free space asked for, and a small file can be written, flushed to
/// the disk and deleted there. Cheap enough for every readiness check.
/// </summary>
public static class DiskProbe
{
    private const int ProbeBytes = 64 * 1024;

    /// <summary>Null when the folder's disk takes writes; otherwise why not, in a sentence.</summary>
    public static string? Problem(string folder, int minFreeMegabytes)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var free = new DriveInfo(folder).AvailableFreeSpace;
            if (free < minFreeMegabytes * 1024L * 1024)
            {
                return $"{folder}: only {free / 1024 / 1024} MB free (at least {minFreeMegabytes} MB wanted).";
            }

            var probe = Path.Combine(folder, ".write-probe");
            using (var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.DeleteOnClose))
            {
                stream.Write(new byte[ProbeBytes]);
                stream.Flush(flushToDisk: true);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{folder}: cannot be written ({ex.Message}).";
        }
    }
}
