using GraphQL.Types;
using Showcase.Api.Reference;
using Showcase.Reference;
using Showcase.Scenarios;

namespace Showcase.Api.Scenarios;

public sealed class ScenarioSummaryType : ObjectGraphType<ScenarioSummary>
{
    public ScenarioSummaryType()
    {
        Name = "ScenarioSummary";
        Description = "One line of a scenario list; ask `scenario(id:)` for the rest.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(s => s.Title, nullable: true).Description("场景名称.");
        Field<TaxonomyTermType>("industry").Description("行业.").Resolve(ctx => ReferenceData.Industries.Term(ctx.Source.Industry));
        Field<TaxonomyTermType>("domain").Description("领域.").Resolve(ctx => ReferenceData.Domains.Term(ctx.Source.Domain));
        Field<NonNullGraphType<ScenarioStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(s => s.Version);
        Field(s => s.UpdatedAt).Description("When it last changed; lists are sorted by this, newest first.");
    }
}
