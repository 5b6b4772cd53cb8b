using Showcase.Common;

namespace Showcase.Challenges;

/// <summary>A bidder's question (答疑) and the poster's answer, which every bidder sees (the asker's name only the poster).</summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-question")]
public sealed record ChallengeQuestion(
    [property: Id(0)] string Id,
    [property: Id(1)] EntityId Provider,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset AskedAt,
    [property: Id(4)] string? Answer = null,
    [property: Id(5)] DateTimeOffset? AnsweredAt = null);

/// <summary>A delivery milestone (里程碑) with its due date and, once reported, the provider's report.</summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-milestone")]
public sealed record ChallengeMilestone(
    [property: Id(0)] string Title,
    [property: Id(1)] DateOnly Due,
    [property: Id(2)] string? Report = null,
    [property: Id(3)] DateTimeOffset? ReportedAt = null);
