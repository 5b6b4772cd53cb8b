using System.Net;
using Showcase.Testing;

namespace Showcase.Api.Tests.People;

public sealed class AccountGraphQLTests(HostFixture fixture)
{
    private const string Issue = "mutation($login: String!, $password: String!) { createAccessToken(login: $login, password: $password, name: \"脚本\") { token accessToken { id } } }";

    [Fact]
    public async Task CreateAccessToken_RightPassword_TokenActsAsThatPerson_UntilRevoked()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var issued = (await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Reviewer, password = TestPortal.Password }))
            .EnsureNoErrors().Data.GetProperty("createAccessToken");
        var token = issued.GetProperty("token").GetString()!;
        var reviewer = fixture.GraphQL.As(token);

        var me = (await reviewer.PostAsync(portal.Tenant, "{ me { login roles } }")).EnsureNoErrors().Data.GetProperty("me");
        (await reviewer.PostAsync(portal.Tenant, "mutation($id: ID!) { revokeAccessToken(id: $id) { revokedAt } }",
            new { id = issued.GetProperty("accessToken").GetProperty("id").GetString() })).EnsureNoErrors();
        var afterRevoke = await reviewer.PostAsync(portal.Tenant, "{ me { login } }");

        Assert.StartsWith("sct_", token);
        Assert.Equal(TestPortal.Reviewer, me.GetProperty("login").GetString());
        Assert.Equal("REVIEWER", me.GetProperty("roles")[0].GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.Status);
    }

    [Fact]
    public async Task CreateAccessToken_FiveWrongPasswords_LocksOutEvenTheRightPassword()
    {
        var portal = await fixture.Host.CreatePortalAsync();

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Provider, password = $"wrong-{i}" })).FirstCode);
        }

        var right = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Provider, password = TestPortal.Password });
        var unknownLogin = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = "nobody", password = "whatever-password" });

        Assert.Equal(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "LOCKED_OUT"], codes);
        Assert.Equal("LOCKED_OUT", right.FirstCode);
        Assert.Contains("登录已暂停", right.Errors[0].Message);
        Assert.Equal("INVALID_CREDENTIALS", unknownLogin.FirstCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_IsRefused_RightOneLetsTheNewPasswordSignIn()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var curator = fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator));
        const string change = "mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { login } }";

        var wrong = await curator.PostAsync(portal.Tenant, change, new { current = "not-my-password", next = "a-brand-new-password" });
        var tooShort = await curator.PostAsync(portal.Tenant, change, new { current = TestPortal.Password, next = "short" });
        (await curator.PostAsync(portal.Tenant, change, new { current = TestPortal.Password, next = "a-brand-new-password" })).EnsureNoErrors();
        var oldPassword = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Curator, password = TestPortal.Password });
        var newPassword = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Curator, password = "a-brand-new-password" });

        Assert.Equal(("INVALID_CREDENTIALS", "currentPassword"), (wrong.FirstCode, wrong.Errors[0].Field));
        Assert.Equal(("INVALID_VALUE", "newPassword"), (tooShort.FirstCode, tooShort.Errors[0].Field));
        Assert.Equal("INVALID_CREDENTIALS", oldPassword.FirstCode);
        newPassword.EnsureNoErrors();
    }

    [Fact]
    public async Task CreateAccount_RoleThatDoesNotFitTheOrganisation_IsRefusedAndCreatesNothing()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var admin = fixture.GraphQL.As(portal.TokenOf(TestPortal.Admin));
        const string create = "mutation($org: ID) { createAccount(login: \"new-person\", displayName: \"新成员\", password: \"a-first-password-1\", roles: [PROVIDER_MEMBER], organisation: $org) { login roles } }";

        var wrongKind = await admin.PostAsync(portal.Tenant, create, new { org = TestPortal.EnterpriseOrg.Value });
        var notAdmin = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator)).PostAsync(portal.Tenant, create, new { org = TestPortal.ProviderOrg.Value });
        var accounts = (await admin.PostAsync(portal.Tenant, "{ accounts { totalCount } }")).EnsureNoErrors();
        (await admin.PostAsync(portal.Tenant, create, new { org = TestPortal.ProviderOrg.Value })).EnsureNoErrors();

        Assert.Equal(("INVALID_VALUE", "roles"), (wrongKind.FirstCode, wrongKind.Errors[0].Field));
        Assert.Equal("FORBIDDEN", notAdmin.FirstCode);
        Assert.Equal(TestPortal.Accounts.Count, accounts.Data.GetProperty("accounts").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task EditOrganisation_OwnMembersMay_RivalsMayNot()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        const string edit = "mutation($id: ID!) { editOrganisation(id: $id, expectedVersion: 1, input: { name: \"测试供应商（新名）\", kind: PROVIDER, introduction: \"更新简介\" }) { name version } }";

        var rival = await fixture.GraphQL.As(portal.TokenOf(TestPortal.RivalProvider)).PostAsync(portal.Tenant, edit, new { id = TestPortal.ProviderOrg.Value });
        var own = await fixture.GraphQL.As(portal.TokenOf(TestPortal.Provider)).PostAsync(portal.Tenant, edit, new { id = TestPortal.ProviderOrg.Value });

        Assert.Equal("FORBIDDEN", rival.FirstCode);
        Assert.Equal(2, own.EnsureNoErrors().Data.GetProperty("editOrganisation").GetProperty("version").GetInt32());
    }
}
