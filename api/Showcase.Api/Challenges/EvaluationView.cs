using Showcase.Challenges;
using Showcase.Common;

namespace Showcase.Api.Challenges;

/// <summary>One bid as an evaluator sees it: under its bidder's id, or under a letter in blind mode (reviewers only).</summary>
public sealed record ReviewedBid(string Bidder, BidSnapshot Bid, IReadOnlyList<int>? MyScores, string? MyComment, bool Recused);

/// <summary>A bid's place in the ranking, under the same name the viewer sees it by.</summary>
public sealed record RankedBid(string Bidder, decimal Total, IReadOnlyList<decimal> Averages, int Reviews);

/// <summary>The evaluation as the challenge's managers and reviewers see it.</summary>
public sealed record EvaluationView(IReadOnlyList<RubricCriterion> Rubric, bool Blind, IReadOnlyList<EntityId>? Reviewers, IReadOnlyList<RankedBid> Ranking,
    IReadOnlyList<ReviewedBid> Bids);

/// <summary>Blind names: bids are lettered A, B, C… in the order of their providers' ids, the same for every reviewer.</summary>
public static class BlindNames
{
    public static IReadOnlyList<EntityId> Ordered(ChallengeSnapshot challenge) =>
        challenge.Bids.Where(b => b.Status is not BidStatus.Withdrawn).Select(b => b.Provider).OrderBy(p => p.Value, StringComparer.Ordinal).ToArray();

    public static string Of(ChallengeSnapshot challenge, EntityId provider)
    {
        var index = Ordered(challenge).ToList().IndexOf(provider);
        return index < 0 ? "?" : Letter(index);
    }

    public static EntityId? Provider(ChallengeSnapshot challenge, string name)
    {
        var ordered = Ordered(challenge);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (Letter(i) == name)
            {
                return ordered[i];
            }
        }

        return null;
    }

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"A{index}";
}
