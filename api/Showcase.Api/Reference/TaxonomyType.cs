using GraphQL.Types;
using Showcase.Reference;

namespace Showcase.Api.Reference;

public sealed class TaxonomyType : ObjectGraphType<Taxonomy>
{
    public TaxonomyType()
    {
        Name = "Taxonomy";
        Description = "A reference list (行业, 领域, 制造环节, 技术) whose codes tag the catalog.";
        Field(t => t.Key).Description("The list's code: `industry`, `domain`, `stage` or `technology`.");
        Field(t => t.Name).Description("The list's Chinese name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyTermType>>>>("terms")
            .Description("The terms, in the order people expect to see them.")
            .Resolve(ctx => ctx.Source.Terms);
    }
}
