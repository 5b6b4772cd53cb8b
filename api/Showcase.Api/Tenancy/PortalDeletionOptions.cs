namespace Showcase.Api.Tenancy;

/// <summary><c>Showcase:PortalDeletion</c>: how deleting a portal is paced.</summary>
public sealed class PortalDeletionOptions
{
    public const string Section = "Showcase:PortalDeletion";

    /// <summary>How long after it is scheduled a deletion can be confirmed (and cancelled until then).</summary>
    public double GraceDays { get; set; } = 7;

    /// <summary>
    /// How long after the confirmation the purge erases the portal's data: every host must have stopped serving it
    /// first, and a host trusts what it read of a portal for <see cref="TenantDirectory.CacheFor"/>.
    /// </summary>
    public double PurgeAfterSeconds { get; set; } = 2 * TenantDirectory.CacheFor.TotalSeconds;

    public TimeSpan Grace => TimeSpan.FromDays(GraceDays);

    public TimeSpan PurgeAfter => TimeSpan.FromSeconds(PurgeAfterSeconds);
}
