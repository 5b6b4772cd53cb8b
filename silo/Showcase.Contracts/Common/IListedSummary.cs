namespace Showcase.Common;

/// <summary>What a portal's list keeps of one grain, whatever its kind: which grain, which version of it, and when it last changed.</summary>
public interface IListedSummary
{
    EntityId Id { get; }

    int Version { get; }

    DateTimeOffset UpdatedAt { get; }
}
