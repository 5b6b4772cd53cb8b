using Showcase.Notifications;
using Showcase.Api.People.SignIn;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Api.People.SignUp;

/// <summary>
/// Sign-up (注册) for enterprises and providers, the same for the page and GraphQL. Everything is checked in one pass
/// before anything is stored. A new organisation gets an id from its 统一社会信用代码 (so a retried sign-up finds the
/// one it created) and waits for verification with its first person as organisation admin; asking to join an existing
/// one waits for that organisation's admins.
/// </summary>
public sealed class SignUpService(
    IGrainFactory grains, RequestTenant tenant, Passwords passwords, PeopleService people, AccountRequestThrottle throttle)
{
    public SignUpMode Mode => tenant.Current.Profile.SignUp;

    public async Task<SignUpResult> SignUpAsync(SignUpRequest request)
    {
        if (Mode != SignUpMode.Open)
        {
            throw new DomainException(ErrorCodes.Forbidden, Mode == SignUpMode.InvitationOnly
                ? Sentence.Of("InvitationOnly")
                : Sentence.Of("SignUpClosed"));
        }

        await throttle.CountAsync("sign-up", request.Login);
        var code = CreditCode.Normalize(request.Organisation?.CreditCode ?? request.JoinCreditCode ?? "");
        if (LoginName.TryParse(request.Login, out var retriedLogin) && await RetriedAsync(new AccountKey(tenant.Id, retriedLogin), request.Password, code) is { } retried)
        {
            return retried;
        }

        var (loginId, errors) = await CheckPersonAsync(request.Login, request.DisplayName, request.Mobile, request.Email, request.Password);
        OrganisationSnapshot? joining = null;
        var organisation = request.Organisation;
        if (organisation is null)
        {
            joining = await FindByCreditCodeAsync(request.JoinCreditCode, errors);
        }
        else
        {
            errors.AddRange(await grains.GetPeopleRules().CheckOrganisationAsync(organisation, registration: true));
        }

        DomainException.ThrowIfAny(errors);
        var key = new AccountKey(tenant.Id, loginId!.Value);
        var organisationId = joining?.Key.Id ?? IdOf(organisation!.CreditCode!);
        if (joining is null)
        {
            var created = grains.GetOrganisation(new OrganisationKey(tenant.Id, organisationId));
            if (await created.GetAsync() is { } holder)
            {
                throw PeopleService.CreditCodeTaken(code, holder.Profile.Name);
            }

            await people.ReserveCreditCodeAsync(organisation!.CreditCode, organisationId);
            try
            {
                joining = await created.SignUpAsync(organisation, PersonOf(key, request));
            }
            catch (DomainException taken) when (taken.Code == ErrorCodes.AlreadyExists)
            {
                // Someone else signed the same code up a moment earlier.
                throw PeopleService.CreditCodeTaken(code, (await created.GetAsync())?.Profile.Name ?? "另一家单位");
            }
            await people.TellCuratorsAsync(joining, Notice.Of("OrganisationSignedUp", joining.Profile.Name, RoleNames.Of(joining.Profile.Kind)));
            var account = await RegisterAsync(key, request, new Membership([PeopleService.MemberRoleOf(joining.Profile.Kind)], organisationId), organisationAdmin: true);
            return new SignUpResult(account, joining, Joining: false);
        }

        var asking = await RegisterAsync(key, request, Membership.None, organisationAdmin: false, requested: joining.Key.Id);
        await TellOrganisationAdminsAsync(joining, asking);
        return new SignUpResult(asking, joining, Joining: true);
    }

    /// <summary>
    /// The person's own details, checked as one pass: login, name, mobile or e-mail, password policy, and whether the login is free.
    /// </summary>
    public async Task<(EntityId? Login, List<DomainError> Errors)> CheckPersonAsync(string login, string displayName, string? mobile, string? email, string password)
    {
        var errors = new List<DomainError>();
        EntityId? loginId = LoginName.TryParse(login, out var parsed) ? parsed : null;
        if (loginId is null)
        {
            errors.Add(PeopleService.InvalidLogin);
        }
        else if (await grains.GetAccount(new AccountKey(tenant.Id, loginId.Value)).GetAsync() is not null)
        {
            errors.Add(new(ErrorCodes.AlreadyExists, Sentence.Of("LoginTakenSignIn", loginId), "login"));
        }

        errors.AddRange(await grains.GetPeopleRules().CheckPersonAsync(displayName, mobile, email, contactRequired: true));
        errors.AddRange(Passwords.Problems(password, loginId?.Value ?? ""));
        return (loginId, errors);
    }

    public async Task<AccountSnapshot> RegisterAsync(AccountKey key, SignUpRequest request, Membership membership, bool organisationAdmin, EntityId? requested = null) =>
        await grains.GetAccount(key).RegisterAsync(new AccountRegistration(request.DisplayName, passwords.Hash(request.Password), membership)
        {
            Mobile = request.Mobile,
            Email = request.Email,
            IsOrganisationAdmin = organisationAdmin,
            RequestedOrganisation = requested,
        }, PersonOf(key, request));

    /// <summary>Who signs up: written into the histories as the person, not as an anonymous visitor.</summary>
    private static Showcase.Audit.Actor PersonOf(AccountKey key, SignUpRequest request) => new(key.ToString(), request.DisplayName.Trim());

    /// <summary>Organisations created by sign-up are named after their code: <c>org-91340100…</c>.</summary>
    public static EntityId IdOf(string creditCode) => EntityId.Parse($"org-{CreditCode.Normalize(creditCode).ToLowerInvariant()}");

    private async Task<OrganisationSnapshot?> FindByCreditCodeAsync(string? creditCode, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(creditCode))
        {
            errors.Add(new(ErrorCodes.Required, Sentence.Of("CreditCodeToJoin"), "joinCreditCode"));
            return null;
        }

        var code = CreditCode.Normalize(creditCode);
        if (CreditCode.Problem(code) is { } problem)
        {
            errors.Add(new(ErrorCodes.InvalidValue, problem, "joinCreditCode"));
            return null;
        }

        var found = (await grains.GetPeopleDirectory(tenant.Id).ListOrganisationsAsync(new OrganisationQuery(Text: code), 0, 10)).Items
            .FirstOrDefault(o => o.CreditCode == code);
        if (found is null || await grains.GetOrganisation(new OrganisationKey(tenant.Id, found.Id)).GetAsync() is not { } organisation)
        {
            errors.Add(new(ErrorCodes.NotFound, Sentence.Of("NoOrganisationWithCode", code), "joinCreditCode"));
            return null;
        }

        if (organisation.Profile.Kind is not (OrganisationKind.Enterprise or OrganisationKind.Provider))
        {
            errors.Add(new(ErrorCodes.InvalidValue, Sentence.Of("CannotJoinBySignUp", organisation.Profile.Name, RoleNames.Of(organisation.Profile.Kind)), "joinCreditCode"));
            return null;
        }

        return organisation;
    }

    // A sign-up sent twice (a double click, a retried request) finds its own account: same password, same organisation.
    private async Task<SignUpResult?> RetriedAsync(AccountKey key, string password, string creditCode)
    {
        var account = grains.GetAccount(key);
        if (creditCode.Length == 0 || await account.GetAsync() is not { } existing
            || (existing.Membership.Organisation ?? existing.RequestedOrganisation) is not { } organisationId
            || await grains.GetOrganisation(new OrganisationKey(tenant.Id, organisationId)).GetAsync() is not { } organisation
            || organisation.Profile.CreditCode != creditCode
            || !passwords.Verify((await account.GetSignInStateAsync())?.PasswordHash, password))
        {
            return null;
        }

        return new SignUpResult(existing, organisation, Joining: existing.RequestedOrganisation == organisationId);
    }

    private Task TellOrganisationAdminsAsync(OrganisationSnapshot organisation, AccountSnapshot asking) =>
        people.TellAsync(new AccountQuery(organisation.Key.Id), member => member.IsOrganisationAdmin,
            Notification.Of($"join/{asking.Key.Login}/{organisation.Key.Id}", asking.CreatedAt,
                Notice.Of("JoinRequested", asking.DisplayName, asking.Key.Login, organisation.Profile.Name), PortalPaths.Of(tenant.Id).MyOrganisation));
}
