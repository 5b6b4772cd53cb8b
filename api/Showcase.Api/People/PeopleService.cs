using Showcase.Api.People.Verification;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Api.People;

/// <summary>
/// The organisations and accounts of the current tenant. Tenant admins manage them (curators also verify
/// organisations); an organisation's own members may edit its profile; signed-in members of the tenant may read the
/// list of verified organisations.
/// </summary>
public sealed class PeopleService(
    IGrainFactory grains, RequestTenant tenant, CurrentUser current, Passwords passwords, ProviderEntries providers, TimeProvider clock)
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

    /// <summary>The member role an organisation of this kind gives its people.</summary>
    public static Role MemberRoleOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Enterprise => Role.EnterpriseMember,
        OrganisationKind.Provider => Role.ProviderMember,
        OrganisationKind.Recommender => Role.Recommender,
        _ => Role.Curator,
    };

    public async Task<OrganisationSnapshot> CreateOrganisationAsync(OrganisationProfile profile, string? id = null)
    {
        current.RequireAny("创建单位", Role.TenantAdmin);
        var entityId = string.IsNullOrWhiteSpace(id) ? EntityId.New() : EntityId.Parse(id.Trim());
        await ReserveCreditCodeAsync(profile.CreditCode, entityId);
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

        await ReserveCreditCodeAsync(profile.CreditCode, entityId);
        var edited = await Organisation(entityId).EditProfileAsync(profile, expectedVersion, current.AsActor);
        if (edited.Status == OrganisationStatus.Pending)
        {
            await TellCuratorsAsync(edited, Notice.Of("OrganisationResubmitted", edited.Profile.Name));
        }

        return edited;
    }

    /// <summary>
    /// Approves or rejects a waiting organisation (tenant admins and curators), suspends or reinstates one (tenant admins).
    /// The organisation's people are told; a verified provider gets its catalog entry.
    /// </summary>
    public async Task<OrganisationSnapshot> DecideOrganisationAsync(string id, OrganisationDecision decision, string? reason)
    {
        if (decision is OrganisationDecision.Suspend or OrganisationDecision.Reinstate)
        {
            current.RequireAny("暂停或恢复单位", Role.TenantAdmin);
        }
        else
        {
            current.RequireAny("审核单位", Role.TenantAdmin, Role.Curator);
        }

        var decided = await Organisation(ParseId(id)).DecideAsync(decision, reason, current.AsActor);
        await providers.EnsureForAsync(decided, current.AsActor);
        await TellMembersAsync(decided, decision switch
        {
            OrganisationDecision.Approve => Notice.Of("OrganisationApproved", decided.Profile.Name),
            OrganisationDecision.Reject => Notice.Of("OrganisationRejected", decided.Profile.Name, decided.StatusReason),
            OrganisationDecision.Suspend => Notice.Of("OrganisationSuspended", decided.Profile.Name, decided.StatusReason),
            _ => Notice.Of("OrganisationReinstated", decided.Profile.Name),
        });
        return decided;
    }

    public async Task<OrganisationSnapshot?> FindOrganisationAsync(string id)
    {
        if (!current.IsSignedIn || !EntityId.TryParse(id, out var entityId))
        {
            return null;
        }

        var organisation = await Organisation(entityId).GetAsync();
        return organisation is null || organisation.IsVerified || CanSeeUnverified(entityId) ? organisation : null;
    }

    /// <summary>Organisations by name. Curators and admins see every status; other members only verified ones.</summary>
    public Task<Page<OrganisationSummary>> ListOrganisationsAsync(OrganisationQuery query, int skip, int take)
    {
        current.RequireSignedIn();
        var visible = current.IsCurator ? query : query with { Status = OrganisationStatus.Verified };
        return grains.GetPeopleDirectory(tenant.Id).ListOrganisationsAsync(visible, skip, take);
    }

    /// <summary>How many organisations wait for verification (for the navigation), or 0 for people who do not verify.</summary>
    public async Task<int> CountWaitingAsync() =>
        current.IsCurator ? (await grains.GetPeopleDirectory(tenant.Id).ListOrganisationsAsync(new OrganisationQuery(Status: OrganisationStatus.Pending), 0, 1)).TotalCount : 0;

    /// <summary>Creates an account in the current tenant with a first password the person should change; every problem at once.</summary>
    public async Task<AccountSnapshot> CreateAccountAsync(string login, string displayName, string password, Membership membership, string? mobile = null, string? email = null, bool isOrganisationAdmin = false)
    {
        current.RequireAny("创建账号", Role.TenantAdmin);
        var errors = new List<DomainError>();
        EntityId? loginId = LoginName.TryParse(login, out var parsed) ? parsed : null;
        if (loginId is null)
        {
            errors.Add(InvalidLogin);
        }

        errors.AddRange(Passwords.Problems(password, loginId?.Value ?? ""));
        errors.AddRange(await grains.GetPeopleRules().CheckPersonAsync(displayName, mobile, email, contactRequired: false));
        errors.AddRange(await MembershipProblemsAsync(membership));
        DomainException.ThrowIfAny(errors);
        return await grains.GetAccount(new AccountKey(tenant.Id, loginId!.Value))
            .RegisterAsync(new AccountRegistration(displayName, passwords.Hash(password), membership)
            {
                Mobile = mobile,
                Email = email,
                IsOrganisationAdmin = isOrganisationAdmin,
            }, current.AsActor);
    }

    public async Task<AccountSnapshot> SetMembershipAsync(string login, Membership membership)
    {
        current.RequireAny("调整成员角色", Role.TenantAdmin);
        await CheckMembershipAsync(membership);
        return await grains.GetAccount(new AccountKey(tenant.Id, ParseLogin(login))).SetMembershipAsync(membership, current.AsActor);
    }

    /// <summary>Locks (ending its sessions and tokens) or unlocks an account; nobody locks themselves out.</summary>
    public async Task<AccountSnapshot> SetLockedAsync(string login, bool locked, string? reason)
    {
        var user = current.RequireAny("停用或启用账号", Role.TenantAdmin);
        var key = new AccountKey(tenant.Id, ParseLogin(login));
        if (locked && key == user.Account)
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("CannotDisableYourself"), "login");
        }

        return await (await ExistingAccountAsync(key)).SetLockedAsync(locked, reason, current.AsActor);
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

    public Task<Page<AccountSummary>> ListAccountsAsync(AccountQuery query, int skip, int take)
    {
        current.RequireAny("查看成员名单", Role.TenantAdmin);
        return grains.GetPeopleDirectory(tenant.Id).ListAccountsAsync(query, skip, take);
    }

    /// <summary>The names of organisations by id, for lists that show people.</summary>
    public async Task<IReadOnlyDictionary<EntityId, string>> OrganisationNamesAsync(IEnumerable<EntityId?> ids)
    {
        var names = new Dictionary<EntityId, string>();
        foreach (var id in ids.OfType<EntityId>().Distinct())
        {
            if (await Organisation(id).GetAsync() is { } organisation)
            {
                names[id] = organisation.Profile.Name;
            }
        }

        return names;
    }

    /// <summary>
    /// Holds a 统一社会信用代码 for one organisation; a code another organisation has is refused with what to do.
    /// </summary>
    public async Task ReserveCreditCodeAsync(string? creditCode, EntityId organisation)
    {
        if (string.IsNullOrWhiteSpace(creditCode) || CreditCode.Normalize(creditCode) is var code && CreditCode.Problem(code) is not null)
        {
            return;
        }

        if (await grains.GetPeopleDirectory(tenant.Id).ReserveCreditCodeAsync(code, organisation) is { } holder)
        {
            throw CreditCodeTaken(code, holder.Name);
        }
    }

    /// <summary>The refusal of a 统一社会信用代码 another organisation of the portal has, saying what to do instead.</summary>
    public static DomainException CreditCodeTaken(string code, string holder) => new(ErrorCodes.AlreadyExists,
        Sentence.Of("CreditCodeTaken", code, holder),
        "creditCode");

    private async Task CheckMembershipAsync(Membership membership) => DomainException.ThrowIfAny(await MembershipProblemsAsync(membership));

    private async Task<List<DomainError>> MembershipProblemsAsync(Membership membership)
    {
        OrganisationKind? kind = null;
        var errors = new List<DomainError>();
        if (membership.Organisation is { } organisationId)
        {
            if (await Organisation(organisationId).GetAsync() is not { } organisation)
            {
                errors.Add(new DomainError(ErrorCodes.NotFound, Sentence.Of("NoSuchOrganisation", organisationId), "organisation"));
                return errors;
            }

            kind = organisation.Profile.Kind;
        }

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
                    Sentence.Of(optional ? "RoleBelongsToKindOrNone" : "RoleBelongsToKind", RoleNames.Of(role), RoleNames.Of(needed)), "roles"));
            }
        }

        return errors;
    }

    internal Task TellMembersAsync(OrganisationSnapshot organisation, Notice notice) =>
        TellAsync(new AccountQuery(organisation.Key.Id), _ => true,
            Notification.Of($"organisation/{organisation.Key.Id}/v{organisation.Version}", clock.GetUtcNow(), notice, PortalPaths.Of(tenant.Id).MyOrganisation));

    internal Task TellCuratorsAsync(OrganisationSnapshot organisation, Notice notice) =>
        TellAsync(new AccountQuery(), a => a.Membership.Roles.Any(r => r is Role.Curator or Role.TenantAdmin),
            Notification.Of($"verification/{organisation.Key.Id}/v{organisation.Version}", clock.GetUtcNow(), notice,
                PortalPaths.Of(tenant.Id).Organisations.Item(organisation.Key.Id)));

    /// <summary>Delivers one notice to the accounts of the query that <paramref name="who"/> picks; inboxes ignore an id they have.</summary>
    internal async Task TellAsync(AccountQuery query, Func<AccountSummary, bool> who, Notification notice)
    {
        var directory = grains.GetPeopleDirectory(tenant.Id);
        await foreach (var account in Page<AccountSummary>.AllAsync((skip, take) => directory.ListAccountsAsync(query, skip, take)))
        {
            if (who(account))
            {
                await grains.GetNotificationInbox(new AccountKey(tenant.Id, account.Login)).DeliverAsync(notice);
            }
        }
    }

    internal async Task<IAccountGrain> ExistingAccountAsync(AccountKey key)
    {
        var account = grains.GetAccount(key);
        return await account.GetAsync() is null ? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchAccount", key.Login), "login") : account;
    }

    private bool CanSeeUnverified(EntityId organisation) => current.IsCurator || current.User?.Membership.Organisation == organisation;

    private static EntityId ParseId(string id) =>
        EntityId.TryParse(id.Trim(), out var parsed) ? parsed : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchOrganisation", id), "id");

    internal static DomainError InvalidLogin { get; } =
        DomainMessages.Error(ErrorCodes.InvalidId, "login", "LoginFormat");

    internal static EntityId ParseLogin(string login) => LoginName.TryParse(login, out var id) ? id : throw new DomainException([InvalidLogin]);

    private IOrganisationGrain Organisation(EntityId id) => grains.GetOrganisation(new OrganisationKey(tenant.Id, id));
}
