using GraphQL.Types;

namespace Showcase.Api.Search;

public sealed class SearchRebuildType : ObjectGraphType<SearchRebuildProgress>
{
    public SearchRebuildType()
    {
        Name = "SearchRebuild";
        Description = "A rebuild of the search index from the catalog: poll `searchRebuild` until it is no longer RUNNING.";
        Field<NonNullGraphType<SearchRebuildStateType>>("state").Resolve(ctx => ctx.Source.State);
        Field(p => p.Done).Description("Catalog items read so far.");
        Field(p => p.Total).Description("Catalog items in every portal (0 while they are being counted).");
        Field<NonNullGraphType<IntGraphType>>("percent").Description("0–100.")
            .Resolve(ctx => ctx.Source.Total == 0 ? 0 : Math.Min(100, ctx.Source.Done * 100 / ctx.Source.Total));
        Field(p => p.StartedAt);
        Field(p => p.FinishedAt, nullable: true);
        Field(p => p.Error, nullable: true).Description("Why it failed.");
    }
}
