namespace Showcase.Silo.Storage;

public static class SqliteGrainStorageExtensions
{
    /// <summary>The name Orleans' ADO.NET providers give the SQLite dialect; Microsoft.Data.Sqlite is the driver behind it.</summary>
    public const string Invariant = "System.Data.SQLite";

    /// <summary>Connection string of the embedded database in a data folder.</summary>
    public static string ConnectionString(string dataPath) => $"Data Source={Path.Combine(dataPath, "showcase.db")}";

    /// <summary>Stores all grain state in the SQLite database (its schema must have been applied with <see cref="SqliteSchema"/>).</summary>
    public static ISiloBuilder AddShowcaseSqliteGrainStorage(this ISiloBuilder silo, string connectionString) =>
        silo.AddAdoNetGrainStorageAsDefault(storage =>
        {
            storage.Invariant = Invariant;
            storage.ConnectionString = connectionString;
        });
}
