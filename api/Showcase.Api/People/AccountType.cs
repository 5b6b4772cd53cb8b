using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class AccountType : ObjectGraphType<AccountSnapshot>
{
    public AccountType()
    {
        Name = "Account";
        Description = "A person's account in this portal.";
        Field<NonNullGraphType<IdGraphType>>("login").Description("登录名, unique in the portal.").Resolve(ctx => ctx.Source.Key.Login.Value);
        Field(a => a.DisplayName).Description("姓名.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles").Resolve(ctx => ctx.Source.Membership.Roles);
        Field<OrganisationType>("organisation")
            .Description("The organisation the person belongs to, if any.")
            .ResolveAsync(async ctx => ctx.Source.Membership.Organisation is { } id
                ? await ctx.Service<PeopleService>().FindOrganisationAsync(id.Value)
                : null);
        Field(a => a.IsPlatformAdmin).Description("Platform admins manage every portal.");
        Field(a => a.Version);
        Field(a => a.CreatedAt);
    }
}
