using Showcase.Silo.Hosting;

namespace Showcase.Silo.Storage;

/// <summary>The databases a host's settings name, brought up to date with the scripts shipped for them.</summary>
public static class DatabaseSchema
{
    /// <summary>
    /// Applies what is missing (the embedded SQLite database always; PostgreSQL when asked); returns the scripts
    /// applied now, each prefixed with its database.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(ShowcaseOptions options, string dataPath, bool postgreSql, CancellationToken cancellationToken = default)
    {
        var applied = new List<string>();
        if (options.Storage == GrainStorageKind.Sqlite)
        {
            Directory.CreateDirectory(dataPath);
            applied.AddRange((await SqliteSchema.ApplyAsync(SqliteGrainStorageExtensions.ConnectionString(dataPath), cancellationToken)).Select(s => "SQLite " + s));
        }

        if (postgreSql && options.UsesPostgreSql)
        {
            applied.AddRange((await PostgreSqlSchema.ApplyAsync(options.PostgreSQL!, cancellationToken)).Select(s => "PostgreSQL " + s));
        }

        return applied;
    }
}
