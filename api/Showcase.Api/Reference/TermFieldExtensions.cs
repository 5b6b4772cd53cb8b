using GraphQL.Types;
using Showcase.Reference;

namespace Showcase.Api.Reference;

/// <summary>Fields that show stored reference codes as terms of their list.</summary>
public static class TermFieldExtensions
{
    public static void Term<TSource>(this ObjectGraphType<TSource> type, string name, Taxonomy taxonomy, Func<TSource, string?> code, string? description = null) =>
        type.Field<TaxonomyTermType>(name).Description(description).Resolve(ctx => taxonomy.Term(code(ctx.Source)));

    public static void Terms<TSource>(this ObjectGraphType<TSource> type, string name, Taxonomy taxonomy, Func<TSource, IEnumerable<string>> codes, string? description = null) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyTermType>>>>(name).Description(description)
            .Resolve(ctx => taxonomy.Terms(codes(ctx.Source)));
}
