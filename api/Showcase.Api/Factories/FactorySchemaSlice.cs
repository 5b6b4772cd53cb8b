using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Pictures;
using Showcase.Api.Titles;
using Showcase.Factories;

namespace Showcase.Api.Factories;

public sealed class FactorySchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<FactoryType>("factory")
            .Description("One demonstration factory, or null when there is none with this id that the caller may see. List them with `factories`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<FactoryService>().FindAsync(ctx.GetArgument<string>("id")));

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<FactoryType>("declareFactory")
            .Description("Declares a demonstration factory (申报). Pass `id` to make a retried request declare it only once.")
            .Argument<NonNullGraphType<FactoryProfileInputType>>("input")
            .Argument<DateOnlyGraphType>("on", "The declaration date; today when left out.")
            .Argument<IdGraphType>("id", "Optional id chosen by the client.")
            .ResolveAsync(async ctx => await ctx.Service<FactoryService>().DeclareAsync(
                ctx.GetArgument<FactoryProfile>("input"), ctx.GetArgument<DateOnly?>("on"), ctx.GetArgument<string?>("id")));

        mutation.Field<FactoryType>("editFactory")
            .Description("Replaces a factory's profile. VERSION_CONFLICT when someone changed it since `expectedVersion`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<FactoryProfileInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<FactoryService>().EditAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<FactoryProfile>("input"), ctx.GetArgument<int>("expectedVersion"), keepPictures: true));

        mutation.TitleStepFields<FactoryType, FactoryService, FactorySnapshot>("Factory", "factory");

        mutation.SetPicturesField<FactoryType>("setFactoryPictures", "factory", async (ctx, id, pictures, version) => await ctx.Service<FactoryService>().SetPicturesAsync(id, pictures, version));
    }
}
