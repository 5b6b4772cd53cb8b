using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Showcase.Grains;
using Showcase.Silo.Storage;

namespace Showcase.Bench;

/// <summary>A real single-silo Orleans host on the embedded SQLite storage in a fresh folder (deleted when it stops), or on PostgreSQL when a connection string is given.</summary>
public static class BenchSilo
{
    public static async Task<IHost> StartAsync(string? postgreSql = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "showcase-bench-silo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = SqliteGrainStorageExtensions.ConnectionString(folder);
        if (postgreSql is null)
        {
            await SqliteSchema.ApplyAsync(connectionString);
        }
        else
        {
            await PostgreSqlSchema.ApplyAsync(postgreSql);
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => (postgreSql is null
                ? silo.UseLocalhostClustering(21111, 40000).AddShowcaseSqliteGrainStorage(connectionString)
                : silo.UseLocalhostClustering(21111, 40000).AddShowcasePostgreSqlGrainStorage(postgreSql))
            .AddShowcaseGrains());
        var host = builder.Build();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        });
        await host.StartAsync();
        return host;
    }
}
