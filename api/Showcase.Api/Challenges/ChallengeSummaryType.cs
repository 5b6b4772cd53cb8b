using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Reference;
using Showcase.Challenges;
using Showcase.Reference;

namespace Showcase.Api.Challenges;

public sealed class ChallengeSummaryType : ObjectGraphType<ChallengeSummary>
{
    public ChallengeSummaryType()
    {
        Name = "ChallengeSummary";
        Description = "One line of the challenge board.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(c => c.Title);
        Field<NonNullGraphType<ChallengeStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusLabel").Resolve(ctx => ChallengeLabels.Status(ctx.Source.Status));
        this.Term("industry", ReferenceData.Industries, c => c.Industry);
        this.Term("domain", ReferenceData.Domains, c => c.Domain);
        Field(c => c.BudgetMax, nullable: true).Description("万元.");
        Field(c => c.BidsDue, nullable: true);
        Field(c => c.Bids).Description("Bids not withdrawn.");
        Field(c => c.UpdatedAt);
    }
}

public sealed class ChallengeBoardPageType() : PageGraphType<ChallengeSummaryType, ChallengeSummary>("ChallengeBoardPage", "A page of the challenge board, newest change first.");
