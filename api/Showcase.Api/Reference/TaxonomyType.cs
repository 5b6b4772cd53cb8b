using GraphQL;
using GraphQL.Types;
using Showcase.Reference;

namespace Showcase.Api.Reference;

public sealed class TaxonomyType : ObjectGraphType<Taxonomy>
{
    public TaxonomyType()
    {
        Name = "Taxonomy";
        Description = "A versioned reference list (行业, 领域, 试点示范项目, 城市, …) whose codes tag the catalog.";
        Field(t => t.Key).Description("The list's code, e.g. `industry`, `program`, `city`.");
        Field(t => t.Name).Description("The list's Chinese name.");
        Field(t => t.Version).Description("The list's edition; it changes whenever a term is added, renamed or retired.");
        Field(t => t.Source).Description("Where the list comes from.");
        Field(t => t.English, nullable: true).Description("The list's English name.");
        Field(t => t.EnglishSource, nullable: true).Description("Where the English names come from: a standard, an official usage, or Showcase's own translation.");
        Field(t => t.ParentKey, nullable: true).Description("The list holding the terms' parents (cities → `province`), or null when parents are in this list.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyTermType>>>>("terms")
            .Description("The terms, in the order people expect to see them; with `parent`, only that term's children.")
            .Argument<StringGraphType>("parent", "Only the children of this code (a program's classes, a class's directions, a province's cities).")
            .Resolve(ctx => ctx.GetArgument<string?>("parent") is { } parent ? ctx.Source.ChildrenOf(parent) : ctx.Source.Terms);
    }
}
