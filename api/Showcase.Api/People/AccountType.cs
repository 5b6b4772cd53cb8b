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
        Field(a => a.Mobile, nullable: true).Description("手机号码.");
        Field(a => a.Email, nullable: true).Description("电子邮箱: password-reset links go there.");
        Field(a => a.IsOrganisationAdmin).Description("Administers their organisation: invites, removes and accepts colleagues.");
        Field(a => a.IsLocked).Description("A locked account cannot sign in.");
        Field<OrganisationType>("requestedOrganisation")
            .Description("The organisation the person asked to join, while its admins decide.")
            .ResolveAsync(async ctx => ctx.Source.RequestedOrganisation is { } id
                ? await ctx.Service<PeopleService>().FindOrganisationAsync(id.Value)
                : null);
        Field(a => a.DeclinedReason, nullable: true).Description("Why the last request to join was declined.");
        Field(a => a.Version);
        Field(a => a.CreatedAt);
    }
}
