using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Showcase.Api.Collections;
using Showcase.Api.Files;
using Showcase.Grains;
using Showcase.Reference;
using Showcase.Silo.Search;
using Showcase.Silo.Storage;
using Showcase.Silo.Tenancy.PortalData;

namespace Showcase.Silo.Hosting;

public static partial class OrleansHostingExtensions
{
    /// <summary>
    /// The Orleans silo as the settings choose it: by default one localhost silo whose grain state lives in SQLite under
    /// the data folder; with PostgreSQL, any number of hosts sharing membership, state and reminders in one database.
    /// </summary>
    public static WebApplicationBuilder AddShowcaseOrleans(this WebApplicationBuilder builder)
    {
        // Read the reference lists now: a broken taxonomy file stops the host before it serves anything.
        _ = ReferenceData.All;
        var options = ShowcaseOptions.From(builder.Configuration);
        var dataPath = options.DataPathUnder(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataPath);

        // Registered before the silo so the schema exists when membership and storage initialise (hosted services start in order).
        builder.Services.AddHostedService(sp => new SchemaHostedService(options, dataPath, sp.GetRequiredService<ILogger<SchemaHostedService>>()));
        builder.UseOrleans(silo => silo
            .UseShowcaseClustering(options)
            .UseShowcaseStorage(options, dataPath)
            .AddActivityPropagation()
            .AddShowcaseGrains()
            // Where each grain lives, for this many grains: the default (a million) reserves about 9 MB up front twice over.
            .Configure<GrainDirectoryOptions>(directory => directory.CacheSize = 100_000));
        builder.Services.AddShowcaseSearch(builder.Configuration, options, dataPath);
        builder.Services.AddSingleton(Options.Create(options));

        // Antiforgery and sign-in cookies stay valid across restarts, and across hosts that share the keys folder.
        builder.Services.AddDataProtection()
            .SetApplicationName("showcase")
            .PersistKeysToFileSystem(new DirectoryInfo(options.KeysPathUnder(builder.Environment.ContentRootPath)));
        return builder;
    }

    private static ISiloBuilder UseShowcaseClustering(this ISiloBuilder silo, ShowcaseOptions options)
    {
        if (options.Clustering == ClusteringKind.Localhost)
        {
            return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }

        return silo
            .UseShowcasePostgreSqlClustering(options.PostgreSQL!)
            .Configure<ClusterOptions>(cluster => (cluster.ClusterId, cluster.ServiceId) = (options.ClusterId, options.ServiceId))
            .ConfigureEndpoints(options.AdvertisedHost ?? System.Net.Dns.GetHostName(), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
    }

    /// <summary>Grain state, uploaded files and the export files waiting to be downloaded, in SQLite and the data folder or in PostgreSQL.</summary>
    private static ISiloBuilder UseShowcaseStorage(this ISiloBuilder silo, ShowcaseOptions options, string dataPath)
    {
        if (options.Storage == GrainStorageKind.PostgreSQL)
        {
            silo.Services.AddSingleton<IExportFiles>(_ => new PostgreSqlExportFiles(options.PostgreSQL!));
            silo.Services.AddSingleton<IFileStore>(_ => new PostgreSqlFileStore(options.PostgreSQL!));
            silo.Services.AddSingleton<IPortalStore>(_ => new PostgreSqlPortalStore(options.PostgreSQL!, options.ServiceId));
            silo = silo.AddShowcasePostgreSqlGrainStorage(options.PostgreSQL!);
        }
        else
        {
            silo.Services.AddSingleton<IExportFiles>(sp => new FolderExportFiles(Path.Combine(dataPath, "exports"), sp.GetRequiredService<TimeProvider>()));
            silo.Services.AddSingleton<IFileStore>(_ => new FolderFileStore(Path.Combine(dataPath, "files")));
            silo.Services.AddSingleton<IPortalStore>(_ => new EmbeddedPortalStore(SqliteGrainStorageExtensions.ConnectionString(dataPath), dataPath, options.ServiceId));
            silo = silo.AddShowcaseSqliteGrainStorage(SqliteGrainStorageExtensions.ConnectionString(dataPath));
        }

        return options.Reminders == RemindersKind.PostgreSQL ? silo.UseShowcasePostgreSqlReminders(options.PostgreSQL!) : silo;
    }

    /// <summary>Brings the database up to date before the silo starts, and says what it did.</summary>
    internal sealed partial class SchemaHostedService(ShowcaseOptions options, string dataPath, ILogger<SchemaHostedService> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var applied = await DatabaseSchema.ApplyAsync(options, dataPath, postgreSql: options.MigrateOnStart, cancellationToken);
            if (applied.Count > 0)
            {
                LogApplied(logger, applied.Count, string.Join(", ", applied));
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "Database brought up to date: {Count} steps applied: {Applied}")]
        private static partial void LogApplied(ILogger logger, int count, string applied);
    }
}
