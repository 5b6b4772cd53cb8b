namespace Showcase.Silo.Hosting;

/// <summary>The host's settings, bound from the <c>Showcase</c> configuration section.</summary>
public sealed class ShowcaseOptions
{
    public const string Section = "Showcase";

    /// <summary>Folder for the embedded database (and, later, the search index). Relative paths start at the content root.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>The tenant that exists from the first start, and where <c>/</c> leads.</summary>
    public string DefaultTenant { get; set; } = "demo";

    /// <summary>Fills the default tenant with sample scenarios on first start.</summary>
    public bool SeedDemoContent { get; set; } = true;

    /// <summary>Whether the demo tenant also gets the demo portfolio (216 cases, 30 factories, 5 pilot zones, 40 providers); only with <see cref="SeedDemoContent"/>.</summary>
    public bool SeedDemoPortfolio { get; set; } = true;

    /// <summary>Orleans silo-to-silo port (localhost clustering).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port (localhost clustering).</summary>
    public int GatewayPort { get; set; } = 30000;
}
