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
            .Description("This portal's organisations, by name (for signed-in members; curators and tenant admins see every status, others verified ones).")
            .Argument<OrganisationKindType>("kind", "Only this kind.")
            .Argument<OrganisationStatusType>("status", "Only this status: PENDING is the verification queue.")
            .Argument<StringGraphType>("search", "Words in the name or the 统一社会信用代码.")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().ListOrganisationsAsync(
                new OrganisationQuery(ctx.GetArgument<OrganisationKind?>("kind"), ctx.GetArgument<OrganisationStatus?>("status"), ctx.GetArgument<string?>("search")),
                ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take")));

        query.Field<AccountType>("account")
            .Description("An account of this portal: tenant admins see all, others only their own.")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().FindAccountAsync(ctx.GetArgument<string>("login")));

        query.Field<AccountPageType>("accounts")
            .Description("This portal's accounts, by login (tenant admins only).")
            .Argument<IdGraphType>("organisation", "Only the members of this organisation.")
            .Argument<StringGraphType>("search", "Words in the login or the name.")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().ListAccountsAsync(
                new AccountQuery(ctx.OptionalId("organisation"), Text: ctx.GetArgument<string?>("search")),
                ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take")));
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

        mutation.Field<OrganisationType>("decideOrganisation")
            .Description("Approves or rejects a waiting organisation (tenant admins, curators), suspends or reinstates one (tenant admins). Rejecting and suspending need a reason, which the organisation's people read. A verified provider gets its catalog entry.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<OrganisationDecisionType>>("decision")
            .Argument<StringGraphType>("reason", "At most 500 characters.")
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().DecideOrganisationAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<OrganisationDecision>("decision"), ctx.GetArgument<string?>("reason")));

        mutation.Field<AccountType>("createAccount")
            .Description("Creates an account in this portal (tenant admins).")
            .Argument<NonNullGraphType<IdGraphType>>("login", "Lowercase letters, digits and dashes.")
            .Argument<NonNullGraphType<StringGraphType>>("displayName", "姓名.")
            .Argument<NonNullGraphType<StringGraphType>>("password", $"First password: {Passwords.Policy}")
            .Argument<StringGraphType>("mobile", "手机号码.")
            .Argument<StringGraphType>("email", "电子邮箱.")
            .Argument<BooleanGraphType>("isOrganisationAdmin", "Administers their organisation.")
            .MembershipArguments()
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().CreateAccountAsync(
                ctx.GetArgument<string>("login"), ctx.GetArgument<string>("displayName"), ctx.GetArgument<string>("password"), ctx.Membership(),
                ctx.GetArgument<string?>("mobile"), ctx.GetArgument<string?>("email"), ctx.GetArgument<bool?>("isOrganisationAdmin") ?? false));

        mutation.Field<AccountType>("setAccountLocked")
            .Description("Locks an account (its sessions and tokens stop at once; it cannot sign in) or unlocks it (tenant admins).")
            .Argument<NonNullGraphType<IdGraphType>>("login")
            .Argument<NonNullGraphType<BooleanGraphType>>("locked")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async ctx => await ctx.Service<PeopleService>().SetLockedAsync(
                ctx.GetArgument<string>("login"), ctx.GetArgument<bool>("locked"), ctx.GetArgument<string?>("reason")));

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

    public static EntityId? OptionalId(this IResolveFieldContext ctx, string name) =>
        ctx.GetArgument<string?>(name) is { Length: > 0 } id
            ? EntityId.TryParse(id.Trim(), out var parsed) ? parsed : throw new DomainException(ErrorCodes.InvalidId, Sentence.Of("NotAnId", id), name)
            : null;

    public static Membership Membership(this IResolveFieldContext ctx) =>
        new(ctx.GetArgument<List<Role>>("roles"),
            ctx.GetArgument<string?>("organisation") is { Length: > 0 } organisation ? EntityId.Parse(organisation) : null);
}
