namespace Showcase.Silo.Tenancy;

/// <summary>The first platform admin, bound from <c>Showcase:PlatformAdmin</c>.</summary>
public sealed class PlatformAdminOptions
{
    public const string Section = "Showcase:PlatformAdmin";

    public string Login { get; set; } = "admin";

    /// <summary>The first password; when unset one is generated and written to the log once.</summary>
    public string? Password { get; set; }
}
