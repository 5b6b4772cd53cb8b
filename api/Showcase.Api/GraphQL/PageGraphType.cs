using GraphQL.Types;
using Showcase.Common;

namespace Showcase.Api.GraphQL;

/// <summary>A page of a listing: its items, the total count on all pages, and where it is.</summary>
public abstract class PageGraphType<TItemGraphType, TItem> : ObjectGraphType<Page<TItem>>
    where TItemGraphType : IGraphType
{
    protected PageGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(p => p.TotalCount).Description("How many matched, on all pages.");
        Field(p => p.Skip);
        Field(p => p.Take);
        Field(p => p.HasNextPage);
    }
}
