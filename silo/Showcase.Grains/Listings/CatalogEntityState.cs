using Showcase.Audit;
using Showcase.Common;

namespace Showcase.Grains.Listings;

/// <summary>What every catalog entity's stored state has: a change counter, dates, its owner and its history.</summary>
internal abstract record CatalogEntityState
{
    public int Version { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public Owner Owner { get; init; } = Owner.Nobody;

    /// <summary>Every change, written together with it.</summary>
    public IReadOnlyList<AuditEntry> History { get; init; } = [];
}
