using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Challenges;

namespace Showcase.Api.Challenges;

public sealed class ChallengeSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<ChallengeType>("challenge")
            .Description("One challenge (榜单) of this portal, or null when there is none the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().FindAsync(ctx.GetArgument<string>("id")));

        query.Field<ChallengeBoardPageType>("challenges")
            .Description("The challenge board: opened challenges for everyone, drafts for their posters and curators, newest change first.")
            .Argument<ListGraphType<NonNullGraphType<ChallengeStatusType>>>("statuses", "Only these statuses.")
            .Argument<StringGraphType>("industry", "Only this industry code.")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().BoardAsync(new ChallengeBoardQuery(
                ctx.GetArgument<List<ChallengeStatus>?>("statuses"), ctx.GetArgument<string?>("industry"), ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take"))));

        query.Field<ListGraphType<NonNullGraphType<ProviderBidType>>>("myBids")
            .Description("The challenges a provider has bid on, newest first, with its bid; for that provider's members.")
            .Argument<NonNullGraphType<IdGraphType>>("provider")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().BidsOfAsync(InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider")));

        query.Field<ListGraphType<NonNullGraphType<RecommendedChallengeType>>>("recommendedChallenges")
            .Description("For a provider's members: the open challenges it fits best, with why.")
            .Argument<NonNullGraphType<IdGraphType>>("provider")
            .Argument<NonNullGraphType<IntGraphType>>("first", "1 to 50.", a => a.DefaultValue = 10)
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().RecommendedForAsync(
                InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider"), ctx.GetArgument<int>("first")));

        query.Field<ListGraphType<NonNullGraphType<ProviderMatchType>>>("challengeMatches")
            .Description("For a challenge's managers: the listed providers that fit it best, each with why.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("first", "1 to 50.", a => a.DefaultValue = 20)
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().MatchesAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<int>("first")));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<ChallengeType>("createChallenge")
            .Description("Posts a draft challenge (organisers; enterprise members where the portal allows). Pass `id` to make a retry create it once.")
            .Argument<NonNullGraphType<ChallengeContentInputType>>("input")
            .Argument<IdGraphType>("id")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().CreateAsync(ctx.GetArgument<ChallengeContent>("input"), ctx.GetArgument<string?>("id")));

        mutation.Field<ChallengeType>("editChallenge")
            .Description("Edits a draft or open challenge; bids on an open one must then be renewed (their bidders are told). VERSION_CONFLICT when it changed since `expectedVersion`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<ChallengeContentInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().EditAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<ChallengeContent>("input"), ctx.GetArgument<int>("expectedVersion")));

        mutation.DeleteDraftField<ChallengeService>(
            "Challenge",
            "Deletes a draft that was never opened, for good (its poster or a curator); answers its id. An opened challenge is cancelled with advanceChallenge instead (INVALID_TRANSITION).",
            (service, id) => service.DeleteDraftAsync(id));

        mutation.Field<ChallengeType>("openChallenge")
            .Description("发榜: opens the challenge for bids and tells the best-matching providers.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().OpenAsync(ctx.GetArgument<string>("id")));

        mutation.Field<ChallengeType>("advanceChallenge")
            .Description("Moves the challenge on: CLOSED, EVALUATING, DELIVERING, ACCEPTED, FAILED or CANCELLED. ACCEPTED needs the acceptance conclusion as note, FAILED and CANCELLED the reason. Accepting drafts a case per winning bid (indicators as metrics, the conclusion, the provider and the poster's factory) and tells the winner where it is.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ChallengeStatusType>>("to")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().AdvanceAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<ChallengeStatus>("to"), ctx.GetArgument<string?>("note")));

        mutation.Field<ChallengeType>("awardChallenge")
            .Description("挂帅: the winning bids of an evaluating challenge; every bidder is told.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("providers")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().AwardAsync(ctx.GetArgument<string>("id"),
                ctx.GetArgument<List<string>>("providers").Select(p => InputDictionaryExtensions.ParseId(p, "providers")).ToArray(), ctx.GetArgument<string?>("note")));

        mutation.Field<BidType>("submitBid")
            .Description("揭榜: submits or revises a provider's bid before the deadline (eligibility is checked). Send the same `operationId` when retrying: the bid is stored once.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<IdGraphType>>("provider", "The provider you bid for (you must belong to it).")
            .Argument<NonNullGraphType<StringGraphType>>("operationId", "Chosen by the client per submission, the same on every retry.")
            .Argument<NonNullGraphType<BidContentInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().SubmitBidAsync(ctx.GetArgument<string>("challenge"),
                InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider"), ctx.GetArgument<BidContent>("input"), ctx.GetArgument<string>("operationId")));

        mutation.Field<BidType>("withdrawBid")
            .Description("Withdraws a provider's bid before the deadline.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<IdGraphType>>("provider")
            .Argument<NonNullGraphType<StringGraphType>>("operationId")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().WithdrawBidAsync(ctx.GetArgument<string>("challenge"),
                InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider"), ctx.GetArgument<string>("operationId")));

        mutation.Field<ChallengeQuestionType>("askQuestion")
            .Description("A bidder's question (for one of the caller's providers); the same `operationId` again asks nothing new.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<IdGraphType>>("provider")
            .Argument<NonNullGraphType<StringGraphType>>("question")
            .Argument<NonNullGraphType<StringGraphType>>("operationId")
            .ResolveAsync(async ctx => new QuestionView(await ctx.Service<ChallengeService>().AskAsync(ctx.GetArgument<string>("challenge"),
                InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider"), ctx.GetArgument<string>("question"), ctx.GetArgument<string>("operationId")), ShowsAsker: true));

        mutation.Field<ChallengeType>("answerQuestion")
            .Description("The poster's answer, for every bidder; they are told.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<IdGraphType>>("questionId")
            .Argument<NonNullGraphType<StringGraphType>>("answer")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().AnswerAsync(ctx.GetArgument<string>("challenge"), ctx.GetArgument<string>("questionId"), ctx.GetArgument<string>("answer")));

        mutation.Field<ChallengeType>("setChallengeEvaluation")
            .Description("The rubric (weights adding up to 100), the reviewers (logins with the REVIEWER role) and blind mode, before evaluation starts.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionInputType>>>>("rubric")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("reviewers")
            .Argument<NonNullGraphType<BooleanGraphType>>("blind", a => a.DefaultValue = false)
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().SetEvaluationAsync(ctx.GetArgument<string>("challenge"),
                ctx.GetArgument<List<RubricCriterion>>("rubric"), ctx.GetArgument<List<string>>("reviewers").Select(r => InputDictionaryExtensions.ParseId(r, "reviewers")).ToArray(),
                ctx.GetArgument<bool>("blind")));

        mutation.Field<ChallengeType>("declareConflict")
            .Description("The signed-in reviewer declares a conflict of interest with a bidder and is recused from that bid.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<StringGraphType>>("bidder", "As `evaluation.bids.bidder` shows it (a letter in blind mode).")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().DeclareConflictAsync(ctx.GetArgument<string>("challenge"),
                ctx.GetArgument<string>("bidder"), ctx.GetArgument<string?>("note")));

        mutation.Field<ChallengeType>("reviewBid")
            .Description("The signed-in reviewer scores a bid, 0–100 per criterion in rubric order, with a comment for the bidder; again replaces the review.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<StringGraphType>>("bidder", "As `evaluation.bids.bidder` shows it (a letter in blind mode).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("scores")
            .Argument<StringGraphType>("comment")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().ReviewAsync(ctx.GetArgument<string>("challenge"),
                ctx.GetArgument<string>("bidder"), ctx.GetArgument<List<int>>("scores"), ctx.GetArgument<string?>("comment")));

        mutation.Field<ChallengeType>("planMilestones")
            .Description("Delivery milestones (after the award), each no later than the delivery deadline; reports already made stay with their milestone.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ChallengeMilestoneInputType>>>>("milestones")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().PlanMilestonesAsync(ctx.GetArgument<string>("challenge"), ctx.GetArgument<List<ChallengeMilestone>>("milestones")));

        mutation.Field<ChallengeType>("reportMilestone")
            .Description("A winning provider reports on milestone `milestone` (0-based) during delivery.")
            .Argument<NonNullGraphType<IdGraphType>>("challenge")
            .Argument<NonNullGraphType<IdGraphType>>("provider")
            .Argument<NonNullGraphType<IntGraphType>>("milestone")
            .Argument<NonNullGraphType<StringGraphType>>("report")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().ReportMilestoneAsync(ctx.GetArgument<string>("challenge"),
                InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider"), ctx.GetArgument<int>("milestone"), ctx.GetArgument<string>("report")));
    }
}
