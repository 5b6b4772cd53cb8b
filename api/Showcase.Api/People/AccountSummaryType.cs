using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class AccountSummaryType : ObjectGraphType<AccountSummary>
{
    public AccountSummaryType()
    {
        Name = "AccountSummary";
        Description = "One line of the member list.";
        Field<NonNullGraphType<IdGraphType>>("login").Resolve(ctx => ctx.Source.Login.Value);
        Field(a => a.DisplayName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles").Resolve(ctx => ctx.Source.Membership.Roles);
        Field<IdGraphType>("organisationId").Resolve(ctx => ctx.Source.Membership.Organisation?.Value);
        Field(a => a.IsOrganisationAdmin);
        Field(a => a.IsLocked);
        Field<IdGraphType>("requestedOrganisationId").Description("The organisation the person asked to join.").Resolve(ctx => ctx.Source.RequestedOrganisation?.Value);
    }
}
