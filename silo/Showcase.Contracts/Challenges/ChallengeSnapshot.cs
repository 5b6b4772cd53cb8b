using Showcase.Common;

namespace Showcase.Challenges;

[GenerateSerializer, Immutable, Alias("showcase.challenge-snapshot")]
public sealed record ChallengeSnapshot(
    [property: Id(0)] ChallengeKey Key,
    [property: Id(1)] ChallengeContent Content,
    [property: Id(2)] ChallengeStatus Status,
    [property: Id(3)] int Version,
    [property: Id(4)] Owner Owner,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] DateTimeOffset? OpenedAt,
    [property: Id(8)] IReadOnlyList<BidSummary> Bids,
    [property: Id(9)] string? StatusNote,
    [property: Id(10)] ChallengeEvaluation Evaluation,
    [property: Id(11)] IReadOnlyList<ChallengeQuestion> Questions,
    [property: Id(12)] IReadOnlyList<ChallengeMilestone> Milestones)
{
    /// <summary>The bids that stand (not withdrawn): what the board counts and the evaluation names.</summary>
    public IEnumerable<BidSummary> StandingBids => Bids.Where(b => b.Status != BidStatus.Withdrawn);

    /// <summary>The cases acceptance drafted, one per winning provider (none before 验收).</summary>
    public IEnumerable<EntityId> ResultCases =>
        Status == ChallengeStatus.Accepted ? Bids.Where(b => b.Status == BidStatus.Awarded).Select(b => CaseIdOf(Key.Id, b.Provider)) : [];

    /// <summary>The id of the case a winning bid becomes: readable when it fits, a digest of the two ids when not.</summary>
    public static EntityId CaseIdOf(EntityId challenge, EntityId provider) => EntityId.Joined(challenge, provider, "case");
}
