using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.GraphQL.Batching;
using Showcase.Common;
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
            .Resolve(ctx => ctx.Source.Membership.Organisation is { } id ? Organisation(ctx, id) : null);
        Field(a => a.IsPlatformAdmin).Description("Platform admins manage every portal.");
        Field(a => a.Mobile, nullable: true).Description("手机号码.");
        Field(a => a.Email, nullable: true).Description("电子邮箱: password-reset links go there.");
        Field(a => a.IsOrganisationAdmin).Description("Administers their organisation: invites, removes and accepts colleagues.");
        Field(a => a.IsLocked).Description("A locked account cannot sign in.");
        Field<OrganisationType>("requestedOrganisation")
            .Description("The organisation the person asked to join, while its admins decide.")
            .Resolve(ctx => ctx.Source.RequestedOrganisation is { } id ? Organisation(ctx, id) : null);
        Field(a => a.DeclinedReason, nullable: true).Description("Why the last request to join was declined.");
        Field(a => a.Version);
        Field(a => a.CreatedAt);
    }

    /// <summary>An account's organisation: the organisations a list of accounts asks for are read together, each once.</summary>
    private static IDataLoaderResult<OrganisationSnapshot?> Organisation(IResolveFieldContext context, EntityId id) =>
        context.Batched<EntityId, OrganisationSnapshot?>("organisation", id, (services, key) => services.GetRequiredService<PeopleService>().FindOrganisationAsync(key.Value));
}
