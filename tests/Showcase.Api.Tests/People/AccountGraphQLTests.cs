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
    public async Task CreateAccessToken_FiveWrongPasswords_PauseTheLogin_429WithRetryAfter_AlikeForAnUnknownLogin()
    {
        var portal = await fixture.Host.CreatePortalAsync();

        var known = await AttemptsAsync(portal, TestPortal.Provider, TestPortal.Password);
        var unknown = await AttemptsAsync(portal, "nobody", "whatever-password");
        var otherLogin = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Reviewer, password = TestPortal.Password });

        Assert.Equal(
            [.. Enumerable.Repeat((HttpStatusCode.OK, "INVALID_CREDENTIALS", "登录名或密码不正确。", (int?)null), 5), (HttpStatusCode.TooManyRequests, "RATE_LIMITED", "密码尝试次数过多，请 5 分钟后再试。", 300)],
            known);
        Assert.Equal(known, unknown);
        otherLogin.EnsureNoErrors();
    }

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_PauseTheChange_NotTheSignIn()
    {
        var portal = await fixture.Host.CreatePortalAsync();
        var curator = fixture.GraphQL.As(portal.TokenOf(TestPortal.Curator));
        const string change = "mutation($current: String!) { changePassword(currentPassword: $current, newPassword: \"a-brand-new-password\") { login } }";

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await curator.PostAsync(portal.Tenant, change, new { current = $"wrong-{i}" })).FirstCode);
        }

        var right = await curator.PostAsync(portal.Tenant, change, new { current = TestPortal.Password });
        var signIn = await fixture.GraphQL.PostAsync(portal.Tenant, Issue, new { login = TestPortal.Curator, password = TestPortal.Password });

        Assert.Equal(Enumerable.Repeat("INVALID_CREDENTIALS", 5), codes);
        Assert.Equal((HttpStatusCode.TooManyRequests, "RATE_LIMITED"), (right.Status, right.FirstCode));
        signIn.EnsureNoErrors();
    }

    // Five wrong passwords, then the right one: status, code, message and Retry-After of each answer.
    private async Task<List<(HttpStatusCode, string?, string, int?)>> AttemptsAsync(TestPortal portal, string login, string rightPassword)
    {
        var answers = new List<(HttpStatusCode, string?, string, int?)>();
        foreach (var password in Enumerable.Range(0, 5).Select(i => $"wrong-password-{i}").Append(rightPassword))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{portal.Tenant}/graphql")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { query = Issue, variables = new { login, password } }),
            };
            using var response = await fixture.GraphQL.Http.SendAsync(request, TestContext.Current.CancellationToken);
            var answer = await GraphQLResponse.ReadAsync(response);
            // Seconds left of a five-minute pause, rounded to the minute the message names.
            int? retryAfter = response.Headers.RetryAfter?.Delta is { } delta ? (int)Math.Ceiling(delta.TotalMinutes) * 60 : null;
            answers.Add((answer.Status, answer.FirstCode, answer.Errors[0].Message, retryAfter));
        }

        return answers;
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
