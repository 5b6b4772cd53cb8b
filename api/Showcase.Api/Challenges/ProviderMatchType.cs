using GraphQL.Types;
using Showcase.Catalog.Matching;

namespace Showcase.Api.Challenges;

public sealed class ProviderMatchType : ObjectGraphType<ProviderMatch>
{
    public ProviderMatchType()
    {
        Name = "ProviderMatch";
        Description = "A provider that fits a challenge, with why: each part is 0–1 and counts with its weight; the score is 0–100.";
        Field<NonNullGraphType<IdGraphType>>("provider").Resolve(ctx => ctx.Source.Provider.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Provider.Name);
        Field(m => m.Score);
        Field<NonNullGraphType<FloatGraphType>>("industry").Description("Same industry (weight 0.30).").Resolve(ctx => ctx.Source.Explanation.Industry);
        Field<NonNullGraphType<FloatGraphType>>("domain").Description("Same domain (0.20).").Resolve(ctx => ctx.Source.Explanation.Domain);
        Field<NonNullGraphType<FloatGraphType>>("technology").Description("Share of the challenge's technologies it offers (0.15).").Resolve(ctx => ctx.Source.Explanation.Technology);
        Field<NonNullGraphType<FloatGraphType>>("similarCases").Description("How like the challenge its three closest delivered cases are (0.20).").Resolve(ctx => ctx.Source.Explanation.SimilarCaseScore);
        Field<NonNullGraphType<FloatGraphType>>("region").Description("Same province as the work (0.05).").Resolve(ctx => ctx.Source.Explanation.Region);
        Field<NonNullGraphType<FloatGraphType>>("trackRecord").Description("Published cases delivered, 10 or more counting fully (0.10).").Resolve(ctx => ctx.Source.Explanation.TrackRecord);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTechnologies").Resolve(ctx => ctx.Source.Explanation.SharedTechnologies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("similarCaseIds").Resolve(ctx => ctx.Source.Explanation.SimilarCases.Select(c => c.Id));
        Field<NonNullGraphType<IntGraphType>>("deliveredCases").Resolve(ctx => ctx.Source.Explanation.DeliveredCases);
    }
}

public sealed class RecommendedChallengeType : ObjectGraphType<(Showcase.Challenges.ChallengeSnapshot Challenge, ProviderMatch Match)>
{
    public RecommendedChallengeType()
    {
        Name = "RecommendedChallenge";
        Description = "An open challenge a provider fits, with why (the same scoring as `challengeMatches`).";
        Field<NonNullGraphType<ChallengeType>>("challenge").Resolve(ctx => ctx.Source.Challenge);
        Field<NonNullGraphType<ProviderMatchType>>("match").Resolve(ctx => ctx.Source.Match);
    }
}
