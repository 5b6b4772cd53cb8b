using Microsoft.Data.Sqlite;
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
        return silo.AddAdoNetGrainStorageAsDefault(storage =>
        {
            storage.Invariant = Invariant;
            storage.ConnectionString = connectionString;
        });
    }
}
