namespace Showcase.Silo.Security;

/// <summary>Requests allowed per minute, bound from <c>Showcase:RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Showcase:RateLimits";

    /// <summary>Per signed-in person, or per IP address for anonymous visitors.</summary>
    public int PerUserPerMinute { get; set; } = 300;

    /// <summary>Per tenant, everyone together: one busy portal cannot starve the others.</summary>
    public int PerTenantPerMinute { get; set; } = 3000;

    /// <summary>Sign-in form posts per IP address, on top of the per-account lockout.</summary>
    public int SignInsPerMinute { get; set; } = 10;
}
