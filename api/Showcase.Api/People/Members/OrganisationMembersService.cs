using Showcase.Api.Mail;
using Showcase.Api.People.SignIn;
using Showcase.Api.People.SignUp;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Api.People.Members;

/// <summary>
/// What an organisation's admins (the first member by default; tenant admins for any organisation) do with its
/// people: invite colleagues by single-use links valid <see cref="InvitationDays"/> days, accept or decline requests to
/// join, remove members and hand the admin flag on. Members see their colleagues.
/// </summary>
public sealed class OrganisationMembersService(
    IGrainFactory grains,
    RequestTenant tenant,
    CurrentUser current,
    PeopleService people,
    Passwords passwords,
    SignUpService signUp,
    AccountRequestThrottle throttle,
    IEmailSender mail,
    PortalLinks links,
    TimeProvider clock)
{
    public const int InvitationDays = 7;

    /// <summary>The signed-in person's account (with their organisation-admin flag and any pending request to join).</summary>
    public async Task<AccountSnapshot?> MeAsync() => current.User is { } user ? await grains.GetAccount(user.Account).GetAsync() : null;

    /// <summary>Whether the current person administers this organisation.</summary>
    public async Task<bool> CanAdministerAsync(EntityId organisation) =>
        current.Has(Role.TenantAdmin) || await MeAsync() is { IsOrganisationAdmin: true } me && me.Membership.Organisation == organisation;

    public async Task<Page<AccountSummary>> MembersAsync(string organisation, int skip, int take)
    {
        var id = await MemberOrAdminAsync(organisation);
        return await grains.GetPeopleDirectory(tenant.Id).ListAccountsAsync(new AccountQuery(id), skip, take);
    }

    public async Task<Page<AccountSummary>> JoinRequestsAsync(string organisation, int skip, int take)
    {
        var id = await AdministeredAsync(organisation, "查看加入申请");
        return await grains.GetPeopleDirectory(tenant.Id).ListAccountsAsync(new AccountQuery(RequestedOrganisation: id), skip, take);
    }

    public async Task<IReadOnlyList<InvitationInfo>> InvitationsAsync(string organisation)
    {
        var id = await AdministeredAsync(organisation, "查看邀请");
        return await Organisation(id).ListInvitationsAsync();
    }

    /// <summary>A new single-use invitation; its link is returned once (and mailed when an address is given).</summary>
    public async Task<(string Link, InvitationInfo Invitation)> InviteAsync(string organisation, string? email, string? id = null)
    {
        var organisationId = await AdministeredAsync(organisation, "邀请同事");
        if (tenant.Current.Profile.SignUp == SignUpMode.Off)
        {
            throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("InvitationsClosedForColleagues"));
        }

        var snapshot = (await Organisation(organisationId).GetAsync())!;
        var (secret, hash) = OneTimeSecret.Create();
        var invitationId = string.IsNullOrWhiteSpace(id) ? EntityId.New() : EntityId.Parse(id.Trim());
        var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (address is not null)
        {
            DomainException.ThrowIfAny(await grains.GetPeopleRules().CheckPersonAsync("-", null, address, contactRequired: false));
        }

        var invitation = await Organisation(organisationId).InviteAsync(
            new InvitationRequest(invitationId, hash, clock.GetUtcNow().AddDays(InvitationDays), address), current.AsActor);
        var link = links.To(portal => portal.Invitation(InvitationLink.Token(organisationId, invitationId, secret)));
        if (address is not null)
        {
            await mail.SendAsync(new EmailMessage(address, $"{current.AsActor.Name}邀请您加入“{snapshot.Profile.Name}”",
                $"{current.AsActor.Name}邀请您在“{tenant.Current.Profile.Name}”加入“{snapshot.Profile.Name}”。\n\n打开下面的链接设置您的账号（{InvitationDays} 天内有效，只能使用一次）：\n{link}\n"));
        }

        return (link, invitation);
    }

    public async Task<InvitationInfo> RevokeInvitationAsync(string organisation, string invitation)
    {
        var id = await AdministeredAsync(organisation, "撤销邀请");
        return await Organisation(id).RevokeInvitationAsync(EntityId.TryParse(invitation, out var parsed) ? parsed
            : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchInvitation"), "id"), current.AsActor);
    }

    /// <summary>The organisation an invitation link leads to, or a refusal that says why the link no longer works.</summary>
    public async Task<OrganisationSnapshot> InvitingOrganisationAsync(string token)
    {
        var (organisation, _) = await OpenInvitationAsync(token, acceptedToo: false);
        return organisation;
    }

    /// <summary>Creates the invited person's account as a member of the organisation and uses the invitation up.</summary>
    public async Task<AccountSnapshot> AcceptInvitationAsync(string token, SignUpRequest person)
    {
        if (tenant.Current.Profile.SignUp == SignUpMode.Off)
        {
            throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("InvitationsClosed"));
        }

        await throttle.CountAsync("invitation", person.Login);
        var (organisation, link) = await OpenInvitationAsync(token, acceptedToo: true);
        var (login, errors) = await signUp.CheckPersonAsync(person.Login, person.DisplayName, person.Mobile, person.Email, person.Password);
        var key = login is { } id ? new AccountKey(tenant.Id, id) : default;
        var invitation = await Organisation(link.Organisation).FindInvitationAsync(link.Invitation, link.SecretHash);
        // A retry by the person who used the invitation (same login and password) finds the account it made.
        if (invitation?.AcceptedBy == login && await grains.GetAccount(key).GetAsync() is { } accepted && accepted.Membership.Organisation == organisation.Key.Id
            && passwords.Verify((await grains.GetAccount(key).GetSignInStateAsync())?.PasswordHash, person.Password))
        {
            return accepted;
        }

        DomainException.ThrowIfAny(errors);
        await Organisation(link.Organisation).AcceptInvitationAsync(link.Invitation, link.SecretHash, key.Login);
        try
        {
            return await signUp.RegisterAsync(key, person, new Membership([PeopleService.MemberRoleOf(organisation.Profile.Kind)], organisation.Key.Id), organisationAdmin: false);
        }
        catch (DomainException)
        {
            await Organisation(link.Organisation).ReleaseInvitationAsync(link.Invitation, key.Login);
            throw;
        }
    }

    public async Task<AccountSnapshot> AcceptJoinRequestAsync(string organisation, string login)
    {
        var id = await AdministeredAsync(organisation, "同意加入申请");
        var account = await RequestingAsync(id, login);
        var snapshot = (await Organisation(id).GetAsync())!;
        return await account.SetMembershipAsync(new Membership([PeopleService.MemberRoleOf(snapshot.Profile.Kind)], id), current.AsActor);
    }

    public async Task<AccountSnapshot> DeclineJoinRequestAsync(string organisation, string login, string? reason)
    {
        var id = await AdministeredAsync(organisation, "拒绝加入申请");
        return await (await RequestingAsync(id, login)).DeclineJoinRequestAsync(reason, current.AsActor);
    }

    /// <summary>Takes a person out of the organisation (they keep their account, without roles). Admins hand their flag on before leaving.</summary>
    public async Task<AccountSnapshot> RemoveMemberAsync(string organisation, string login)
    {
        var id = await AdministeredAsync(organisation, "移出成员");
        var (account, snapshot) = await MemberAsync(id, login);
        if (snapshot.IsOrganisationAdmin && !current.Has(Role.TenantAdmin))
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("AdminCannotLeave"), "login");
        }

        return await account.SetMembershipAsync(Membership.None, current.AsActor);
    }

    /// <summary>Makes another member the organisation's admin; an organisation admin who hands it on gives up their own flag.</summary>
    public async Task<AccountSnapshot> HandOverAdminAsync(string organisation, string login)
    {
        var id = await AdministeredAsync(organisation, "移交单位管理员");
        var (account, snapshot) = await MemberAsync(id, login);
        var next = await account.SetOrganisationAdminAsync(true, current.AsActor);
        if (current.User!.Account != snapshot.Key && await MeAsync() is { IsOrganisationAdmin: true } me && me.Membership.Organisation == id)
        {
            await grains.GetAccount(me.Key).SetOrganisationAdminAsync(false, current.AsActor);
        }

        return next;
    }

    // An accepted invitation is still opened for its acceptance (a retry by the same login finds its account).
    private async Task<(OrganisationSnapshot Organisation, InvitationLink Link)> OpenInvitationAsync(string token, bool acceptedToo)
    {
        var wrong = new DomainException(ErrorCodes.InvalidToken, InvitationInfo.Unknown, "token");
        if (!InvitationLink.TryParse(token, out var link) || await Organisation(link.Organisation).GetAsync() is not { } organisation)
        {
            throw wrong;
        }

        var invitation = await Organisation(link.Organisation).FindInvitationAsync(link.Invitation, link.SecretHash) ?? throw wrong;
        if (invitation.WhyClosed(clock.GetUtcNow()) is { } closed && !(acceptedToo && invitation.AcceptedBy is not null))
        {
            throw new DomainException(ErrorCodes.InvalidToken, closed, "token");
        }

        return (organisation, link);
    }

    private Task<EntityId> MemberOrAdminAsync(string organisation)
    {
        var user = current.RequireSignedIn();
        var id = ParseOrganisation(organisation);
        return current.Has(Role.TenantAdmin) || user.Membership.Organisation == id ? Task.FromResult(id) : throw CurrentUser.Forbidden("查看其他单位的成员");
    }

    private async Task<EntityId> AdministeredAsync(string organisation, string what)
    {
        current.RequireSignedIn();
        var id = ParseOrganisation(organisation);
        if (await Organisation(id).GetAsync() is null)
        {
            throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchOrganisation", organisation), "organisation");
        }

        return await CanAdministerAsync(id) ? id : throw new DomainException(ErrorCodes.Forbidden, Sentence.Of("OnlyOrganisationAdmin", what));
    }

    private async Task<IAccountGrain> RequestingAsync(EntityId organisation, string login)
    {
        var account = await people.ExistingAccountAsync(new AccountKey(tenant.Id, PeopleService.ParseLogin(login)));
        return (await account.GetAsync())!.RequestedOrganisation == organisation
            ? account
            : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoJoinRequest", login), "login");
    }

    private async Task<(IAccountGrain Account, AccountSnapshot Snapshot)> MemberAsync(EntityId organisation, string login)
    {
        var account = await people.ExistingAccountAsync(new AccountKey(tenant.Id, PeopleService.ParseLogin(login)));
        var snapshot = (await account.GetAsync())!;
        return snapshot.Membership.Organisation == organisation
            ? (account, snapshot)
            : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NotAMember", login), "login");
    }

    private static EntityId ParseOrganisation(string organisation) =>
        EntityId.TryParse(organisation.Trim(), out var id) ? id : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchOrganisation", organisation), "organisation");

    private IOrganisationGrain Organisation(EntityId id) => grains.GetOrganisation(new OrganisationKey(tenant.Id, id));
}
