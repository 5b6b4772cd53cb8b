using System.Diagnostics;

namespace Showcase.Testing;

/// <summary>
/// A real, small file system (tmpfs of a few megabytes) mounted at a folder, which a test fills to the last byte and
/// frees again: how a host meets a full disk. Mounting needs root, as the tests and CI run here.
/// </summary>
public sealed class SmallDisk : IAsyncDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler.bin");

    public static async Task<SmallDisk> MountAsync(string path, int megabytes)
    {
        Directory.CreateDirectory(path);
        await RunAsync("mount", $"-t tmpfs -o size={megabytes}m tmpfs {path}");
        return new SmallDisk(path);
    }

    /// <summary>Writes a file until the disk refuses another byte.</summary>
    public void Fill()
    {
        var block = new byte[64 * 1024];
        using var file = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        try
        {
            while (true)
            {
                file.Write(block);
            }
        }
        catch (IOException)
        {
            // Full: the last, partial block is all there was room for.
        }

        foreach (var size in new[] { 4096, 512, 1 })
        {
            try
            {
                while (true)
                {
                    file.Write(block, 0, size);
                }
            }
            catch (IOException)
            {
            }
        }
    }

    public void Free() => File.Delete(Filler);

    public async ValueTask DisposeAsync() => await RunAsync("umount", $"-l {Path}");

    private static async Task RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {error}");
        }
    }
}
