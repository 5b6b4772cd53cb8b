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

        query.Field<ListGraphType<NonNullGraphType<DeletedTenantType>>>("deletedTenants")
            .Description("Deleted portals, most recent first (platform admins only).")
            .ResolveAsync(async ctx => await ctx.Service<PortalDeletionService>().DeletedAsync());
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

        mutation.Field<TenantType>("scheduleTenantDeletion")
            .Description("Schedules a portal's deletion (platform admins); it can be confirmed with `deleteTenant` once the grace period has passed.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("confirm", "The portal's id typed again.")
            .ResolveAsync(async ctx => await ctx.Service<PortalDeletionService>().ScheduleAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<string>("confirm")));

        mutation.Field<TenantType>("cancelTenantDeletion")
            .Description("Cancels a portal's scheduled deletion (platform admins).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<PortalDeletionService>().CancelAsync(ctx.GetArgument<string>("id")));

        mutation.Field<BooleanGraphType>("deleteTenant")
            .Description("Deletes a portal whose scheduled deletion is due (platform admins): it answers as not found at once, its id is never given out again, and its data is erased shortly after. True when done.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("confirm", "The portal's id typed again.")
            .ResolveAsync(async ctx =>
            {
                await ctx.Service<PortalDeletionService>().DeleteAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<string>("confirm"));
                return true;
            });
    }
}
