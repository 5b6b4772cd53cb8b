using GraphQL.Types;

namespace Showcase.Api.GraphQL;

public static class InputGraphTypeExtensions
{
    /// <summary>A list of reference codes (<c>[String!]</c>).</summary>
    public static void Codes<T>(this InputObjectGraphType<T> type, string name, string description) =>
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>(name).Description(description);
}
