using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Pictures;
using Showcase.Providers;

namespace Showcase.Api.Providers;

public sealed class ProviderSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<ProviderType>("provider")
            .Description("One solution provider, or null when there is none with this id that the caller may see. List them with `providers`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ProviderService>().FindAsync(ctx.GetArgument<string>("id")));

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<ProviderType>("registerProvider")
            .Description("Registers a solution provider (not yet listed). Pass `id` to make a retried request register it only once.")
            .Argument<NonNullGraphType<ProviderProfileInputType>>("input")
            .Argument<IdGraphType>("id", "Optional id chosen by the client.")
            .ResolveAsync(async ctx => await ctx.Service<ProviderService>().RegisterAsync(ctx.GetArgument<ProviderProfile>("input"), ctx.GetArgument<string?>("id")));

        mutation.Field<ProviderType>("editProvider")
            .Description("Replaces a provider's profile. VERSION_CONFLICT when someone changed it since `expectedVersion`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<ProviderProfileInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<ProviderService>().EditAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<ProviderProfile>("input"), ctx.GetArgument<int>("expectedVersion"), keepPictures: true));

        mutation.Field<ProviderType>("listProvider")
            .Description("A curator lists a provider in the public catalog once its profile is complete. Listing twice changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<ProviderService>().ListAsync(ctx.GetArgument<string>("id")));

        mutation.Field<ProviderType>("delistProvider")
            .Description("A curator takes a provider out of the catalog, with the reason.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "At most 500 characters.")
            .ResolveAsync(async ctx => await ctx.Service<ProviderService>().DelistAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<string>("reason")));

        mutation.SetPicturesField<ProviderType>("setProviderPictures", "provider", async (ctx, id, pictures, version) => await ctx.Service<ProviderService>().SetPicturesAsync(id, pictures, version));
    }
}
