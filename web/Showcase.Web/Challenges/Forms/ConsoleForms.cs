using Showcase.Challenges;
using Showcase.Common;
using Showcase.Web.Layout;
using Showcase.Web.Listings;

namespace Showcase.Web.Challenges.Forms;

/// <summary>The next step of a challenge, with the note some steps need (撤榜原因, 验收结论).</summary>
public sealed class AdvanceForm
{
    public ChallengeStatus? To { get; set; }

    public string? Note { get; set; }
}

/// <summary>The boxes ticked in the bid table: the providers chosen to win (挂帅).</summary>
public sealed class AwardForm
{
    public string[] Winners { get; set => field = value ?? []; } = [];
}

/// <summary>
/// The evaluation settings as typed: the rubric one criterion per line (<c>名称：权重</c>), the experts ticked as
/// reviewers, and whether reviewers see bidders only by letter.
/// </summary>
public sealed class EvaluationForm
{
    public string? Rubric { get; set; }

    public string[] Reviewers { get; set => field = value ?? []; } = [];

    public bool Blind { get; set; }

    public static EvaluationForm From(ChallengeEvaluation evaluation) => new()
    {
        Rubric = RubricText(evaluation.Rubric),
        Reviewers = [.. evaluation.Reviewers.Select(r => r.Value)],
        Blind = evaluation.Blind,
    };

    /// <summary>The rubric; a weight it cannot read is named by <paramref name="weightLabel"/> (its line, from 1, and name).</summary>
    public IReadOnlyList<RubricCriterion> ToRubric(FormReader read, Func<int, string, string> weightLabel) => ReadRubric(Rubric, read, weightLabel);

    /// <summary>A rubric typed one criterion per line (<c>名称：权重</c>), each weight it cannot read reported by its line.</summary>
    public static IReadOnlyList<RubricCriterion> ReadRubric(string? text, FormReader read, Func<int, string, string> weightLabel) =>
        FormText.Lines(text).Select(FormText.Pair)
            .Select((pair, i) => new RubricCriterion(pair.Name, read.Int(pair.Value, "rubric", weightLabel(i + 1, pair.Name), "30") ?? 0))
            .ToArray();

    /// <summary>A rubric as it is typed back into its box.</summary>
    public static string RubricText(IEnumerable<RubricCriterion> rubric) => string.Join("\n", rubric.Select(c => $"{c.Name}：{c.Weight}"));

    public IReadOnlyList<EntityId> ToReviewers(FormReader read, string label) => read.Ids(Reviewers, "reviewers", label);
}

/// <summary>A reviewer's scores for one bid (one per rubric criterion, in its order) and comment.</summary>
public sealed class ReviewForm
{
    public string[] Scores { get; set => field = value ?? []; } = [];

    public string? Comment { get; set; }

    /// <summary>The scores in rubric order; one it cannot read is named by <paramref name="scoreLabel"/> (the criterion's name).</summary>
    public IReadOnlyList<int> ToScores(FormReader read, IReadOnlyList<RubricCriterion> rubric, Func<string, string> scoreLabel) =>
        rubric.Select((criterion, i) => read.Int(Scores.ElementAtOrDefault(i), "scores", scoreLabel(criterion.Name), "85") ?? -1).ToArray();
}

/// <summary>A question to the poster, with the id it was shown with, so sending it twice asks once.</summary>
public sealed class AskForm
{
    public string? Question { get; set; }

    public string OperationId { get; set; } = Guid.NewGuid().ToString("N");
}
