using GraphQL;
using GraphQL.Types;

namespace Showcase.Api.GraphQL;

public static class DeleteDraftFieldExtensions
{
    /// <summary>
    /// <c>delete{Entity}Draft(id)</c>: deletes a draft for good and answers its id; the service says who may and
    /// refuses what is no longer a draft.
    /// </summary>
    public static void DeleteDraftField<TService>(this ObjectGraphType mutation, string entity, string description, Func<TService, string, Task> delete)
        where TService : notnull =>
        mutation.Field<IdGraphType>($"delete{entity}Draft")
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                await delete(ctx.Service<TService>(), id);
                return id;
            });
}
