using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.People;

namespace Showcase.Api.People;

/// <summary>
/// The organisations and accounts of the current tenant. Tenant admins manage them; an organisation's own members
/// may edit its profile; signed-in members of the tenant may read the organisation list.
/// </summary>
public sealed class PeopleService(IGrainFactory grains, RequestTenant tenant, CurrentUser current, Passwords passwords)
{
    // Which organisation kind each member role needs; curators and admins may also sit outside any organisation.
    private static readonly Dictionary<Role, OrganisationKind> RoleOrganisation = new()
    {
        [Role.Curator] = OrganisationKind.Organiser,
        [Role.TenantAdmin] = OrganisationKind.Organiser,
        [Role.EnterpriseMember] = OrganisationKind.Enterprise,
        [Role.ProviderMember] = OrganisationKind.Provider,
        [Role.Recommender] = OrganisationKind.Recommender,
    };

    public async Task<OrganisationSnapshot> CreateOrganisationAsync(OrganisationProfile profile, string? id = null)
    {
        current.RequireAny("创建单位", Role.TenantAdmin);
        var entityId = string.IsNullOrWhiteSpace(id) ? EntityId.New() : EntityId.Parse(id.Trim());
        return await Organisation(entityId).CreateAsync(profile, current.AsActor);
    }

    public async Task<OrganisationSnapshot> EditOrganisationAsync(string id, OrganisationProfile profile, int expectedVersion)
    {
        var user = current.RequireSignedIn();
        var entityId = EntityId.Parse(id);
        if (!current.Has(Role.TenantAdmin) && user.Membership.Organisation != entityId)
        {
            throw CurrentUser.Forbidden("修改其他单位的资料");
        }

        return await Organisation(entityId).EditProfileAsync(profile, expectedVersion, current.AsActor);
    }

    public async Task<OrganisationSnapshot?> FindOrganisationAsync(string id)
    {
        if (!current.IsSignedIn || !EntityId.TryParse(id, out var entityId))
        {
            return null;
        }

        return await Organisation(entityId).GetAsync();
    }

    public Task<Page<OrganisationSummary>> ListOrganisationsAsync(OrganisationKind? kind, int skip, int take)
    {
        current.RequireSignedIn();
        return grains.GetPeopleDirectory(tenant.Id).ListOrganisationsAsync(kind, skip, take);
    }

    /// <summary>Creates an account in the current tenant with a first password the person should change.</summary>
    public async Task<AccountSnapshot> CreateAccountAsync(string login, string displayName, string password, Membership membership)
    {
        current.RequireAny("创建账号", Role.TenantAdmin);
        var loginId = ParseLogin(login);
        Passwords.CheckNew(password, loginId.Value);
        await CheckMembershipAsync(membership);
        return await grains.GetAccount(new AccountKey(tenant.Id, loginId))
            .RegisterAsync(new AccountRegistration(displayName, passwords.Hash(password), membership), current.AsActor);
    }

    public async Task<AccountSnapshot> SetMembershipAsync(string login, Membership membership)
    {
        current.RequireAny("调整成员角色", Role.TenantAdmin);
        await CheckMembershipAsync(membership);
        return await grains.GetAccount(new AccountKey(tenant.Id, ParseLogin(login))).SetMembershipAsync(membership, current.AsActor);
    }

    /// <summary>An account of this tenant: tenant admins see every one, anyone else only their own.</summary>
    public async Task<AccountSnapshot?> FindAccountAsync(string login)
    {
        if (current.User is not { } user || !EntityId.TryParse(login, out var loginId))
        {
            return null;
        }

        var key = new AccountKey(tenant.Id, loginId);
        return current.Has(Role.TenantAdmin) || user.Account == key ? await grains.GetAccount(key).GetAsync() : null;
    }

    public Task<Page<AccountSummary>> ListAccountsAsync(string? organisation, int skip, int take)
    {
        current.RequireAny("查看成员名单", Role.TenantAdmin);
        EntityId? organisationId = string.IsNullOrWhiteSpace(organisation) ? null : EntityId.Parse(organisation);
        return grains.GetPeopleDirectory(tenant.Id).ListAccountsAsync(organisationId, skip, take);
    }

    private async Task CheckMembershipAsync(Membership membership)
    {
        OrganisationKind? kind = null;
        if (membership.Organisation is { } organisationId)
        {
            var organisation = await Organisation(organisationId).GetAsync()
                ?? throw new DomainException(ErrorCodes.NotFound, $"找不到编号为“{organisationId}”的单位。", "organisation");
            kind = organisation.Profile.Kind;
        }

        var errors = new List<DomainError>();
        foreach (var role in membership.Roles.Distinct())
        {
            if (!RoleOrganisation.TryGetValue(role, out var needed))
            {
                continue;
            }

            var optional = role is Role.Curator or Role.TenantAdmin;
            if (kind != needed && !(optional && kind is null))
            {
                errors.Add(new DomainError(ErrorCodes.InvalidValue,
                    $"“{RoleNames.Of(role)}”只能属于{RoleNames.Of(needed)}类单位{(optional ? "（或不属于任何单位）" : "")}。", "roles"));
            }
        }

        DomainException.ThrowIfAny(errors);
    }

    private static EntityId ParseLogin(string login) =>
        LoginName.TryParse(login, out var id)
            ? id
            : throw new DomainException(ErrorCodes.InvalidId, "登录名只能使用小写字母、数字和连字符，以字母或数字开头和结尾，最长 64 个字符。", "login");

    private IOrganisationGrain Organisation(EntityId id) => grains.GetOrganisation(new OrganisationKey(tenant.Id, id));
}
