namespace Showcase.Silo.Hosting;

/// <summary>Where grain state lives (<c>Showcase:Storage</c>).</summary>
public enum GrainStorageKind
{
    /// <summary>The embedded default: <c>{DataPath}/showcase.db</c>.</summary>
    Sqlite,

    /// <summary>The database named by <c>Showcase:PostgreSQL</c>.</summary>
    PostgreSQL,
}

/// <summary>How hosts find each other (<c>Showcase:Clustering</c>).</summary>
public enum ClusteringKind
{
    /// <summary>One host on its own (the embedded default).</summary>
    Localhost,

    /// <summary>Any number of hosts, with membership in the database named by <c>Showcase:PostgreSQL</c>.</summary>
    PostgreSQL,
}

/// <summary>Where Orleans reminders live (<c>Showcase:Reminders</c>).</summary>
public enum RemindersKind
{
    /// <summary>No reminder service: a grain that registers a reminder fails loudly (none does today).</summary>
    None,

    /// <summary>In the database named by <c>Showcase:PostgreSQL</c>, surviving every host.</summary>
    PostgreSQL,
}
