using GraphQL.Types;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

public sealed class DeletedTenantType : ObjectGraphType<DeletedTenant>
{
    public DeletedTenantType()
    {
        Name = "DeletedTenant";
        Description = "A deleted portal: its id is never given out again.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(t => t.Name).Description("Its name when it was deleted.");
        Field(t => t.DeletedAt).Description("When the deletion was confirmed.");
        Field<NonNullGraphType<StringGraphType>>("deletedBy").Description("Who confirmed it.").Resolve(ctx => ctx.Source.By.Name);
        Field(t => t.PurgedAt, nullable: true).Description("When nothing of its data was left; null while the purge has not finished.");
    }
}
