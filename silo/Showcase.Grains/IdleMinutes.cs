namespace Showcase.Grains;

/// <summary>
/// How long each kind of grain stays in memory unused before Orleans deactivates it (its
/// <see cref="CollectionAgeLimitAttribute"/>), chosen by what it holds and what reading it back costs.
/// </summary>
internal static class IdleMinutes
{
    /// <summary>One of thousands (a case, a bid, an account): a millisecond to read back from storage, so it leaves soon.</summary>
    public const double Entity = 2;

    /// <summary>A portal's listing of one kind, or another summary of many entities: one per portal, costly to read back.</summary>
    public const double Listing = 30;

    /// <summary>Small and few (a portal's settings, a job's progress, the platform's registry).</summary>
    public const double Small = 15;
}
