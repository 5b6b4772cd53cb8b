using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Tenancy;

namespace Showcase.Testing;

/// <summary>
/// The real Showcase host (silo, GraphQL, pages) in the test process, on its own data folder and Orleans ports.
/// Pass the same data folder to a second host to see what survives a restart.
/// </summary>
public sealed class ShowcaseHost : WebApplicationFactory<Program>
{
    public ShowcaseHost(string? dataPath = null, bool seedDemoContent = false, int? httpPort = null)
    {
        DataPath = dataPath ?? TestFolders.NewDataFolder();
        SeedDemoContent = seedDemoContent;
        if (httpPort is not null)
        {
            UseKestrel(httpPort.Value);
            BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        }
    }

    public string DataPath { get; }

    public bool SeedDemoContent { get; }

    /// <summary>Where a browser reaches the host; set only for hosts started on Kestrel with an HTTP port.</summary>
    public Uri? BaseAddress { get; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>A new tenant with a unique id, so each test works in a portal of its own.</summary>
    public async Task<TenantId> CreateTenantAsync(string name = "测试门户")
    {
        var tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
        await Grains.GetTenant(tenant).EnsureCreatedAsync(new TenantProfile(name, "自动化测试创建的门户"));
        return tenant;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Showcase:DataPath", DataPath);
        builder.UseSetting("Showcase:SeedDemoContent", SeedDemoContent.ToString());
        builder.UseSetting("Showcase:SiloPort", FreePorts.Next().ToString());
        builder.UseSetting("Showcase:GatewayPort", FreePorts.Next().ToString());
    }
}
