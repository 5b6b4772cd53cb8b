using Showcase.Challenges;
using Showcase.Common;
using Showcase.Programs;

namespace Showcase.Api.Programs;

/// <summary>A recommended application as an expert sees it, with the expert's own scores.</summary>
public sealed record ReviewedApplication(ProgramApplicationSummary Application, IReadOnlyList<int>? MyScores, string? MyComment, bool Recused);

/// <summary>The review as curators (reviewers named) and the call's experts see it.</summary>
public sealed record ProgramEvaluationView(
    IReadOnlyList<RubricCriterion> Rubric,
    IReadOnlyList<EntityId>? Reviewers,
    IReadOnlyList<(ProgramApplicationSummary Application, BidRanking Ranking)> Ranking,
    IReadOnlyList<ReviewedApplication> Applications);
