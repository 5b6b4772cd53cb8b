using Npgsql;
using Showcase.Grains.Storage;

namespace Showcase.Silo.Storage;

public static class PostgreSqlSiloBuilderExtensions
{
    /// <summary>The name Orleans' ADO.NET providers give the Npgsql driver.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Stores all grain state in PostgreSQL (its schema must have been applied with <see cref="PostgreSqlSchema"/>),
    /// and reads it back by key range for <see cref="IStoredStates"/>.
    /// </summary>
    public static ISiloBuilder AddShowcasePostgreSqlGrainStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddSingleton<IStoredStates>(services => ActivatorUtilities.CreateInstance<AdoNetStoredStates>(
            services, NpgsqlFactory.Instance, connectionString, "\"C\"", true));
        return silo.AddAdoNetGrainStorageAsDefault(storage =>
        {
            storage.Invariant = Invariant;
            storage.ConnectionString = connectionString;
        });
    }

    /// <summary>Cluster membership in PostgreSQL: every host of a cluster names the same database, cluster id and service id.</summary>
    public static ISiloBuilder UseShowcasePostgreSqlClustering(this ISiloBuilder silo, string connectionString) =>
        silo.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = Invariant;
            clustering.ConnectionString = connectionString;
        });

    /// <summary>Reminders in PostgreSQL, so they outlive every host.</summary>
    public static ISiloBuilder UseShowcasePostgreSqlReminders(this ISiloBuilder silo, string connectionString) =>
        silo.UseAdoNetReminderService(reminders =>
        {
            reminders.Invariant = Invariant;
            reminders.ConnectionString = connectionString;
        });
}
