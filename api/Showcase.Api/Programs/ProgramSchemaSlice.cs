using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
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
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().RecommendAsync(ctx.GetArgument<string>("call"),
                ctx.GetArgument<List<string>>("applicants").Select(a => InputDictionaryExtensions.ParseId(a, "applicants")).ToArray()));

        mutation.Field<ListGraphType<NonNullGraphType<ProgramHonourType>>>("recordProgramHonours")
            .Description("Records directions organisations won earlier (curators), so they cannot apply for them again.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramHonourInputType>>>>("honours")
            .ResolveAsync(async ctx => await ctx.Service<ProgramService>().RecordHonoursAsync(ctx.GetArgument<List<ProgramHonour>>("honours")));
    }
}
