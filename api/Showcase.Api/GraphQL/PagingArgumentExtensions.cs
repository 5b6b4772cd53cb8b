using GraphQL.Builders;
using GraphQL.Types;
using Showcase.Common;

namespace Showcase.Api.GraphQL;

public static class PagingArgumentExtensions
{
    /// <summary><c>skip</c> (default 0) and <c>take</c> (default 20, at most <see cref="Page{T}.MaxTake"/>).</summary>
    public static FieldBuilder<object?, TReturn> PagingArguments<TReturn>(this FieldBuilder<object?, TReturn> field) => field
        .Argument<NonNullGraphType<IntGraphType>>("skip", "How many to skip.", a => a.DefaultValue = 0)
        .Argument<NonNullGraphType<IntGraphType>>("take", $"How many to return, 1 to {Page<object>.MaxTake}.", a => a.DefaultValue = 20);
}
