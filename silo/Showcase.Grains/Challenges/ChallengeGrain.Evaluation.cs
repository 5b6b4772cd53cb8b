using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Rules;

namespace Showcase.Grains.Challenges;

internal sealed partial class ChallengeGrain
{
    public Task<ChallengeSnapshot> SetEvaluationAsync(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<EntityId> reviewers, bool blind, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status is not (ChallengeStatus.Draft or ChallengeStatus.Open or ChallengeStatus.Closed))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("EvaluationFixed", ChallengeLabels.Status(current.Status)));
        }

        (rubric, reviewers) = EvaluationRules.Setup(rubric, reviewers);
        var evaluation = current.Evaluation with { Rubric = rubric, Reviewers = reviewers, Blind = blind };
        return await SaveAsync(Changed(current with { Evaluation = evaluation }, by, "设置评审",
            $"{rubric.Count} 项标准，{reviewers.Count} 位专家{(blind ? "，盲评" : "")}"));
    });

    public Task<ChallengeSnapshot> DeclareConflictAsync(EntityId reviewer, EntityId provider, string? note, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        var evaluation = EvaluationRules.WithConflict(current.Evaluation, reviewer, provider, note, clock.GetUtcNow());
        return evaluation == current.Evaluation
            ? Committed!
            : await SaveAsync(Changed(current with { Evaluation = evaluation }, by, "利益冲突回避", $"{reviewer} 回避 {provider}"));
    });

    public Task<ChallengeSnapshot> ReviewAsync(BidReview review, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        if (current.Status != ChallengeStatus.Evaluating)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("NoScoringNow", ChallengeLabels.Status(current.Status)));
        }

        var evaluation = EvaluationRules.WithReview(current.Evaluation, review,
            _bids.GetValueOrDefault(review.Provider.Value) is { Status: BidStatus.Submitted }, Sentence.Of("NoBidToScore"), clock.GetUtcNow());
        return await SaveAsync(current with { Evaluation = evaluation });
    });
}
