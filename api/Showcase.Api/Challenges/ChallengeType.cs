using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.Files;
using Showcase.Api.GraphQL;
using Showcase.Api.GraphQL.Batching;
using Showcase.Api.Localization;
using Showcase.Api.Reference;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Reference;

namespace Showcase.Api.Challenges;

public sealed class ChallengeIndicatorType : ObjectGraphType<ChallengeIndicator>
{
    public ChallengeIndicatorType()
    {
        Name = "ChallengeIndicator";
        Field(i => i.Name);
        Field(i => i.Target);
        Field(i => i.Unit, nullable: true);
    }
}

public sealed class ChallengeEligibilityType : ObjectGraphType<ChallengeEligibility>
{
    public ChallengeEligibilityType()
    {
        Name = "ChallengeEligibility";
        this.Terms("applicantKinds", ReferenceData.ApplicantKinds, e => e.ApplicantKinds);
        this.Terms("provinces", ReferenceData.Provinces, e => e.Provinces);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("qualifications").Resolve(ctx => ctx.Source.Qualifications);
        Field(e => e.MinDeliveredCases);
    }
}

public sealed class BidSummaryType : ObjectGraphType<BidSummary>
{
    public BidSummaryType()
    {
        Name = "BidSummary";
        Field<NonNullGraphType<IdGraphType>>("provider").Resolve(ctx => ctx.Source.Provider.Value);
        Field<NonNullGraphType<StringGraphType>>("providerName").Resolve(ctx => ProviderNames.Of(ctx, ctx.Source.Provider));
        Field<NonNullGraphType<BidStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(b => b.Version);
        Field(b => b.UpdatedAt);
    }
}

public sealed class ChallengeType : ObjectGraphType<ChallengeSnapshot>
{
    public ChallengeType()
    {
        Name = "Challenge";
        Description = "A 揭榜挂帅 challenge (榜单).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<StringGraphType>("title").Resolve(ctx => ctx.Source.Content.Title);
        Field<StringGraphType>("background").Resolve(ctx => ctx.Source.Content.Background);
        Field<StringGraphType>("goals").Resolve(ctx => ctx.Source.Content.Goals);
        Field<NonNullGraphType<EnglishTextType>>("english").Description("Title, goals (as summary) and background (as body) in English, where written.").Resolve(ctx => ctx.Source.Content.English);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChallengeIndicatorType>>>>("indicators").Resolve(ctx => ctx.Source.Content.Indicators);
        Field<NonNullGraphType<ChallengeEligibilityType>>("eligibility").Resolve(ctx => ctx.Source.Content.Eligibility);
        Field<DecimalGraphType>("budgetMin").Description("万元.").Resolve(ctx => ctx.Source.Content.BudgetMin);
        Field<DecimalGraphType>("budgetMax").Description("万元.").Resolve(ctx => ctx.Source.Content.BudgetMax);
        Field<DateTimeOffsetGraphType>("questionsDue").Resolve(ctx => ctx.Source.Content.QuestionsDue);
        Field<DateTimeOffsetGraphType>("bidsDue").Resolve(ctx => ctx.Source.Content.BidsDue);
        Field<DateTimeOffsetGraphType>("evaluationDue").Resolve(ctx => ctx.Source.Content.EvaluationDue);
        Field<DateTimeOffsetGraphType>("deliveryDue").Resolve(ctx => ctx.Source.Content.DeliveryDue);
        this.Term("industry", ReferenceData.Industries, c => c.Content.Industry);
        this.Term("domain", ReferenceData.Domains, c => c.Content.Domain);
        this.Terms("scenes", ReferenceData.Scenes, c => c.Content.Scenes);
        this.Terms("technologies", ReferenceData.Technologies, c => c.Content.Technologies);
        this.Term("province", ReferenceData.Provinces, c => c.Content.Province);
        Field<NonNullGraphType<ChallengeStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusLabel").Description("草稿, 揭榜中, …").Resolve(ctx => ChallengeLabels.Status(ctx.Source.Status));
        Field(c => c.StatusNote, nullable: true);
        Field(c => c.Version).Description("Pass it back as `expectedVersion` when editing.");
        Field(c => c.OpenedAt, nullable: true);
        Field(c => c.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("bidCount").Description("Bids not withdrawn.").Resolve(ctx => ctx.Source.StandingBids.Count());
        Field<ListGraphType<NonNullGraphType<BidSummaryType>>>("bids")
            .Description("Every bid's summary, for the challenge's managers; null for anyone else.")
            .Resolve(ctx => ctx.Service<ChallengeService>().CanManage(ctx.Source) ? ctx.Source.Bids : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChallengeQuestionType>>>>("questions")
            .Description("答疑: answered questions for everyone who sees the challenge; unanswered ones too for its managers.")
            .Resolve(ctx =>
            {
                var manager = ctx.Service<ChallengeService>().CanManage(ctx.Source);
                return ctx.Source.Questions.Where(q => manager || q.Answer is not null).Select(q => new QuestionView(q, manager));
            });
        Field<EvaluationViewType>("evaluation")
            .Description("For the challenge's managers and reviewers; null for anyone else.")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().EvaluationAsync(ctx.Source));
        Field<BidFeedbackType>("feedback")
            .Description("After the award, a bidder's per-criterion result, for that provider's members only.")
            .Argument<NonNullGraphType<IdGraphType>>("provider")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().FeedbackAsync(ctx.Source, InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChallengeMilestoneType>>>>("milestones")
            .Description("Delivery milestones and the winners' reports.").Resolve(ctx => ctx.Source.Milestones);
        Field<BidType>("bid")
            .Description("One provider's bid, for that provider's members and the challenge's managers; null otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("provider")
            .ResolveAsync(async ctx => await ctx.Service<ChallengeService>().FindBidAsync(ctx.Source, InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("provider"), "provider")));
    }
}

public sealed class BidType : ObjectGraphType<BidSnapshot>
{
    public BidType()
    {
        Name = "Bid";
        Description = "A provider's bid (揭榜方案); only its bidder and the challenge's managers see it.";
        Field<NonNullGraphType<IdGraphType>>("challenge").Resolve(ctx => ctx.Source.Challenge.Id.Value);
        Field<NonNullGraphType<IdGraphType>>("provider").Resolve(ctx => ctx.Source.Provider.Value);
        Field<NonNullGraphType<StringGraphType>>("providerName").Resolve(ctx => ProviderNames.Of(ctx, ctx.Source.Provider));
        Field<NonNullGraphType<BidStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("proposal").Resolve(ctx => ctx.Source.Content.Proposal);
        Field<DecimalGraphType>("price").Description("万元.").Resolve(ctx => ctx.Source.Content.Price);
        Field<StringGraphType>("schedule").Resolve(ctx => ctx.Source.Content.Schedule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("team").Resolve(ctx => ctx.Source.Content.Team);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("referencedCases").Resolve(ctx => ctx.Source.Content.ReferencedCases.Select(c => c.Value));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentType>>>>("files").Description("方案附件.").Resolve(ctx => ctx.Source.Content.Files);
        Field(b => b.Version);
        Field(b => b.SubmittedAt);
        Field(b => b.UpdatedAt);
    }
}

public sealed class ProviderBidType : ObjectGraphType<ProviderBid>
{
    public ProviderBidType()
    {
        Name = "ProviderBid";
        Field<NonNullGraphType<ChallengeType>>("challenge").Resolve(ctx => ctx.Source.Challenge);
        Field<NonNullGraphType<BidType>>("bid").Resolve(ctx => ctx.Source.Bid);
    }
}

/// <summary>A bidder's name on an item of a list: the names the list's items ask for are read together, each once.</summary>
internal static class ProviderNames
{
    public static IDataLoaderResult<string?> Of(IResolveFieldContext context, EntityId provider) =>
        context.Batched<EntityId, string>("provider-name", provider, (services, id) => services.GetRequiredService<ChallengeService>().ProviderNameAsync(id));
}
