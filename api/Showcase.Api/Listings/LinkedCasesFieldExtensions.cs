using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Listings;

namespace Showcase.Api.Listings;

public static class LinkedCasesFieldExtensions
{
    /// <summary>A <c>cases</c> field listing the cases that link to this entity, as the caller may see them.</summary>
    public static void LinkedCases<TSource>(this ObjectGraphType<TSource> type)
        where TSource : ICatalogSnapshot =>
        type.Field<NonNullGraphType<CatalogPageType>>("cases")
            .Description("The cases about it (delivered cases, for a provider), newest first.")
            .Argument<NonNullGraphType<IntGraphType>>("first", "How many, 1 to 100.", a => a.DefaultValue = 10)
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page.")
            .ResolveAsync(async ctx => await ctx.Service<CatalogAccess>().ListAsync(CatalogKind.Case, new CatalogQuery
            {
                LinkedTo = ctx.Source.Key.Id,
                Take = ctx.GetArgument<int>("first"),
                After = ctx.GetArgument<string?>("after"),
            }));
}
