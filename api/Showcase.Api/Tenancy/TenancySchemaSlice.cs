using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

public sealed class TenancySchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TenantType>>("tenant")
            .Description("The portal this request is addressed to (from the `/t/{tenant}/` path).")
            .Resolve(ctx => ctx.Service<RequestTenant>().Current);

        query.Field<ListGraphType<NonNullGraphType<TenantType>>>("tenants")
            .Description("Every portal on the platform (platform admins only).")
            .ResolveAsync(async ctx => await ctx.Service<TenantAdminService>().ListTenantsAsync());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<TenantType>("createTenant")
            .Description("Creates a portal (platform admins). Repeating the same call returns the same portal.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The portal's id in `/t/{id}/`: lowercase letters, digits and dashes, starting with a letter.")
            .Argument<NonNullGraphType<TenantProfileInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<TenantAdminService>().CreateTenantAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<TenantProfile>("input")));

        mutation.Field<TenantType>("configureTenant")
            .Description("Replaces this portal's settings (its tenant admins, or a platform admin).")
            .Argument<NonNullGraphType<TenantProfileInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<TenantAdminService>().ConfigureTenantAsync(ctx.GetArgument<TenantProfile>("input")));
    }
}
