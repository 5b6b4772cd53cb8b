using GraphQL.Types;
using Showcase.Api.GraphQL;

namespace Showcase.Api.Tenancy;

public sealed class TenancySchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<TenantType>>("tenant")
            .Description("The portal this request is addressed to (from the `/t/{tenant}/` path).")
            .Resolve(ctx => ctx.Service<RequestTenant>().Current);
}
