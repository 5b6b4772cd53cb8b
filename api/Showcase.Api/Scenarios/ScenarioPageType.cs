using GraphQL.Types;
using Showcase.Common;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

public sealed class ScenarioPageType : ObjectGraphType<Page<ScenarioSummary>>
{
    public ScenarioPageType()
    {
        Name = "ScenarioPage";
        Description = "A page of scenarios, newest change first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScenarioSummaryType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(p => p.TotalCount).Description("How many scenarios matched, on all pages.");
        Field(p => p.Skip);
        Field(p => p.Take);
        Field(p => p.HasNextPage);
    }
}
