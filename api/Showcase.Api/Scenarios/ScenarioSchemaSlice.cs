using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Pictures;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

public sealed class ScenarioSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<ScenarioType>("scenario")
            .Description("One scenario of this portal, or null when there is none with this id that the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().FindAsync(ctx.GetArgument<string>("id")));

        query.Field<ScenarioPageType>("scenarios")
            .Description("The scenarios of this portal the caller may see (published ones, their own drafts; curators see all), newest change first, a page at a time (null with an error when the paging arguments are out of range).")
            .Argument<ScenarioStatusType>("status", "Only scenarios in this status.")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().ListAsync(new ScenarioListQuery(
                ctx.GetArgument<ScenarioStatus?>("status"), ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take"))));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<ScenarioType>("createScenario")
            .Description("Creates a draft scenario. Pass `id` to make a retried request create it only once.")
            .Argument<NonNullGraphType<ScenarioContentInputType>>("input")
            .Argument<IdGraphType>("id", "Optional id chosen by the client: lowercase letters, digits and dashes.")
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().CreateDraftAsync(
                ctx.GetArgument<ScenarioContent>("input"), ctx.GetArgument<string?>("id")));

        mutation.Field<ScenarioType>("editScenario")
            .Description("Replaces a scenario's content. Fails with VERSION_CONFLICT when someone changed it since `expectedVersion`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The `version` you edited.")
            .Argument<NonNullGraphType<ScenarioContentInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().EditAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<ScenarioContent>("input"), ctx.GetArgument<int>("expectedVersion"), keepPictures: true));

        mutation.SetPicturesField<ScenarioType>("setScenarioPictures", PictureOwner.ScenarioKind, async (ctx, id, pictures, version) => await ctx.Service<ScenarioService>().SetPicturesAsync(id, pictures, version));

        mutation.DeleteDraftField<ScenarioService>(
            "Scenario",
            "Deletes a draft that was never published, for good (its owner or a curator); answers its id. A published scenario is taken off with unpublishScenario instead (INVALID_TRANSITION).",
            (service, id) => service.DeleteDraftAsync(id));

        mutation.Field<ScenarioType>("publishScenario")
            .Description("Publishes a scenario to the portal's catalog. Publishing a published scenario changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().PublishAsync(ctx.GetArgument<string>("id")));

        mutation.Field<ScenarioType>("unpublishScenario")
            .Description("Takes a scenario off the catalog. It can be edited and published again.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ScenarioService>().UnpublishAsync(ctx.GetArgument<string>("id")));
    }
}
