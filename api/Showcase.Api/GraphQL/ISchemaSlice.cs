using GraphQL.Types;

namespace Showcase.Api.GraphQL;

/// <summary>
/// One feature's part of the schema. Each feature folder adds its fields to the root types,
/// so the schema grows by feature without a central file that knows them all.
/// </summary>
public interface ISchemaSlice
{
    void AddQueries(ObjectGraphType query)
    {
    }

    void AddMutations(ObjectGraphType mutation)
    {
    }
}
