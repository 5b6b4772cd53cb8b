using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Rules;

namespace Showcase.Grains.Challenges;

internal sealed partial class ChallengeGrain
{
    public const int RubricMax = 12;
    public const int ReviewersMax = 30;
    public const int CommentMax = 2000;

    public Task<ChallengeSnapshot> SetEvaluationAsync(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers, bool blind, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status is not (ChallengeStatus.Draft or ChallengeStatus.Open or ChallengeStatus.Closed))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"榜单{ChallengeLabels.Status(current.Status)}，评审标准和评审专家已不能更改。");
        }

        rubric = rubric.Select(c => new RubricCriterion(c.Name.Trim(), c.Weight, Clean.Text(c.Guidance))).ToArray();
        reviewers = reviewers.Distinct().ToArray();
        var errors = new RuleErrors()
            .Required(rubric, "rubric", "评审标准")
            .MaxCount(rubric, RubricMax, "rubric", "评审标准")
            .Check(rubric.All(c => c.Name.Length is > 0 and <= 50), ErrorCodes.InvalidValue, "每项评审标准都需要名称（不超过 50 个字）。", "rubric")
            .Check(rubric.All(c => c.Weight > 0), ErrorCodes.InvalidValue, "每项评审标准的权重都应大于 0。", "rubric")
            .Check(rubric.Sum(c => c.Weight) == 100, ErrorCodes.InvalidValue, $"评审标准的权重合计应为 100，现在是 {rubric.Sum(c => c.Weight)}。", "rubric")
            .Check(rubric.Select(c => c.Name).Distinct().Count() == rubric.Count, ErrorCodes.InvalidValue, "评审标准的名称不能重复。", "rubric")
            .Required(reviewers, "reviewers", "评审专家")
            .MaxCount(reviewers, ReviewersMax, "reviewers", "评审专家");
        DomainException.ThrowIfAny(errors);
        var evaluation = current.Evaluation with { Rubric = rubric, Reviewers = reviewers, Blind = blind };
        return await SaveAsync(Changed(current with { Evaluation = evaluation }, by, "设置评审",
            $"{rubric.Count} 项标准，{reviewers.Count} 位专家{(blind ? "，盲评" : "")}"));
    });

    public Task<ChallengeSnapshot> DeclareConflictAsync(EntityId reviewer, EntityId provider, string? note, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        RequireReviewer(current, reviewer);
        if (current.Evaluation.IsRecused(reviewer, provider))
        {
            return Committed!;
        }

        var evaluation = current.Evaluation with
        {
            Conflicts = [.. current.Evaluation.Conflicts, new ConflictDeclaration(reviewer, provider, Clean.Text(note), clock.GetUtcNow())],
        };
        return await SaveAsync(Changed(current with { Evaluation = evaluation }, by, "利益冲突回避", $"{reviewer} 回避 {provider}"));
    });

    public Task<ChallengeSnapshot> ReviewAsync(BidReview review, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status != ChallengeStatus.Evaluating)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"榜单{ChallengeLabels.Status(current.Status)}，现在不能评分。");
        }

        RequireReviewer(current, review.Reviewer);
        var rubric = current.Evaluation.Rubric;
        var errors = new RuleErrors()
            .Check(!current.Evaluation.IsRecused(review.Reviewer, review.Provider), ErrorCodes.Forbidden, "您已声明与该揭榜单位存在利益冲突，已回避，不能为其评分。", "provider")
            .Check(current.Bids.GetValueOrDefault(review.Provider.Value) is { Status: BidStatus.Submitted }, ErrorCodes.NotFound, "该单位没有有效的揭榜方案可评。", "provider")
            .Check(review.Scores.Count == rubric.Count, ErrorCodes.InvalidValue, $"请为全部 {rubric.Count} 项评审标准打分。", "scores")
            .Check(review.Scores.All(s => s is >= 0 and <= 100), ErrorCodes.InvalidValue, "每项得分应在 0 到 100 之间。", "scores")
            .MaxLength(review.Comment, CommentMax, "comment", "评审意见");
        DomainException.ThrowIfAny(errors);
        var stored = review with { Comment = Clean.Text(review.Comment), At = clock.GetUtcNow() };
        var evaluation = current.Evaluation with
        {
            Reviews = [.. current.Evaluation.Reviews.Where(r => !(r.Reviewer == review.Reviewer && r.Provider == review.Provider)), stored],
        };
        return await SaveAsync(current with { Evaluation = evaluation });
    });

    private static void RequireReviewer(State current, EntityId reviewer)
    {
        if (!current.Evaluation.Reviewers.Contains(reviewer))
        {
            throw new DomainException(ErrorCodes.Forbidden, "您不是这个榜单的评审专家。", "reviewer");
        }
    }
}
