using GraphQL;
using GraphQL.Types;
using Showcase.Api.Challenges;
using Showcase.Api.GraphQL;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Programs;

namespace Showcase.Api.Programs;

public sealed class ProgramSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramType>>>>("programs")
            .Description("The pilot programs a call can be opened for, with their notices' rules.")
            .Resolve(_ => ProgramCatalog.Programs);

        query.Field<ApplicationFormType>("applicationForm")
            .Description("An application form (申报书) by code, as a program direction names it.")
            .Argument<NonNullGraphType<IdGraphType>>("code")
            .Resolve(ctx => ProgramCatalog.Forms.FirstOrDefault(f => f.Code == ctx.GetArgument<string>("code")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramCallSummaryType>>>>("programCalls")
            .Description("This portal's calls for applications, latest deadline first.")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().CallsAsync());

        query.Field<ProgramCallType>("programCall")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().FindCallAsync(ctx.GetArgument<string>("id")));

        query.Field<ProgramApplicationType>("programApplication")
            .Description("An application, for its applicant, the recommender it was submitted to, and curators; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IdGraphType>>("applicant")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().FindApplicationAsync(ctx.GetArgument<string>("call"), ctx.GetArgument<string>("applicant")));

        query.Field<ListGraphType<NonNullGraphType<ProgramHonourType>>>("programHonours")
            .Description("Directions organisations of this portal have won (curators).")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().HonoursAsync());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<ProgramCallType>("openProgramCall")
            .Description("Opens a call (批次) from a shipped program (curators). Pass `id` to make a retry open it once.")
            .Argument<NonNullGraphType<ProgramCallInputType>>("input")
            .Argument<IdGraphType>("id")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().OpenCallAsync(ctx.GetArgument<ProgramCallSetup>("input"), ctx.GetArgument<string?>("id")));

        mutation.Field<ProgramCallType>("setProgramCallRecommenders")
            .Description("Admits the recommenders of a call with their quotas (curators); replaces the list.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RecommenderSeatInputType>>>>("recommenders")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().SetRecommendersAsync(ctx.GetArgument<string>("call"),
                ctx.GetArgument<List<RecommenderSeat>>("recommenders"), ctx.GetArgument<int>("expectedVersion")));

        mutation.Field<ProgramApplicationType>("saveProgramApplication")
            .Description("Saves the signed-in member's organisation's application as a draft (`expectedVersion` 0 creates it; one project per applicant per call). Editing a submitted one takes it back to draft.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<ProgramApplicationInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().SaveApplicationAsync(ctx.GetArgument<string>("call"),
                ctx.GetArgument<ProgramApplicationContent>("input"), ctx.GetArgument<int>("expectedVersion")));

        mutation.Field<ProgramApplicationType>("submitProgramApplication")
            .Description("Submits the application to its recommender; `pledge` is the truthfulness pledge (真实性承诺) and must be true. Every rule is checked.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<BooleanGraphType>>("pledge")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().SubmitApplicationAsync(ctx.GetArgument<string>("call"),
                ctx.GetArgument<bool>("pledge"), ctx.GetArgument<int>("expectedVersion")));

        mutation.Field<ProgramApplicationType>("withdrawProgramApplication")
            .Description("Takes a submitted application back before the deadline.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().WithdrawApplicationAsync(ctx.GetArgument<string>("call")));

        mutation.Field<ProgramCallType>("recommendProgramApplications")
            .Description("A recommender's ranked list (排序) of the applications submitted to it, within its quota; replaces its earlier list.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("applicants")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().RecommendAsync(ctx.GetArgument<string>("call"), Ids(ctx.GetArgument<List<string>>("applicants"), "applicants")));

        mutation.Field<ProgramCallType>("setProgramCallEvaluation")
            .Description("Sets the rubric (weights adding up to 100) and the experts (reviewer logins) until the first score (curators).")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionInputType>>>>("rubric")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("reviewers")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().SetEvaluationAsync(ctx.GetArgument<string>("call"),
                ctx.GetArgument<List<RubricCriterion>>("rubric"), Ids(ctx.GetArgument<List<string>>("reviewers"), "reviewers")));

        mutation.Field<ProgramCallType>("startProgramReview")
            .Description("Closes applications and recommendations and starts the expert review, after the recommendation deadline (curators).")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().StartReviewAsync(ctx.GetArgument<string>("call")));

        mutation.Field<ProgramCallType>("reviewProgramApplication")
            .Description("The signed-in expert scores a recommended application, 0–100 per criterion in rubric order; again replaces it.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IdGraphType>>("applicant")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("scores")
            .Argument<StringGraphType>("comment", "Shown to the applicant after publication, without the expert's name.")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().ReviewAsync(ctx.GetArgument<string>("call"),
                Applicant(ctx), ctx.GetArgument<List<int>>("scores"), ctx.GetArgument<string?>("comment")));

        mutation.Field<ProgramCallType>("declareProgramConflict")
            .Description("The signed-in expert declares a conflict of interest with an applicant and is recused from it.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IdGraphType>>("applicant")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().DeclareConflictAsync(ctx.GetArgument<string>("call"), Applicant(ctx), ctx.GetArgument<string?>("note")));

        mutation.Field<ProgramCallType>("publishProgramResults")
            .Description("公示: publishes the chosen recommended applications and opens the objection period (curators).")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("winners")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().PublishAsync(ctx.GetArgument<string>("call"),
                Ids(ctx.GetArgument<List<string>>("winners"), "winners"), ctx.GetArgument<string?>("note")));

        mutation.Field<ProgramCallType>("objectToProgramResult")
            .Description("An objection (异议) to a listed project during the objection period (anyone signed in). Send the same `operationId` when retrying.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IdGraphType>>("applicant")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<NonNullGraphType<StringGraphType>>("operationId")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().ObjectAsync(ctx.GetArgument<string>("call"),
                Applicant(ctx), ctx.GetArgument<string>("text"), ctx.GetArgument<string>("operationId")));

        mutation.Field<ProgramCallType>("resolveProgramObjection")
            .Description("Upholds (the project leaves the list) or dismisses an objection, with the reason (curators).")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .Argument<NonNullGraphType<IdGraphType>>("objection")
            .Argument<NonNullGraphType<BooleanGraphType>>("upheld")
            .Argument<NonNullGraphType<StringGraphType>>("resolution")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().ResolveObjectionAsync(ctx.GetArgument<string>("call"),
                ctx.GetArgument<string>("objection"), ctx.GetArgument<bool>("upheld"), ctx.GetArgument<string>("resolution")));

        mutation.Field<ProgramCallType>("concludeProgramCall")
            .Description("Makes the list final after the objection period: honours recorded, winners in the showcase (示范工厂 as factories, others as case drafts). Safe to repeat.")
            .Argument<NonNullGraphType<IdGraphType>>("call")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().ConcludeAsync(ctx.GetArgument<string>("call")));

        mutation.Field<ListGraphType<NonNullGraphType<ProgramHonourType>>>("recordProgramHonours")
            .Description("Records directions organisations won earlier (curators), so they cannot apply for them again.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramHonourInputType>>>>("honours")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().RecordHonoursAsync(ctx.GetArgument<List<ProgramHonour>>("honours")));
    }

    private static EntityId Applicant(IResolveFieldContext context) => InputDictionaryExtensions.ParseId(context.GetArgument<string>("applicant"), "applicant");

    private static EntityId[] Ids(IEnumerable<string> ids, string field) => ids.Select(id => InputDictionaryExtensions.ParseId(id, field)).ToArray();
}
