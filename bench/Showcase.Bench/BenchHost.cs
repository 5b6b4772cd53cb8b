using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Showcase.Silo.Hosting;

namespace Showcase.Bench;

/// <summary>
/// The real host as it runs in production (Production settings, SQLite, Kestrel on loopback) on a fresh data folder,
/// with rate limits out of the way; the bench may map endpoints of its own before it starts.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _data;

    private BenchHost(WebApplication app, string data, int port)
    {
        (_app, _data) = (app, data);
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchHost> StartAsync(bool seedDemo = false, Action<WebApplication>? map = null)
    {
        var port = Free();
        var data = Path.Combine(Path.GetTempPath(), "showcase-bench-host-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "Showcase.Silo", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Showcase:DataPath"] = data,
            ["Showcase:SeedDemoContent"] = seedDemo.ToString(),
            ["Showcase:SiloPort"] = Free().ToString(),
            ["Showcase:GatewayPort"] = Free().ToString(),
            ["Showcase:PlatformAdmin:Password"] = "bench-platform-password",
            ["Showcase:RateLimits:PerUserPerMinute"] = "100000000",
            ["Showcase:RateLimits:PerTenantPerMinute"] = "100000000",
        });
        builder.Logging.ClearProviders();
        builder.AddShowcaseOrleans();
        builder.AddShowcaseWeb();
        var app = builder.Build();
        app.UseShowcaseWeb();
        map?.Invoke(app);
        await app.StartAsync();
        return new BenchHost(app, data, port);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>A free loopback port.</summary>
    public static int Free()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
