using Showcase.Challenges;
using Showcase.Common;

namespace Showcase.Grains.Rules;

/// <summary>
/// The rules of an expert evaluation, shared by challenges (bids) and program calls (applications): a rubric whose
/// weights add up to 100, named reviewers, and scores of 0–100 on every criterion from a reviewer who is not recused.
/// </summary>
internal static class EvaluationRules
{
    public const int RubricMax = 12;
    public const int ReviewersMax = 30;
    public const int CommentMax = 2000;

    /// <summary>The rubric and reviewers tidied (names trimmed, reviewers once), or every rule they break.</summary>
    public static (IReadOnlyList<RubricCriterion> Rubric, IReadOnlyList<EntityId> Reviewers) Setup(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers)
    {
        rubric = rubric.Select(c => new RubricCriterion(c.Name.Trim(), c.Weight, Clean.Text(c.Guidance))).ToArray();
        reviewers = reviewers.Distinct().ToArray();
        DomainException.ThrowIfAny(new RuleErrors()
            .Required(rubric, "rubric", "评审标准")
            .MaxCount(rubric, RubricMax, "rubric", "评审标准")
            .Check(rubric.All(c => c.Name.Length is > 0 and <= 50), ErrorCodes.InvalidValue, Sentence.Of("CriterionNeedsName"), "rubric")
            .Check(rubric.All(c => c.Weight > 0), ErrorCodes.InvalidValue, Sentence.Of("CriterionWeightPositive"), "rubric")
            .Check(rubric.Sum(c => c.Weight) == 100, ErrorCodes.InvalidValue, Sentence.Of("CriteriaWeightTotal", rubric.Sum(c => c.Weight)), "rubric")
            .Check(rubric.Select(c => c.Name).Distinct().Count() == rubric.Count, ErrorCodes.InvalidValue, Sentence.Of("CriterionNamesUnique"), "rubric")
            .Required(reviewers, "reviewers", "评审专家")
            .MaxCount(reviewers, ReviewersMax, "reviewers", "评审专家"));
        return (rubric, reviewers);
    }

    /// <summary>
    /// The evaluation with <paramref name="review"/> in place of the reviewer's earlier one, or every rule it breaks.
    /// <paramref name="reviewable"/> says whether its subject (bid, application) may be scored at all.
    /// </summary>
    public static ChallengeEvaluation WithReview(ChallengeEvaluation evaluation, BidReview review, bool reviewable, Sentence notReviewable, DateTimeOffset now)
    {
        RequireReviewer(evaluation, review.Reviewer);
        var rubric = evaluation.Rubric;
        DomainException.ThrowIfAny(new RuleErrors()
            .Check(!evaluation.IsRecused(review.Reviewer, review.Provider), ErrorCodes.Forbidden, Sentence.Of("ReviewerRecused"), "provider")
            .Check(reviewable, ErrorCodes.NotFound, notReviewable, "provider")
            .Check(review.Scores.Count == rubric.Count, ErrorCodes.InvalidValue, Sentence.Of("ScoreEveryCriterion", rubric.Count), "scores")
            .Check(review.Scores.All(s => s is >= 0 and <= 100), ErrorCodes.InvalidValue, Sentence.Of("ScoreRange"), "scores")
            .MaxLength(review.Comment, CommentMax, "comment", "评审意见"));
        var stored = review with { Comment = Clean.Text(review.Comment), At = now };
        return evaluation with
        {
            Reviews = [.. evaluation.Reviews.Where(r => !(r.Reviewer == review.Reviewer && r.Provider == review.Provider)), stored],
        };
    }

    /// <summary>The evaluation with the reviewer recused from a subject (declaring again changes nothing).</summary>
    public static ChallengeEvaluation WithConflict(ChallengeEvaluation evaluation, EntityId reviewer, EntityId subject, string? note, DateTimeOffset now)
    {
        RequireReviewer(evaluation, reviewer);
        return evaluation.IsRecused(reviewer, subject)
            ? evaluation
            : evaluation with { Conflicts = [.. evaluation.Conflicts, new ConflictDeclaration(reviewer, subject, Clean.Text(note), now)] };
    }

    public static void RequireReviewer(ChallengeEvaluation evaluation, EntityId reviewer)
    {
        if (!evaluation.Reviewers.Contains(reviewer))
        {
            throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("NotAReviewer"), "reviewer");
        }
    }
}
