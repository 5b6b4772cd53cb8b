using System.Diagnostics;

namespace Showcase.Testing;

/// <summary>
/// The real host as its own process (<c>dotnet Showcase.Silo.dll</c>, the build beside the tests), configured through
/// environment variables, so that a test can kill it with SIGKILL as a crash would — which no in-process host allows.
/// </summary>
public sealed class ShowcaseProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ShowcaseProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the host and waits until it serves <c>/health/live</c>.</summary>
    public static async Task<ShowcaseProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        var start = new ProcessStartInfo("dotnet", $"Showcase.Silo.dll --urls {address}")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new ShowcaseProcess(process, address);
        using var http = new HttpClient { BaseAddress = address };
        for (var attempt = 0; ; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host process exited with {process.ExitCode} before it served requests.");
            }

            try
            {
                using var live = await http.GetAsync("/health/live", cancellationToken);
                if (live.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException) when (attempt < 600)
            {
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
