namespace Showcase.Silo.Hosting;

/// <summary>The host's settings, bound from the <c>Showcase</c> configuration section.</summary>
public sealed class ShowcaseOptions
{
    public const string Section = "Showcase";

    /// <summary>Folder for the embedded database, the Lucene index and data-protection keys. Relative paths start at the content root.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>Folder for data-protection keys (sign-in cookies, form tokens); hosts behind one balancer must share it. Default: <c>{DataPath}/keys</c>.</summary>
    public string? KeysPath { get; set; }

    /// <summary>The tenant that exists from the first start, and where <c>/</c> leads.</summary>
    public string DefaultTenant { get; set; } = "demo";

    /// <summary>Fills the default tenant with sample scenarios on first start.</summary>
    public bool SeedDemoContent { get; set; } = true;

    /// <summary>Whether the demo tenant also gets the demo portfolio (216 cases, 30 factories, 5 pilot zones, 40 providers); only with <see cref="SeedDemoContent"/>.</summary>
    public bool SeedDemoPortfolio { get; set; } = true;

    public GrainStorageKind Storage { get; set; } = GrainStorageKind.Sqlite;

    public ClusteringKind Clustering { get; set; } = ClusteringKind.Localhost;

    public RemindersKind Reminders { get; set; } = RemindersKind.None;

    /// <summary>Npgsql connection string used by every PostgreSQL choice above.</summary>
    public string? PostgreSQL { get; set; }

    /// <summary>Apply the shipped database scripts at start (the embedded SQLite database always is). Off: run <c>migrate</c> first.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Names one cluster within the membership table; every host of a cluster uses the same.</summary>
    public string ClusterId { get; set; } = "showcase";

    /// <summary>Names the application's stored data; must never change for a deployment (grain state is keyed by it).</summary>
    public string ServiceId { get; set; } = "showcase";

    /// <summary>Host name or address other hosts reach this one at (PostgreSQL clustering). Default: this machine's host name.</summary>
    public string? AdvertisedHost { get; set; }

    /// <summary>
    /// Below this much free space on the data folder's disk (or the search index's) the host reports itself not ready:
    /// writes would soon fail, and a load balancer should send people elsewhere.
    /// </summary>
    public int MinFreeDiskMegabytes { get; set; } = 64;

    /// <summary>
    /// After this long without a request (health probes and metric scrapes aside) the host gives its unused heap
    /// memory back to the system, once per quiet spell (see <c>IdleMemoryTrim</c>). Zero turns it off.
    /// </summary>
    public TimeSpan IdleTrimAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Orleans silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>What this host is called in the cluster's shared tables (health, search replicas): its advertised host and silo port.</summary>
    public string HostKey => $"{AdvertisedHost ?? Environment.MachineName}:{SiloPort}";

    public string DataPathUnder(string contentRoot) => Path.GetFullPath(DataPath, contentRoot);

    public string KeysPathUnder(string contentRoot) => KeysPath is null ? Path.Combine(DataPathUnder(contentRoot), "keys") : Path.GetFullPath(KeysPath, contentRoot);

    public bool UsesPostgreSql => Storage == GrainStorageKind.PostgreSQL || Clustering == ClusteringKind.PostgreSQL || Reminders == RemindersKind.PostgreSQL;

    /// <summary>What is wrong with this combination of settings, in one sentence each (empty when it can run).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (UsesPostgreSql && string.IsNullOrWhiteSpace(PostgreSQL))
        {
            problems.Add($"{Section}:PostgreSQL (a connection string) is required when storage, clustering or reminders use PostgreSQL.");
        }

        if (Clustering == ClusteringKind.PostgreSQL && Storage != GrainStorageKind.PostgreSQL)
        {
            problems.Add($"{Section}:Clustering=PostgreSQL needs {Section}:Storage=PostgreSQL: hosts of one cluster cannot share an embedded SQLite file.");
        }

        return problems;
    }

    /// <summary>The bound settings, or an exception naming every problem before anything starts.</summary>
    public static ShowcaseOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ShowcaseOptions>() ?? new ShowcaseOptions();
        var problems = options.Problems();
        return problems.Count == 0 ? options : throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
    }
}
