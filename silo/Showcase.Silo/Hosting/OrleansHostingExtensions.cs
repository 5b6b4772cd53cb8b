using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Showcase.Grains;
using Showcase.Reference;
using Showcase.Silo.Search;
using Showcase.Silo.Storage;

namespace Showcase.Silo.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>The embedded default: one localhost silo whose grain state lives in SQLite under the data folder.</summary>
    public static WebApplicationBuilder AddShowcaseOrleans(this WebApplicationBuilder builder)
    {
        // Read the reference lists now: a broken taxonomy file stops the host before it serves anything.
        _ = ReferenceData.All;
        var options = builder.Configuration.GetSection(ShowcaseOptions.Section).Get<ShowcaseOptions>() ?? new ShowcaseOptions();
        var dataPath = Path.GetFullPath(options.DataPath, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataPath);
        var connectionString = SqliteGrainStorageExtensions.ConnectionString(dataPath);

        // Registered before the silo so the schema exists when grain storage initialises (hosted services start in order).
        builder.Services.AddHostedService(_ => new SqliteSchemaHostedService(connectionString));
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: "showcase", clusterId: "showcase-local")
            .AddShowcaseSqliteGrainStorage(connectionString)
            .AddShowcaseGrains());
        builder.Services.AddShowcaseSearch(builder.Configuration, dataPath);
        builder.Services.AddSingleton(Options.Create(options));

        // Antiforgery and other protected payloads stay valid across restarts on the same data folder.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));
        return builder;
    }

    private sealed class SqliteSchemaHostedService(string connectionString) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => SqliteSchema.ApplyAsync(connectionString, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
