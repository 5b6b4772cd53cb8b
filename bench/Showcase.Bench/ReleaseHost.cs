using System.Diagnostics;

namespace Showcase.Bench;

/// <summary>
/// The Release host as its own process, as an operator runs it (its own runtime settings, Server GC), on a data folder
/// of its own: for the benchmarks that measure the process from outside (memory, first start).
/// Variables named <c>HOST_…</c> reach the host without the prefix (<c>HOST_DOTNET_gcServer=0</c> becomes
/// <c>DOTNET_gcServer=0</c>), to compare runtime settings.
/// </summary>
public sealed class ReleaseHost : IAsyncDisposable
{
    private readonly Process _process;

    private ReleaseHost(Process process, string address, string dataFolder)
    {
        _process = process;
        Address = address;
        DataFolder = dataFolder;
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
    }

    public string Address { get; }

    public string DataFolder { get; }

    public HttpClient Http { get; }

    /// <summary>The process's resident set size, as the operating system counts it.</summary>
    public long ResidentMegabytes
    {
        get
        {
            var rss = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        }
    }

    /// <summary>Builds the host in Release (once per benchmark run).</summary>
    public static void Build() => Run("dotnet", $"build {Path.Combine(RepositoryRoot(), "silo", "Showcase.Silo")} -c Release -v q");

    /// <summary>A fresh data folder under the temporary folder.</summary>
    public static string NewDataFolder(string purpose) => Path.Combine(Path.GetTempPath(), $"showcase-bench-{purpose}-{Guid.NewGuid():N}");

    /// <summary>Starts the built host on <paramref name="dataFolder"/> with these settings added (as environment variables).</summary>
    public static ReleaseHost Start(string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = $"http://127.0.0.1:{BenchHost.Free()}";
        var start = new ProcessStartInfo("dotnet", "Showcase.Silo.dll")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot(), "silo", "Showcase.Silo", "bin", "Release", "net10.0"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address;
        start.Environment["Showcase__DataPath"] = dataFolder;
        start.Environment["Showcase__SiloPort"] = BenchHost.Free().ToString();
        start.Environment["Showcase__GatewayPort"] = BenchHost.Free().ToString();
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().Select(e => ((string)e.Key, (string?)e.Value)))
        {
            if (name.StartsWith("HOST_", StringComparison.Ordinal))
            {
                start.Environment[name["HOST_".Length..]] = value;
            }
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ReleaseHost(process, address, dataFolder);
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200, asking every 20 ms.</summary>
    public async Task UntilReadyAsync()
    {
        var waiting = Stopwatch.StartNew();
        while (waiting.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var ready = await Http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The host did not become ready in two minutes.");
    }

    /// <summary>Stops the process (killed: a crash, as far as the data folder knows) and keeps its data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Showcase.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the bench from inside the repository.");
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = RepositoryRoot() })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}.");
        }
    }
}
