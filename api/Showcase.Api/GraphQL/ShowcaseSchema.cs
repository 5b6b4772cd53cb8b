using GraphQL.Types;

namespace Showcase.Api.GraphQL;

/// <summary>The Showcase GraphQL API, served per tenant at <c>/t/{tenant}/graphql</c>.</summary>
public sealed class ShowcaseSchema : Schema
{
    public ShowcaseSchema(IServiceProvider services, IEnumerable<ISchemaSlice> slices)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "Everything that can be read in the current tenant's portal." };
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Everything that can be changed in the current tenant's portal." };
        foreach (var slice in slices)
        {
            slice.AddQueries(query);
            slice.AddMutations(mutation);
        }

        Query = query;
        Mutation = mutation;
    }
}
