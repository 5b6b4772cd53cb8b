using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Listings;

namespace Showcase.Api.Listings;

/// <summary>The four catalog listings (cases, factories, pilot zones, providers) and the map, with one set of filters, sorts and cursors.</summary>
public sealed class CatalogSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        Listing(query, "cases", CatalogKind.Case, "案例");
        Listing(query, "factories", CatalogKind.Factory, "示范工厂");
        Listing(query, "pilotZones", CatalogKind.PilotZone, "先行区");
        Listing(query, "providers", CatalogKind.Provider, "解决方案供应商");

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceCountType>>>>("catalogMap")
            .Description("Every province with how many demonstration factories, pilot zones and cases the caller may see there, for the map of China.")
            .Argument<CatalogFilterInputType>("filter")
            .ResolveAsync(async ctx => await ctx.Service<CatalogMap>().CountAsync(ctx.GetArgument<CatalogQuery?>("filter") ?? new CatalogQuery()));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
    }

    private static void Listing(ObjectGraphType query, string name, CatalogKind kind, string noun) =>
        query.Field<CatalogPageType>(name)
            .Description($"The {noun} of this portal the caller may see (public ones, their own; curators see all), filtered, sorted and a page at a time (null with INVALID_PAGING when `first` or `after` is out of range).")
            .Argument<CatalogFilterInputType>("filter")
            .Argument<NonNullGraphType<CatalogSortType>>("sort", "The order.", a => a.DefaultValue = CatalogSort.Newest)
            .Argument<NonNullGraphType<IntGraphType>>("first", "How many to return, 1 to 100.", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page.")
            .ResolveAsync(async ctx => await ctx.Service<CatalogAccess>().ListAsync(kind, (ctx.GetArgument<CatalogQuery?>("filter") ?? new CatalogQuery()) with
            {
                Sort = ctx.GetArgument<CatalogSort>("sort"),
                Take = ctx.GetArgument<int>("first"),
                After = ctx.GetArgument<string?>("after"),
            }));
}
