using GraphQL.Types;
using Showcase.Api.Files;
using Showcase.Api.GraphQL;
using Showcase.Challenges;

namespace Showcase.Api.Challenges;

public sealed class RubricCriterionType : ObjectGraphType<RubricCriterion>
{
    public RubricCriterionType()
    {
        Name = "RubricCriterion";
        Field(c => c.Name);
        Field(c => c.Weight).Description("Weights of a rubric add up to 100.");
        Field(c => c.Guidance, nullable: true);
    }
}

public sealed class RubricCriterionInputType : InputObjectGraphType<RubricCriterion>
{
    public RubricCriterionInputType()
    {
        Name = "RubricCriterionInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<IntGraphType>>("weight");
        Field<StringGraphType>("guidance");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RubricCriterion(value.String("name") ?? "", value.Int("weight") ?? 0, value.String("guidance"));
}

public sealed class ReviewedBidType : ObjectGraphType<ReviewedBid>
{
    public ReviewedBidType()
    {
        Name = "ReviewedBid";
        Description = "A bid to evaluate. In blind mode reviewers see it under a letter, never the bidder's id.";
        Field(b => b.Bidder).Description("The bidder's id, or a letter (A, B, …) in blind mode; pass it to `reviewBid`.");
        Field<NonNullGraphType<StringGraphType>>("bidderName").Description("What to show people: the provider's name, or the letter in blind mode.").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("proposal").Resolve(ctx => ctx.Source.Bid.Content.Proposal);
        Field<DecimalGraphType>("price").Resolve(ctx => ctx.Source.Bid.Content.Price);
        Field<StringGraphType>("schedule").Resolve(ctx => ctx.Source.Bid.Content.Schedule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("team").Resolve(ctx => ctx.Source.Bid.Content.Team);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentType>>>>("files").Description("方案附件, as uploaded (in blind mode too: bidders are asked not to name themselves in them).").Resolve(ctx => ctx.Source.Bid.Content.Files);
        Field<NonNullGraphType<BidStatusType>>("status").Resolve(ctx => ctx.Source.Bid.Status);
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("myScores").Description("The caller's scores, rubric order.").Resolve(ctx => ctx.Source.MyScores);
        Field(b => b.MyComment, nullable: true);
        Field(b => b.Recused).Description("The caller declared a conflict with this bidder.");
    }
}

public sealed class RankedBidType : ObjectGraphType<RankedBid>
{
    public RankedBidType()
    {
        Name = "RankedBid";
        Field(b => b.Bidder);
        Field<NonNullGraphType<StringGraphType>>("bidderName").Description("What to show people: the provider's name, or the letter in blind mode.").Resolve(ctx => ctx.Source.Name);
        Field(b => b.Total).Description("Weighted total, 0–100.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecimalGraphType>>>>("averages").Description("Per criterion, rubric order.").Resolve(ctx => ctx.Source.Averages);
        Field(b => b.Reviews);
    }
}

public sealed class EvaluationViewType : ObjectGraphType<EvaluationView>
{
    public EvaluationViewType()
    {
        Name = "ChallengeEvaluation";
        Description = "The evaluation, for the challenge's managers and its reviewers.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionType>>>>("rubric").Resolve(ctx => ctx.Source.Rubric);
        Field(e => e.Blind);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("reviewers").Description("Managers only.").Resolve(ctx => ctx.Source.Reviewers?.Select(r => r.Value));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankedBidType>>>>("ranking").Resolve(ctx => ctx.Source.Ranking);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewedBidType>>>>("bids").Resolve(ctx => ctx.Source.Bids);
    }
}

public sealed class BidFeedbackType : ObjectGraphType<EvaluationFeedback>
{
    public BidFeedbackType()
    {
        Name = "BidFeedback";
        Description = "A reviewed bidder's (after the award) or applicant's (after publication) result: per-criterion averages, total, rank and the reviewers' comments (without names).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionType>>>>("rubric").Resolve(ctx => ctx.Source.Rubric);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecimalGraphType>>>>("averages").Resolve(ctx => ctx.Source.Averages);
        Field(f => f.Total, nullable: true);
        Field(f => f.Rank, nullable: true);
        Field(f => f.Reviewed).Description("How many bids were reviewed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("comments").Resolve(ctx => ctx.Source.Comments);
    }
}

/// <summary>A question as the caller sees it: who asked only for the challenge's managers.</summary>
public sealed record QuestionView(ChallengeQuestion Question, bool ShowsAsker);

public sealed class ChallengeQuestionType : ObjectGraphType<QuestionView>
{
    public ChallengeQuestionType()
    {
        Name = "ChallengeQuestion";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Question.Id);
        Field<NonNullGraphType<StringGraphType>>("question").Resolve(ctx => ctx.Source.Question.Text);
        Field<StringGraphType>("answer").Resolve(ctx => ctx.Source.Question.Answer);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("askedAt").Resolve(ctx => ctx.Source.Question.AskedAt);
        Field<DateTimeOffsetGraphType>("answeredAt").Resolve(ctx => ctx.Source.Question.AnsweredAt);
        Field<IdGraphType>("askedBy").Description("The asking provider, for the challenge's managers only.")
            .Resolve(ctx => ctx.Source.ShowsAsker ? ctx.Source.Question.Provider.Value : null);
        Field<StringGraphType>("askedByName").Description("The asking provider's name, for the challenge's managers only.")
            .ResolveAsync(async ctx => ctx.Source.ShowsAsker ? await ctx.Service<ChallengeService>().ProviderNameAsync(ctx.Source.Question.Provider) : null);
    }
}

public sealed class ChallengeMilestoneType : ObjectGraphType<ChallengeMilestone>
{
    public ChallengeMilestoneType()
    {
        Name = "ChallengeMilestone";
        Field(m => m.Title);
        Field(m => m.Due);
        Field(m => m.Report, nullable: true).Description("The winner's report, once made.");
        Field(m => m.ReportedAt, nullable: true);
    }
}

public sealed class ChallengeMilestoneInputType : InputObjectGraphType<ChallengeMilestone>
{
    public ChallengeMilestoneInputType()
    {
        Name = "ChallengeMilestoneInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<DateOnlyGraphType>>("due");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ChallengeMilestone(value.String("title") ?? "", value.TryGetValue("due", out var due) && due is DateOnly d ? d : default);
}
