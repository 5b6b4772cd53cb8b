using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class PeopleSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<OrganisationType>("organisation")
            .Description("One organisation of this portal (for signed-in members), or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().FindOrganisationAsync(ctx.GetArgument<string>("id")));

        query.Field<OrganisationPageType>("organisations")
            .Description("This portal's organisations, by name (for signed-in members).")
            .Argument<OrganisationKindType>("kind", "Only this kind.")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().ListOrganisationsAsync(
                ctx.GetArgument<OrganisationKind?>("kind"), ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take")));

        query.Field<AccountType>("account")
            .Description("An account of this portal: tenant admins see all, others only their own.")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().FindAccountAsync(ctx.GetArgument<string>("login")));

        query.Field<AccountPageType>("accounts")
            .Description("This portal's accounts, by login (tenant admins only).")
            .Argument<IdGraphType>("organisation", "Only the members of this organisation.")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().ListAccountsAsync(
                ctx.GetArgument<string?>("organisation"), ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take")));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<OrganisationType>("createOrganisation")
            .Description("Creates an organisation (tenant admins). Pass `id` to make a retried request create it only once.")
            .Argument<NonNullGraphType<OrganisationInputType>>("input")
            .Argument<IdGraphType>("id", "Optional id chosen by the client.")
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().CreateOrganisationAsync(
                ctx.GetArgument<OrganisationProfile>("input"), ctx.GetArgument<string?>("id")));

        mutation.Field<OrganisationType>("editOrganisation")
            .Description("Edits an organisation's profile: its own members or a tenant admin.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Argument<NonNullGraphType<OrganisationInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().EditOrganisationAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<OrganisationProfile>("input"), ctx.GetArgument<int>("expectedVersion")));

        mutation.Field<AccountType>("createAccount")
            .Description("Creates an account in this portal (tenant admins).")
            .Argument<NonNullGraphType<IdGraphType>>("login", "Lowercase letters, digits and dashes.")
            .Argument<NonNullGraphType<StringGraphType>>("displayName", "姓名.")
            .Argument<NonNullGraphType<StringGraphType>>("password", $"First password, at least {Passwords.MinLength} characters.")
            .MembershipArguments()
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().CreateAccountAsync(
                ctx.GetArgument<string>("login"), ctx.GetArgument<string>("displayName"), ctx.GetArgument<string>("password"), ctx.Membership()));

        mutation.Field<AccountType>("setMembership")
            .Description("Sets an account's roles and organisation (tenant admins).")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .MembershipArguments()
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().SetMembershipAsync(ctx.GetArgument<string>("login"), ctx.Membership()));
    }
}

internal static class MembershipArgumentExtensions
{
    public static FieldBuilder<object?, TReturn> MembershipArguments<TReturn>(this FieldBuilder<object?, TReturn> field) => field
        .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles")
        .Argument<IdGraphType>("organisation", "The organisation the person belongs to.");

    public static Membership Membership(this IResolveFieldContext ctx) =>
        new(ctx.GetArgument<List<Role>>("roles"),
            ctx.GetArgument<string?>("organisation") is { Length: > 0 } organisation ? EntityId.Parse(organisation) : null);
}
