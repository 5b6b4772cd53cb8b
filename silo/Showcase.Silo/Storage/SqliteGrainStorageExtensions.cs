using Microsoft.Data.Sqlite;
using Orleans.Providers;
using Orleans.Storage;
using Showcase.Grains.Storage;

namespace Showcase.Silo.Storage;

public static class SqliteGrainStorageExtensions
{
    /// <summary>The name Orleans' ADO.NET providers give the SQLite dialect; Microsoft.Data.Sqlite is the driver behind it.</summary>
    public const string Invariant = "System.Data.SQLite";

    /// <summary>Connection string of the embedded database in a data folder.</summary>
    public static string ConnectionString(string dataPath) => $"Data Source={Path.Combine(dataPath, "showcase.db")}";

    /// <summary>
    /// Stores all grain state in the SQLite database (its schema must have been applied with <see cref="SqliteSchema"/>),
    /// and reads it back by key range for <see cref="IStoredStates"/>.
    /// </summary>
    public static ISiloBuilder AddShowcaseSqliteGrainStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddSingleton<IStoredStates>(services => ActivatorUtilities.CreateInstance<AdoNetStoredStates>(
            services, SqliteFactory.Instance, connectionString, "BINARY", false));
        silo.AddAdoNetGrainStorageAsDefault(storage =>
        {
            storage.Invariant = Invariant;
            storage.ConnectionString = connectionString;
        });

        // One writer at a time (see OneWriterGrainStorage): the ADO.NET storage's registration, wrapped.
        var adoNet = silo.Services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        silo.Services.Remove(adoNet);
        silo.Services.AddKeyedSingleton<IGrainStorage>(adoNet.ServiceKey, (services, key) =>
            new OneWriterGrainStorage((IGrainStorage)adoNet.KeyedImplementationFactory!(services, key)));
        return silo;
    }
}
