using GraphQL.Types;
using Showcase.Api.Jobs;

namespace Showcase.Api.Search;

public sealed class SearchRebuildType : ObjectGraphType<SearchRebuild>
{
    public SearchRebuildType()
    {
        Name = "SearchRebuild";
        Description = "A rebuild of the search index from the catalog, on every host that keeps an index: poll `searchRebuild` until it is no longer RUNNING. " +
            "State: RUNNING while any host is, FAILED when any host failed; the counts are the slowest host's (each reads the whole catalog).";
        this.AddRebuildFields(rebuild => rebuild.Overall);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchRebuildHostType>>>>("hosts")
            .Description("Each host's own rebuild: one host with the embedded index or Elasticsearch, every host of a cluster that keeps its own replica.")
            .Resolve(ctx => ctx.Source.Hosts);
    }
}

public sealed class SearchRebuildHostType : ObjectGraphType<HostProgress<SearchRebuildProgress>>
{
    public SearchRebuildHostType()
    {
        Name = "SearchRebuildHost";
        Description = "One host's rebuild of its search index.";
        Field(h => h.Host).Description("The host, as it is known in the cluster.");
        this.AddRebuildFields(host => host.Progress);
    }
}

internal static class SearchRebuildFields
{
    public static void AddRebuildFields<T>(this ObjectGraphType<T> type, Func<T, SearchRebuildProgress> progress)
    {
        type.Field<NonNullGraphType<SearchRebuildStateType>>("state").Resolve(ctx => progress(ctx.Source).State);
        type.Field<NonNullGraphType<IntGraphType>>("done").Description("Catalog items read so far.").Resolve(ctx => progress(ctx.Source).Done);
        type.Field<NonNullGraphType<IntGraphType>>("total").Description("Catalog items to read (0 while they are being counted).").Resolve(ctx => progress(ctx.Source).Total);
        type.Field<NonNullGraphType<IntGraphType>>("percent").Description("0–100.").Resolve(ctx => progress(ctx.Source).Percent);
        type.Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(ctx => progress(ctx.Source).StartedAt);
        type.Field<DateTimeOffsetGraphType>("finishedAt").Resolve(ctx => progress(ctx.Source).FinishedAt);
        type.Field<StringGraphType>("error").Description("Why it failed.").Resolve(ctx => progress(ctx.Source).Error);
    }
}
