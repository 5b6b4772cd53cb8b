using Showcase.Common;
using Showcase.Files;

namespace Showcase.Challenges;

/// <summary>A provider's bid (揭榜): technical proposal (Markdown), price (万元), schedule, team, the cases it points to and its documents.</summary>
[GenerateSerializer, Immutable, Alias("showcase.bid-content")]
public sealed record BidContent
{
    [Id(0)] public string? Proposal { get; init; }

    [Id(1)] public decimal? Price { get; init; }

    [Id(2)] public string? Schedule { get; init; }

    /// <summary>One line per person: name, role, qualification.</summary>
    [Id(3)] public IReadOnlyList<string> Team { get; init; } = [];

    [Id(4)] public IReadOnlyList<EntityId> ReferencedCases { get; init; } = [];

    /// <summary>How many documents a bid may carry.</summary>
    public const int FilesMax = 5;

    /// <summary>Proposal documents (方案附件): PDF, Word or Excel, at most <see cref="FilesMax"/>.</summary>
    [Id(5)] public IReadOnlyList<Attachment> Files { get; init; } = [];

    public bool Equals(BidContent? other) =>
        other is not null && Proposal == other.Proposal && Price == other.Price && Schedule == other.Schedule
        && Team.SequenceEqual(other.Team) && ReferencedCases.SequenceEqual(other.ReferencedCases) && Files.SequenceEqual(other.Files);

    public override int GetHashCode() => HashCode.Combine(Proposal, Price, Schedule);
}

public enum BidStatus
{
    Submitted,

    /// <summary>The challenge changed after the bid: the bidder must look again and resubmit.</summary>
    NeedsRenewal,

    Withdrawn,
    Awarded,
    NotAwarded,
}

/// <summary>A bid as stored: whose, what, in which state, which version.</summary>
[GenerateSerializer, Immutable, Alias("showcase.bid-snapshot")]
public sealed record BidSnapshot(
    [property: Id(0)] ChallengeKey Challenge,
    [property: Id(1)] EntityId Provider,
    [property: Id(2)] BidContent Content,
    [property: Id(3)] BidStatus Status,
    [property: Id(4)] int Version,
    [property: Id(5)] DateTimeOffset SubmittedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt);

/// <summary>What the challenge keeps of each bid: enough to rank, renew and tell bidders, not the proposal.</summary>
[GenerateSerializer, Immutable, Alias("showcase.bid-summary")]
public sealed record BidSummary(
    [property: Id(0)] EntityId Provider,
    [property: Id(1)] BidStatus Status,
    [property: Id(2)] int Version,
    [property: Id(3)] DateTimeOffset UpdatedAt);
