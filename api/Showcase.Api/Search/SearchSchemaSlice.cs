using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Catalog.Search;

namespace Showcase.Api.Search;

public sealed class SearchSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("searchSuggestions")
            .Description("Suggestions while typing: the best few published items for what has been typed so far.")
            .Argument<NonNullGraphType<StringGraphType>>("prefix", "What has been typed.")
            .Argument<NonNullGraphType<IntGraphType>>("first", "How many, 1 to 10.", a => a.DefaultValue = 8)
            .ResolveAsync(async ctx => await ctx.Service<SearchService>().SuggestAsync(ctx.GetArgument<string>("prefix"), ctx.GetArgument<int>("first")));

        query.Field<SearchSynonymsType>("searchSynonyms")
            .Description("Curators: this portal's own synonym groups.")
            .ResolveAsync(async ctx => await ctx.Service<SearchSynonymService>().GetAsync());

        query.Field<SearchRebuildType>("searchRebuild")
            .Description("Platform admins: the search index rebuild under way, or the last one in the past hour, as every host ran it; null when none.")
            .ResolveAsync(async ctx => await ctx.Service<SearchAdminService>().LastRebuildAsync());

        query.Field<SearchResultType>("search")
            .Description("Full-text search over this portal's published cases, scenarios, factories, pilot zones, providers and open challenges (榜单), in Chinese: every word must match (synonyms count), title matches first, with facet counts.")
            .Argument<StringGraphType>("query", "What to look for, e.g. 钢铁 预测性维护; empty lists everything.")
            .Argument<SearchFilterInputType>("filter")
            .Argument<NonNullGraphType<SearchSortType>>("sort", "The order.", a => a.DefaultValue = SearchSort.Relevance)
            .Argument<NonNullGraphType<IntGraphType>>("first", $"How many hits, 1 to {SearchService.MaxTake}.", a => a.DefaultValue = 20)
            .Argument<NonNullGraphType<IntGraphType>>("skip", $"How many to skip, at most {SearchService.MaxSkip}.", a => a.DefaultValue = 0)
            .ResolveAsync(async ctx => await ctx.Service<SearchService>().SearchAsync(
                ctx.GetArgument<string?>("query"),
                ctx.GetArgument<IReadOnlyDictionary<string, IReadOnlyList<string>>?>("filter") ?? new Dictionary<string, IReadOnlyList<string>>(),
                ctx.GetArgument<SearchSort>("sort"), ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("first")));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<SearchRebuildType>("rebuildSearchIndex")
            .Description("Platform admins: rebuild the search index of every portal from the catalog, in the background; search keeps answering meanwhile. Returns the rebuild under way if there is one.")
            .ResolveAsync(async ctx => await ctx.Service<SearchAdminService>().StartRebuildAsync());

        mutation.Field<SearchSynonymsType>("setSearchSynonyms")
            .Description("Curators: replace this portal's own synonym groups (2 to 10 words each, a word in one group only). Used by the next search, no reindexing. Saving the same groups again changes nothing; VERSION_CONFLICT when someone saved since `expectedVersion`.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("groups")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The `version` you edited (0 for the first save).")
            .ResolveAsync(async ctx => await ctx.Service<SearchSynonymService>().SetAsync(
                ctx.GetArgument<List<List<string>>>("groups").Select(g => (IReadOnlyList<string>)g).ToArray(), ctx.GetArgument<int>("expectedVersion")));
    }
}
