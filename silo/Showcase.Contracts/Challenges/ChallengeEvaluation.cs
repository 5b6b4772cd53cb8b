using Showcase.Common;

namespace Showcase.Challenges;

/// <summary>One criterion of the rubric (评审标准) with its weight; the weights of a rubric add up to 100.</summary>
[GenerateSerializer, Immutable, Alias("showcase.rubric-criterion")]
public sealed record RubricCriterion(
    [property: Id(0)] string Name,
    [property: Id(1)] int Weight,
    [property: Id(2)] string? Guidance = null);

/// <summary>A reviewer's scores (0–100 per criterion, in rubric order) for one bid, with a comment for the bidder.</summary>
[GenerateSerializer, Immutable, Alias("showcase.bid-review")]
public sealed record BidReview(
    [property: Id(0)] EntityId Reviewer,
    [property: Id(1)] EntityId Provider,
    [property: Id(2)] IReadOnlyList<int> Scores,
    [property: Id(3)] string? Comment,
    [property: Id(4)] DateTimeOffset At);

/// <summary>A reviewer's declaration (利益冲突声明): a conflict with a bidder recuses the reviewer from that bid.</summary>
[GenerateSerializer, Immutable, Alias("showcase.conflict-declaration")]
public sealed record ConflictDeclaration(
    [property: Id(0)] EntityId Reviewer,
    [property: Id(1)] EntityId Provider,
    [property: Id(2)] string? Note,
    [property: Id(3)] DateTimeOffset At);

/// <summary>A bid's place in the ranking: its weighted total (0–100) and each criterion's average, from the reviewers not recused.</summary>
[GenerateSerializer, Immutable, Alias("showcase.bid-ranking")]
public sealed record BidRanking(
    [property: Id(0)] EntityId Provider,
    [property: Id(1)] decimal Total,
    [property: Id(2)] IReadOnlyList<decimal> CriterionAverages,
    [property: Id(3)] int Reviews);

/// <summary>
/// How the bids are judged: the rubric, the assigned reviewers, blind mode (reviewers do not see who bid), the
/// conflict declarations and the reviews.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.challenge-evaluation")]
public sealed record ChallengeEvaluation
{
    public static ChallengeEvaluation None { get; } = new();

    [Id(0)] public IReadOnlyList<RubricCriterion> Rubric { get; init; } = [];

    [Id(1)] public IReadOnlyList<EntityId> Reviewers { get; init; } = [];

    [Id(2)] public bool Blind { get; init; }

    [Id(3)] public IReadOnlyList<ConflictDeclaration> Conflicts { get; init; } = [];

    [Id(4)] public IReadOnlyList<BidReview> Reviews { get; init; } = [];

    public bool IsRecused(EntityId reviewer, EntityId provider) => Conflicts.Any(c => c.Reviewer == reviewer && c.Provider == provider);

    /// <summary>The reviewed bids, best first: criterion averages over the reviews, weighted by the rubric (ties by provider id).</summary>
    public IReadOnlyList<BidRanking> Ranking() =>
        Reviews.Where(r => !IsRecused(r.Reviewer, r.Provider))
            .GroupBy(r => r.Provider)
            .Select(g =>
            {
                var averages = Rubric.Select((_, i) => Math.Round((decimal)g.Average(r => r.Scores[i]), 2)).ToArray();
                var total = Math.Round(averages.Select((a, i) => a * Rubric[i].Weight / 100m).Sum(), 2);
                return new BidRanking(g.Key, total, averages, g.Count());
            })
            .OrderByDescending(r => r.Total)
            .ThenBy(r => r.Provider.Value, StringComparer.Ordinal)
            .ToArray();

    /// <summary>What a reviewed subject (a bid's provider, an application's applicant) is told: its place in the ranking and the comments, without reviewers' names.</summary>
    public EvaluationFeedback FeedbackFor(EntityId subject)
    {
        var ranking = Ranking();
        var mine = ranking.FirstOrDefault(r => r.Provider == subject);
        var comments = Reviews.Where(r => r.Provider == subject && !IsRecused(r.Reviewer, r.Provider) && r.Comment is not null).Select(r => r.Comment!).ToArray();
        return new EvaluationFeedback(Rubric, mine?.CriterionAverages ?? [], mine?.Total, mine is null ? null : ranking.ToList().IndexOf(mine) + 1, ranking.Count, comments);
    }
}

/// <summary>A reviewed subject's result: per-criterion averages (rubric order), the weighted total, its rank among those reviewed, and the comments.</summary>
[GenerateSerializer, Immutable, Alias("showcase.evaluation-feedback")]
public sealed record EvaluationFeedback(
    [property: Id(0)] IReadOnlyList<RubricCriterion> Rubric,
    [property: Id(1)] IReadOnlyList<decimal> Averages,
    [property: Id(2)] decimal? Total,
    [property: Id(3)] int? Rank,
    [property: Id(4)] int Reviewed,
    [property: Id(5)] IReadOnlyList<string> Comments);
