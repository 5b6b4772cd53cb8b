using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Listings;
using Showcase.Titles;

namespace Showcase.Api.Titles;

public static class TitleMutationExtensions
{
    /// <summary><c>advance{Entity}Title</c> and <c>report{Entity}Progress</c>, the same for factories and pilot zones.</summary>
    public static void TitleStepFields<TGraphType, TService, TSnapshot>(this ObjectGraphType mutation, string entity, string noun)
        where TGraphType : IGraphType
        where TService : TitledService<TSnapshot>
        where TSnapshot : class, ICatalogSnapshot
    {
        mutation.Field<TGraphType>($"advance{entity}Title")
            .Description($"A curator takes one step of the {noun}'s title: select, recognise, reject, keep or revoke, dated and explained. INVALID_TRANSITION when the step does not follow from the current status; repeating the last step is harmless.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TitleDecisionInputType>>("decision")
            .ResolveAsync(async ctx => await ctx.Service<TService>().AdvanceTitleAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<TitleDecision>("decision")));

        mutation.Field<TGraphType>($"report{entity}Progress")
            .Description($"The {noun}'s owner or a curator files a progress report (实施进展情况) for a period; the same period twice is refused unless identical.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("period", "The period, e.g. 2026年上半年.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What was done.")
            .ResolveAsync(async ctx => await ctx.Service<TService>().ReportProgressAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<string>("period"), ctx.GetArgument<string>("text")));
    }
}
