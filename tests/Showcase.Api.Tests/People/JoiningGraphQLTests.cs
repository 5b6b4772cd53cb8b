using System.Net;
using System.Text.Json;
using Showcase.Api.Tests.Catalog;
using Showcase.Common;
using Showcase.People;
using Showcase.Testing;

namespace Showcase.Api.Tests.People;

public sealed class JoiningGraphQLTests(HostFixture fixture)
{
    private const string Decide = "mutation($id: ID!, $d: OrganisationDecision!, $r: String) { decideOrganisation(id: $id, decision: $d, reason: $r) { status statusReason } }";
    private const string Issue = "mutation($login: String!, $password: String!) { createAccessToken(login: $login, password: $password, name: \"脚本\") { token } }";

    [Fact]
    public async Task Provider_SignsUp_WaitsWithoutBidding_IsApproved_GetsAPrefilledEntryThatLists_ThenBids()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var curator = fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator));
        (await curator.PostAsync(portal.Tenant, "mutation($input: ChallengeContentInput!) { createChallenge(id: \"task\", input: $input) { id } openChallenge(id: \"task\") { id } }",
            new { input = CatalogInputs.Challenge("注册") })).EnsureNoErrors();

        var signedUp = (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Provider("zhou-ming", 7) })).EnsureNoErrors().Data.GetProperty("signUp");
        var organisation = signedUp.GetProperty("organisation").GetProperty("id").GetString()!;
        var provider = fixture.GraphQL.As(await TokenAsync(portal, "zhou-ming"));
        var waiting = await provider.PostAsync(portal.Tenant, "mutation($input: BidContentInput!) { submitBid(challenge: \"task\", provider: \"x\", operationId: \"op-1\", input: $input) { provider } }",
            new { input = CatalogInputs.Bid("注册") });

        (await curator.PostAsync(portal.Tenant, Decide, new { id = organisation, d = "APPROVE" })).EnsureNoErrors();
        var entry = (await provider.PostAsync(portal.Tenant, "query($id: ID!) { provider(id: $id) { name status kind { code } province { code } city { code } summary capabilities { industry { code } domain { code } } } }", new { id = organisation }))
            .EnsureNoErrors().Data.GetProperty("provider");
        (await curator.PostAsync(portal.Tenant, "mutation($id: ID!) { listProvider(id: $id) { status } }", new { id = organisation })).EnsureNoErrors();
        var bid = await provider.PostAsync(portal.Tenant, "mutation($p: ID!, $input: BidContentInput!) { submitBid(challenge: \"task\", provider: $p, operationId: \"op-1\", input: $input) { provider status } }",
            new { p = organisation, input = CatalogInputs.Bid("注册") });

        Assert.Equal("PENDING", signedUp.GetProperty("organisation").GetProperty("status").GetString());
        Assert.Equal(CreditCodes.Valid(7), signedUp.GetProperty("organisation").GetProperty("creditCode").GetString());
        Assert.True(signedUp.GetProperty("account").GetProperty("isOrganisationAdmin").GetBoolean());
        Assert.Equal("PROVIDER_MEMBER", signedUp.GetProperty("account").GetProperty("roles")[0].GetString());
        Assert.Equal(ErrorCodes.NotVerified, waiting.FirstCode);
        Assert.Contains("等待门户审核", waiting.Errors[0].Message);
        Assert.Equal(("锐视智能科技有限公司", "DRAFT", "it", "32", "3205"), (entry.GetProperty("name").GetString(), entry.GetProperty("status").GetString(),
            entry.GetProperty("kind").GetProperty("code").GetString(), entry.GetProperty("province").GetProperty("code").GetString(), entry.GetProperty("city").GetProperty("code").GetString()));
        Assert.Equal("quality", entry.GetProperty("capabilities")[0].GetProperty("domain").GetProperty("code").GetString());
        Assert.Equal("SUBMITTED", bid.EnsureNoErrors().Data.GetProperty("submitBid").GetProperty("status").GetString());
    }

    [Fact]
    public async Task SignUp_EveryProblem_IsReportedInOnePass_AndNothingIsStored()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var before = await CountsAsync(portal);

        var refused = await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new
        {
            input = new
            {
                login = "Bad Login!", displayName = "", password = "short",
                organisation = new
                {
                    name = "", kind = "PROVIDER", creditCode = CreditCodes.WrongCheck(8), province = "34", city = "3205", address = "",
                    contactName = "", contactPhone = "abc", contactEmail = "not-an-address",
                },
            },
        });

        var fields = refused.Errors.Select(e => e.Field).ToHashSet();
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.All(refused.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Superset(new HashSet<string?> { "login", "displayName", "mobile", "password", "name", "creditCode", "city", "address", "contactName", "contactPhone", "contactEmail", "providerKind", "providerIndustry", "providerDomain", "introduction" }, fields);
        Assert.Contains(refused.Errors, e => e is { Field: "creditCode", Code: ErrorCodes.InvalidValue } && e.Message.Contains("校验位", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Field == "city" && e.Message.Contains("苏州市不在安徽省", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync(portal));
    }

    [Fact]
    public async Task SameCreditCodeTwice_IsRefusedWithWhatToDo_AndASentTwiceSignUp_AppliesOnce()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var first = (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Enterprise("wu-jing", 9) })).EnsureNoErrors();
        var again = (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Enterprise("wu-jing", 9) })).EnsureNoErrors();
        var counts = await CountsAsync(portal);

        var rival = await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Enterprise("someone-else", 9, "冒名公司") });

        Assert.Equal(first.Data.GetProperty("signUp").GetProperty("organisation").GetProperty("id").GetString(),
            again.Data.GetProperty("signUp").GetProperty("organisation").GetProperty("id").GetString());
        Assert.Equal(ErrorCodes.AlreadyExists, rival.FirstCode);
        Assert.Equal("creditCode", rival.Errors[0].Field);
        Assert.Contains("皖江精密铸造有限公司", rival.Errors[0].Message);
        Assert.Contains("加入已有单位", rival.Errors[0].Message);
        Assert.Equal(counts, await CountsAsync(portal));
    }

    [Fact]
    public async Task Rejected_ReasonIsSeen_CorrectionResubmits_ApprovalVerifies_AllInTheAuditTrail()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var id = (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Enterprise("wu-jing", 10) }))
            .EnsureNoErrors().Data.GetProperty("signUp").GetProperty("organisation").GetProperty("id").GetString()!;
        var curator = fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator));
        var applicant = fixture.GraphQL.As(await TokenAsync(portal, "wu-jing"));

        var noReason = await curator.PostAsync(portal.Tenant, Decide, new { id, d = "REJECT" });
        (await curator.PostAsync(portal.Tenant, Decide, new { id, d = "REJECT", r = "营业执照名称与填写的单位全称不一致" })).EnsureNoErrors();
        var seen = (await applicant.PostAsync(portal.Tenant, "{ me { organisation { status statusReason version } } }")).EnsureNoErrors().Data.GetProperty("me").GetProperty("organisation");
        var corrected = (await applicant.PostAsync(portal.Tenant, "mutation($id: ID!, $v: Int!, $input: OrganisationInput!) { editOrganisation(id: $id, expectedVersion: $v, input: $input) { status } }", new
        {
            id, v = seen.GetProperty("version").GetInt32(),
            input = new { name = "皖江精密铸造股份有限公司", kind = "ENTERPRISE", creditCode = CreditCodes.Valid(10), province = "34", city = "3401", address = "合肥市高新区 2 号", contactName = "吴静", contactPhone = "0551-66668888" },
        })).EnsureNoErrors().Data.GetProperty("editOrganisation");
        var suspendByCurator = await curator.PostAsync(portal.Tenant, Decide, new { id, d = "SUSPEND", r = "x" });
        var approved = (await curator.PostAsync(portal.Tenant, Decide, new { id, d = "APPROVE" })).EnsureNoErrors().Data.GetProperty("decideOrganisation");
        var trail = (await fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin)).PostAsync(portal.Tenant, "query($id: ID!) { auditTrail(entity: ORGANISATION, id: $id) { action detail actorName } }", new { id }))
            .EnsureNoErrors().Data.GetProperty("auditTrail").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("detail").GetString(), e.GetProperty("actorName").GetString())).ToList();

        Assert.Equal((ErrorCodes.Required, "reason"), (noReason.FirstCode, noReason.Errors[0].Field));
        Assert.Equal(("REJECTED", "营业执照名称与填写的单位全称不一致"), (seen.GetProperty("status").GetString(), seen.GetProperty("statusReason").GetString()));
        Assert.Equal("PENDING", corrected.GetProperty("status").GetString());
        Assert.Equal(ErrorCodes.Forbidden, suspendByCurator.FirstCode);
        Assert.Equal("VERIFIED", approved.GetProperty("status").GetString());
        Assert.Equal(["注册单位，等待审核", "审核未通过", "修改资料并重新提交审核", "审核通过"], trail.Select(t => t.Item1));
        Assert.Equal("吴静", trail[0].Item3);
        Assert.Equal(("营业执照名称与填写的单位全称不一致", $"测试{TestPortal.Curator}"), (trail[1].Item2, trail[1].Item3));
    }

    [Fact]
    public async Task Invitation_IsUsedOnce_ByTheColleague_WhoJoinsTheOrganisation()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var org = (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Provider("zhou-ming", 11) }))
            .EnsureNoErrors().Data.GetProperty("signUp").GetProperty("organisation").GetProperty("id").GetString()!;
        var admin = fixture.GraphQL.As(await TokenAsync(portal, "zhou-ming"));
        var notAdmin = fixture.GraphQL.As(portal.TokenOf(TestPortal.Provider));

        var link = (await admin.PostAsync(portal.Tenant, "mutation($o: ID!) { createInvitation(organisation: $o) { link invitation { expiresAt } } }", new { o = org }))
            .EnsureNoErrors().Data.GetProperty("createInvitation").GetProperty("link").GetString()!;
        var token = link[(link.LastIndexOf('/') + 1)..];
        var foreign = await notAdmin.PostAsync(portal.Tenant, "mutation($o: ID!) { createInvitation(organisation: $o) { link } }", new { o = org });
        var name = (await fixture.GraphQL.PostAsync(portal.Tenant, "query($t: String!) { invitingOrganisation(token: $t) }", new { t = token })).EnsureNoErrors();
        var accepted = (await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!, $p: PersonInput!) { acceptInvitation(token: $t, input: $p) { login roles isOrganisationAdmin } }",
            new { t = token, p = new { login = "li-hua", displayName = "李华", email = "li-hua@example.com", password = "colleague-password" } })).EnsureNoErrors().Data.GetProperty("acceptInvitation");
        var retried = await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!, $p: PersonInput!) { acceptInvitation(token: $t, input: $p) { login } }",
            new { t = token, p = new { login = "li-hua", displayName = "李华", email = "li-hua@example.com", password = "colleague-password" } });
        var impostor = await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!, $p: PersonInput!) { acceptInvitation(token: $t, input: $p) { login } }",
            new { t = token, p = new { login = "li-hua", displayName = "李华", email = "li-hua@example.com", password = "guessed-password" } });
        var reused = await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!, $p: PersonInput!) { acceptInvitation(token: $t, input: $p) { login } }",
            new { t = token, p = new { login = "li-hua-2", displayName = "李华", email = "x@example.com", password = "colleague-password" } });
        var members = (await admin.PostAsync(portal.Tenant, "query($o: ID!) { organisationMembers(organisation: $o) { totalCount } }", new { o = org }))
            .EnsureNoErrors().Data.GetProperty("organisationMembers").GetProperty("totalCount").GetInt32();

        Assert.StartsWith($"http://localhost/t/{portal.Tenant}/invitations/{org}.", link);
        Assert.Equal(ErrorCodes.Forbidden, foreign.FirstCode);
        Assert.Equal("锐视智能科技有限公司", name.Data.GetProperty("invitingOrganisation").GetString());
        Assert.Equal(("li-hua", "PROVIDER_MEMBER", false), (accepted.GetProperty("login").GetString(), accepted.GetProperty("roles")[0].GetString(), accepted.GetProperty("isOrganisationAdmin").GetBoolean()));
        Assert.Equal("li-hua", retried.EnsureNoErrors().Data.GetProperty("acceptInvitation").GetProperty("login").GetString());
        Assert.Equal(ErrorCodes.AlreadyExists, impostor.FirstCode);
        Assert.Equal(ErrorCodes.InvalidToken, reused.FirstCode);
        Assert.Contains("已经用过", reused.Errors[0].Message);
        Assert.Equal(2, members);
    }

    [Fact]
    public async Task AskingToJoin_WaitsForTheOrganisationAdmin_WhoAcceptsOrDeclines_AndHandsTheFlagOn()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var org = (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Enterprise("wu-jing", 12) }))
            .EnsureNoErrors().Data.GetProperty("signUp").GetProperty("organisation").GetProperty("id").GetString()!;
        var admin = fixture.GraphQL.As(await TokenAsync(portal, "wu-jing"));

        var asking = (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Joining("zheng-qiang", 12) })).EnsureNoErrors().Data.GetProperty("signUp");
        (await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Joining("stranger", 12) })).EnsureNoErrors();
        var requests = (await admin.PostAsync(portal.Tenant, "query($o: ID!) { joinRequests(organisation: $o) { totalCount } }", new { o = org })).EnsureNoErrors();
        var joined = (await admin.PostAsync(portal.Tenant, "mutation($o: ID!) { acceptJoinRequest(organisation: $o, login: \"zheng-qiang\") { roles organisation { id } } }", new { o = org })).EnsureNoErrors();
        var declined = (await admin.PostAsync(portal.Tenant, "mutation($o: ID!) { declineJoinRequest(organisation: $o, login: \"stranger\", reason: \"不是本单位员工\") { declinedReason requestedOrganisation { id } } }", new { o = org })).EnsureNoErrors();
        (await admin.PostAsync(portal.Tenant, "mutation($o: ID!) { handOverOrganisationAdmin(organisation: $o, login: \"zheng-qiang\") { isOrganisationAdmin } }", new { o = org })).EnsureNoErrors();
        var formerAdmin = await admin.PostAsync(portal.Tenant, "mutation($o: ID!) { createInvitation(organisation: $o) { link } }", new { o = org });

        Assert.True(asking.GetProperty("joining").GetBoolean());
        Assert.Empty(asking.GetProperty("account").GetProperty("roles").EnumerateArray());
        Assert.Equal(2, requests.Data.GetProperty("joinRequests").GetProperty("totalCount").GetInt32());
        Assert.Equal(("ENTERPRISE_MEMBER", org), (joined.Data.GetProperty("acceptJoinRequest").GetProperty("roles")[0].GetString(),
            joined.Data.GetProperty("acceptJoinRequest").GetProperty("organisation").GetProperty("id").GetString()));
        Assert.Equal("不是本单位员工", declined.Data.GetProperty("declineJoinRequest").GetProperty("declinedReason").GetString());
        Assert.Equal(JsonValueKind.Null, declined.Data.GetProperty("declineJoinRequest").GetProperty("requestedOrganisation").ValueKind);
        Assert.Equal(ErrorCodes.Forbidden, formerAdmin.FirstCode);
    }

    [Fact]
    public async Task SignUpModes_OffRefusesEverything_InvitationOnlyTakesInvitationsOnly()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var admin = fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin));
        const string configure = "mutation($m: SignUpMode!) { configureTenant(input: { name: \"测试门户\", signUp: $m }) { signUp } }";

        (await admin.PostAsync(portal.Tenant, configure, new { m = "INVITATION_ONLY" })).EnsureNoErrors();
        var closedSignUp = await fixture.GraphQL.PostAsync(portal.Tenant, SignUps.SignUp, new { input = SignUps.Enterprise("wu-jing", 13) });
        var link = (await admin.PostAsync(portal.Tenant, "mutation { createInvitation(organisation: \"org-enterprise\") { link } }")).EnsureNoErrors()
            .Data.GetProperty("createInvitation").GetProperty("link").GetString()!;
        (await admin.PostAsync(portal.Tenant, configure, new { m = "OFF" })).EnsureNoErrors();
        var off = await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!, $p: PersonInput!) { acceptInvitation(token: $t, input: $p) { login } }",
            new { t = link[(link.LastIndexOf('/') + 1)..], p = new { login = "li-hua", displayName = "李华", email = "li@example.com", password = "colleague-password" } });
        (await admin.PostAsync(portal.Tenant, configure, new { m = "INVITATION_ONLY" })).EnsureNoErrors();
        var invited = await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!, $p: PersonInput!) { acceptInvitation(token: $t, input: $p) { login roles } }",
            new { t = link[(link.LastIndexOf('/') + 1)..], p = new { login = "li-hua", displayName = "李华", email = "li@example.com", password = "colleague-password" } });

        Assert.Equal(ErrorCodes.Forbidden, closedSignUp.FirstCode);
        Assert.Contains("仅限受邀", closedSignUp.Errors[0].Message);
        Assert.Equal(ErrorCodes.Forbidden, off.FirstCode);
        Assert.Equal("ENTERPRISE_MEMBER", invited.EnsureNoErrors().Data.GetProperty("acceptInvitation").GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task ResetLink_FromTheAdmin_SetsANewPasswordOnce_EndsSessions_AndAskingAnswersAlikeForAnyLogin()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var admin = fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin));
        var enterprise = fixture.GraphQL.As(portal.TokenOf(TestPortal.Enterprise));

        var link = (await admin.PostAsync(portal.Tenant, "mutation { createPasswordResetLink(login: \"enterprise\") }")).EnsureNoErrors().Data.GetProperty("createPasswordResetLink").GetString()!;
        var token = link[(link.LastIndexOf('/') + 1)..];
        var weak = await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!) { resetPassword(token: $t, newPassword: \"short\") { login } }", new { t = token });
        (await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!) { resetPassword(token: $t, newPassword: \"reset-new-password\") { login } }", new { t = token })).EnsureNoErrors();
        var again = await fixture.GraphQL.PostAsync(portal.Tenant, "mutation($t: String!) { resetPassword(token: $t, newPassword: \"another-password-1\") { login } }", new { t = token });
        var oldPassword = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Enterprise, password = TestPortal.Password });
        var newPassword = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Enterprise, password = "reset-new-password" });
        var known = (await fixture.GraphQL.PostAsync(portal.Tenant, "mutation { requestPasswordReset(login: \"enterprise\") }")).EnsureNoErrors().Body;
        var unknown = (await fixture.GraphQL.PostAsync(portal.Tenant, "mutation { requestPasswordReset(login: \"nobody-here\") }")).EnsureNoErrors().Body;
        var byNonAdmin = await enterprise.PostAsync(portal.Tenant, "mutation { createPasswordResetLink(login: \"curator\") }");

        Assert.Equal(("INVALID_VALUE", "newPassword"), (weak.FirstCode, weak.Errors[0].Field));
        Assert.Equal(ErrorCodes.InvalidToken, again.FirstCode);
        Assert.Equal(ErrorCodes.InvalidCredentials, oldPassword.FirstCode);
        newPassword.EnsureNoErrors();
        Assert.Equal(known, unknown);
        Assert.Equal(ErrorCodes.Forbidden, byNonAdmin.FirstCode);
    }

    [Fact]
    public async Task LockedAccount_LosesItsTokenAndCannotSignIn_UntilUnlocked()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var admin = fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin));
        const string setLocked = "mutation($l: Boolean!) { setAccountLocked(login: \"reviewer\", locked: $l, reason: \"离职\") { isLocked } }";

        (await admin.PostAsync(portal.Tenant, setLocked, new { l = true })).EnsureNoErrors();
        var withToken = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Reviewer)).PostAsync(portal.Tenant, "{ me { login } }");
        var signIn = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Reviewer, password = TestPortal.Password });
        var self = await admin.PostAsync(portal.Tenant, "mutation { setAccountLocked(login: \"admin\", locked: true) { isLocked } }");
        (await admin.PostAsync(portal.Tenant, setLocked, new { l = false })).EnsureNoErrors();
        var afterUnlock = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Reviewer, password = TestPortal.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, withToken.Status);
        Assert.Equal(ErrorCodes.Forbidden, signIn.FirstCode);
        Assert.Contains("停用", signIn.Errors[0].Message);
        Assert.Equal(ErrorCodes.InvalidValue, self.FirstCode);
        afterUnlock.EnsureNoErrors();
    }

    [Fact]
    public async Task CreateAccount_ReportsEveryProblemAtOnce_AndStoresNothing()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var admin = fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin));
        var before = await CountsAsync(portal);

        var refused = await admin.PostAsync(portal.Tenant,
            "mutation { createAccount(login: \"Wang Min\", displayName: \"\", password: \"short\", mobile: \"12345\", email: \"nope\", roles: [PROVIDER_MEMBER], organisation: \"org-enterprise\") { login } }");
        var badInvitation = await admin.PostAsync(portal.Tenant, "mutation { createInvitation(organisation: \"org-enterprise\", email: \"not-an-address\") { link } }");

        Assert.Equal(["login", "password", "displayName", "mobile", "email", "roles"], refused.Errors.Select(e => e.Field));
        Assert.Equal((ErrorCodes.InvalidValue, "email"), (badInvitation.FirstCode, badInvitation.Errors[0].Field));
        Assert.Equal(before, await CountsAsync(portal));
    }

    private async Task<string> TokenAsync(TestPortal portal, string login) =>
        await fixture.Host.IssueTokenAsync(new AccountKey(portal.Tenant, EntityId.Parse(login)));

    private async Task<string> CountsAsync(TestPortal portal)
    {
        var directory = fixture.Host.Grains.GetPeopleDirectory(portal.Tenant);
        var accounts = await directory.ListAccountsAsync(new AccountQuery(), 0, 100);
        var organisations = await directory.ListOrganisationsAsync(new OrganisationQuery(), 0, 100);
        return $"{accounts.TotalCount} accounts, {organisations.TotalCount} organisations";
    }
}
