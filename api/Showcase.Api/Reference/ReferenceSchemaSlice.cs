using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Reference;

namespace Showcase.Api.Reference;

public sealed class ReferenceSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyType>>>>("taxonomies")
            .Description("Every reference list, for building forms and filters.")
            .Resolve(_ => ReferenceData.All);

        query.Field<TaxonomyType>("taxonomy")
            .Description("One reference list by its code, or null when there is no such list.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The list's key, e.g. `industry`, `domain`, `program`, `province`, `city`.")
            .Resolve(ctx => ReferenceData.Find(ctx.GetArgument<string>("key")));
    }
}
