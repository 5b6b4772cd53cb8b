using Showcase.Challenges;
using Showcase.Common;

namespace Showcase.Api.Challenges;

/// <summary>
/// One bid as an evaluator sees it: <see cref="Bidder"/> is the key to review it by (the provider's id, or a letter in
/// blind mode for reviewers), <see cref="Name"/> what a person reads (the provider's name, or the same letter).
/// </summary>
public sealed record ReviewedBid(string Bidder, string Name, BidSnapshot Bid, IReadOnlyList<int>? MyScores, string? MyComment, bool Recused);

/// <summary>A bid's place in the ranking, under the same name the viewer sees it by.</summary>
public sealed record RankedBid(string Bidder, string Name, decimal Total, IReadOnlyList<decimal> Averages, int Reviews);

/// <summary>The evaluation as the challenge's managers and reviewers see it.</summary>
public sealed record EvaluationView(IReadOnlyList<RubricCriterion> Rubric, bool Blind, IReadOnlyList<EntityId>? Reviewers, IReadOnlyList<RankedBid> Ranking,
    IReadOnlyList<ReviewedBid> Bids);

/// <summary>Blind names: standing bids are lettered A, B, C… in the order of their providers' ids, the same for every reviewer.</summary>
public static class BlindNames
{
    /// <summary>Every standing bid's provider with its letter, in letter order.</summary>
    public static IReadOnlyList<(EntityId Provider, string Name)> Of(ChallengeSnapshot challenge) =>
        challenge.StandingBids.Select(b => b.Provider).OrderBy(p => p.Value, StringComparer.Ordinal)
            .Select((provider, index) => (provider, Letter(index)))
            .ToArray();

    /// <summary>The provider behind a letter, or null.</summary>
    public static EntityId? Provider(ChallengeSnapshot challenge, string name) =>
        Of(challenge).Where(p => p.Name == name).Select(p => (EntityId?)p.Provider).FirstOrDefault();

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"A{index}";
}
