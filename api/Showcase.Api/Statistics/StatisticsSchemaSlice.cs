using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;

namespace Showcase.Api.Statistics;

/// <summary>The statistics tables the pages chart, for programs that draw their own.</summary>
public sealed class StatisticsSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsTableType>>>>("statistics")
            .Description("The portal's statistics: the public catalog by year, province, industry and domain and how the cases' indicators changed (everyone); the 揭榜挂帅 funnel and the program calls (organisers only). With `key`, that one table: NOT_FOUND when there is none, FORBIDDEN for an organisers' table asked for by anyone else.")
            .Argument<StringGraphType>("key", "One table's key, e.g. `by-year`, `metric-changes`, `challenge-funnel`.")
            .ResolveAsync(async ctx =>
            {
                var statistics = ctx.Service<PortalStatistics>();
                return ctx.GetArgument<string?>("key") is { } key ? [await statistics.FindAsync(key)] : await statistics.AllAsync();
            });

    public void AddMutations(ObjectGraphType mutation)
    {
    }
}

public sealed class StatisticsTableType : ObjectGraphType<StatisticsTable>
{
    public StatisticsTableType()
    {
        Name = "StatisticsTable";
        Description = "One statistics table: what a chart on the statistics page is drawn from and what a sheet of its Excel download holds.";
        Field(t => t.Key).Description("Stable key, also the `table` parameter of /t/{tenant}/statistics.xlsx.");
        Field(t => t.Title).Description("Its title (Chinese).");
        Field<NonNullGraphType<ChartKindType>>("chart").Description("How the page draws it.").Resolve(ctx => ctx.Source.Chart);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("columns").Description("Column headings, the rows' label column first.").Resolve(ctx => ctx.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsRowType>>>>("rows").Resolve(ctx => ctx.Source.Rows);
        Field(t => t.Note, nullable: true).Description("How the figures are counted.");
    }
}

public sealed class StatisticsRowType : ObjectGraphType<StatisticsRow>
{
    public StatisticsRowType()
    {
        Name = "StatisticsRow";
        Field(r => r.Label);
        Field(r => r.Href, nullable: true).Description("The listing this row counts, where there is one.");
        Field<NonNullGraphType<ListGraphType<DecimalGraphType>>>("values").Description("One value per column after the label (null: not applicable, e.g. no quota).").Resolve(ctx => ctx.Source.Values);
    }
}

public sealed class ChartKindType : EnumerationGraphType<ChartKind>
{
    public ChartKindType()
    {
        Name = "ChartKind";
        Description = "COLUMNS (upright bars, e.g. by year), BARS (lying bars, long names), SPREAD (box per row: min, quartiles, median, max), FUNNEL.";
    }
}
