using System.Net;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Api.GraphQL;
using Showcase.Api.Tests.Catalog;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Notifications;
using Showcase.People;
using Showcase.Programs;
using Showcase.Scenarios;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Api.Tests.Tenancy;

/// <summary>
/// Tenant B's people, with tenant A's ids, through every query and mutation: nothing of A may show up in any answer
/// (items, counts, names, history), and nothing of A may change. With their own tokens on A's portal they are refused.
/// </summary>
public sealed class TenantIsolationTests(HostFixture fixture)
{
    // Everything written into tenant A carries this mark; no answer to a tenant B person may contain it.
    private const string Mark = "甲门户";

    [Fact]
    public void EveryRootField_IsInTheMatrix()
    {
        var schema = fixture.Host.Services.GetRequiredService<ShowcaseSchema>();
        schema.Initialize();

        var missing = Missing(schema.Query, IsolationMatrix.Queries, "Query")
            .Concat(Missing(schema.Mutation!, IsolationMatrix.Mutations, "Mutation"))
            .ToList();

        Assert.True(missing.Count == 0,
            $"These fields are not in the tenant isolation matrix (tests/Showcase.Api.Tests/Tenancy/IsolationMatrix.cs); add an operation for each: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task EveryField_TenantBPeopleWithTenantAIds_SeeAndChangeNothingOfTenantA()
    {
        var (a, ids) = await SeedTenantAAsync();
        var b = await fixture.Host.CreatePortalAsync("乙门户");
        var before = await SnapshotAsync(a.Tenant, ids);
        var people = TestPortal.Accounts.Select(x => (Name: x.Login, Token: (string?)b.TokenOf(x.Login))).Append(("anonymous", null)).ToList();
        var problems = new List<string>();

        // Queries first, while tenant B holds nothing but its people: every count it sees must be its own.
        foreach (var (field, operation) in IsolationMatrix.Queries.Concat(IsolationMatrix.Mutations))
        {
            foreach (var (name, token) in people)
            {
                var onB = await fixture.GraphQL.As(token).PostAsync(b.Tenant, operation.Query, operation.Variables(ids));
                Check(problems, $"{field} as B's {name} on B", onB);
                if (field == "scenarios" && onB.Json.TryGetProperty("data", out var data) && data.GetProperty("all").ValueKind != System.Text.Json.JsonValueKind.Null)
                {
                    var total = data.GetProperty("all").GetProperty("totalCount").GetInt32();
                    if (total != 0)
                    {
                        problems.Add($"scenarios as B's {name} counts {total}, but tenant B has none");
                    }
                }

                if (token is null)
                {
                    continue;
                }

                var onA = await fixture.GraphQL.As(token).PostAsync(a.Tenant, operation.Query, operation.Variables(ids));
                if (onA.Status != HttpStatusCode.Unauthorized || onA.FirstCode != ErrorCodes.Unauthenticated)
                {
                    problems.Add($"{field} as B's {name} on A's portal was not refused with 401 UNAUTHENTICATED: {onA.Status} {onA.Body}");
                }
            }
        }

        // Pictures and files: tenant A's, published or not, are none of tenant B's portal, for anyone of B.
        foreach (var (name, token) in people)
        {
            foreach (var path in new[] { $"pictures/{ids.Picture}", $"pictures/{ids.DraftPicture}", $"collections/{ids.Collection}/cases/{ids.CasePublished}/pictures/{ids.Picture}", $"files/{ids.BidFile}", $"files/{ids.ApplicationFile}" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/t/{b.Tenant}/{path}");
                request.Headers.Authorization = token is null ? null : new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                using var response = await fixture.GraphQL.Http.SendAsync(request, TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    problems.Add($"{path} of A as B's {name} on B answered {response.StatusCode}");
                }
            }
        }

        var after = await SnapshotAsync(a.Tenant, ids);
        if (before != after)
        {
            problems.Add($"tenant A changed:\nbefore {before}\nafter  {after}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(List<string> problems, string what, GraphQLResponse response)
    {
        if (response.Body.Contains(Mark, StringComparison.Ordinal))
        {
            problems.Add($"{what} leaked tenant A's data: {response.Body}");
        }

        if (response.Errors.Any(e => e.Code == "INTERNAL_ERROR") || response.Status >= HttpStatusCode.InternalServerError)
        {
            problems.Add($"{what} failed instead of refusing: {response.Body}");
        }
    }

    private static IEnumerable<string> Missing(IComplexGraphType root, IReadOnlyDictionary<string, IsolationMatrix.Case> matrix, string prefix) =>
        root.Fields.Select(f => f.Name).Where(name => !matrix.ContainsKey(name)).Select(name => $"{prefix}.{name}");

    /// <summary>Tenant A with a draft, a published scenario, an organisation and an account of its own, all marked.</summary>
    private async Task<(TestPortal Portal, IsolationMatrix.Ids Ids)> SeedTenantAAsync()
    {
        var a = await fixture.Host.CreatePortalAsync($"{Mark}测试");
        var enterprise = fixture.GraphQL.As(a.TokenOf(TestPortal.Enterprise));
        var curator = fixture.GraphQL.As(a.TokenOf(TestPortal.Curator));
        var admin = fixture.GraphQL.As(a.TokenOf(TestPortal.Admin));
        const string create = "mutation($input: ScenarioContentInput!) { createScenario(input: $input) { id } }";

        var draft = (await enterprise.PostAsync(a.Tenant, create, new { input = new { title = $"{Mark}机密草稿", summary = $"{Mark}未公开的内容" } }))
            .EnsureNoErrors().Data.GetProperty("createScenario").GetProperty("id").GetString()!;
        var published = (await curator.PostAsync(a.Tenant, create, new
        {
            input = new { title = $"{Mark}已发布场景", summary = $"{Mark}公开内容", industry = "automotive", domain = "quality", stages = new[] { "production" } },
        })).EnsureNoErrors().Data.GetProperty("createScenario").GetProperty("id").GetString()!;
        (await curator.PostAsync(a.Tenant, "mutation($id: ID!) { publishScenario(id: $id) { id } }", new { id = published })).EnsureNoErrors();

        (await admin.PostAsync(a.Tenant, "mutation { createOrganisation(id: \"a-only-org\", input: { name: \"甲门户专属企业\", kind: ENTERPRISE }) { id } }")).EnsureNoErrors();
        (await admin.PostAsync(a.Tenant,
            "mutation { createAccount(login: \"a-only-user\", displayName: \"甲门户专属用户\", password: \"portal-test-password\", roles: [ENTERPRISE_MEMBER], organisation: \"a-only-org\") { login } }"))
            .EnsureNoErrors();

        var provider = fixture.GraphQL.As(a.TokenOf(TestPortal.Provider));
        (await enterprise.PostAsync(a.Tenant, "mutation($input: CaseContentInput!) { createCase(id: \"a-case-draft\", input: $input) { id } }",
            new { input = new { title = $"{Mark}机密案例草稿" } })).EnsureNoErrors();
        (await curator.PostAsync(a.Tenant, "mutation($input: CaseContentInput!) { createCase(id: \"a-case\", input: $input) { id } publishCase(id: \"a-case\") { id } }",
            new { input = CatalogInputs.Case(Mark) })).EnsureNoErrors();
        (await enterprise.PostAsync(a.Tenant, "mutation($input: FactoryProfileInput!) { declareFactory(id: \"a-factory\", input: $input) { id } }",
            new { input = CatalogInputs.Factory(Mark) })).EnsureNoErrors();
        (await curator.PostAsync(a.Tenant, $"mutation {{ advanceFactoryTitle(id: \"a-factory\", decision: {{ action: SELECT, note: \"{Mark}入选\" }}) {{ id }} }}")).EnsureNoErrors();
        (await curator.PostAsync(a.Tenant, "mutation($input: PilotZoneProfileInput!) { proposePilotZone(id: \"a-zone\", input: $input) { id } }",
            new { input = CatalogInputs.PilotZone(Mark) })).EnsureNoErrors();
        (await provider.PostAsync(a.Tenant, "mutation($input: ProviderProfileInput!) { registerProvider(id: \"a-provider\", input: $input) { id } }",
            new { input = CatalogInputs.Provider(Mark) })).EnsureNoErrors();
        (await curator.PostAsync(a.Tenant, "mutation { listProvider(id: \"a-provider\") { id } }")).EnsureNoErrors();
        (await curator.PostAsync(a.Tenant, "mutation($input: ChallengeContentInput!) { createChallenge(id: \"a-challenge\", input: $input) { id } openChallenge(id: \"a-challenge\") { id } }",
            new { input = CatalogInputs.Challenge(Mark) })).EnsureNoErrors();
        var (_, uploaded) = await Showcase.Testing.Files.UploadClient.UploadAsync(
            fixture.GraphQL.Http, a.Tenant, a.TokenOf(TestPortal.Provider), "bid/a-challenge/a-provider", Showcase.Testing.Files.TestDocuments.Pdf, "甲门户方案.pdf", endpoint: "files");
        var bidFile = uploaded.GetProperty("id").GetString()!;
        (await provider.PostAsync(a.Tenant, "mutation($input: BidContentInput!) { submitBid(challenge: \"a-challenge\", provider: \"a-provider\", operationId: \"a-op\", input: $input) { provider } }",
            new { input = CatalogInputs.Bid(Mark, bidFile) })).EnsureNoErrors();
        foreach (var login in new[] { TestPortal.Curator, TestPortal.Admin, TestPortal.Provider })
        {
            await fixture.Host.Grains.GetNotificationInbox(new AccountKey(a.Tenant, EntityId.Parse(login)))
                .DeliverAsync(new Notification($"{login}-notice", DateTimeOffset.UtcNow, $"{Mark}待办", $"{Mark}通知内容", null));
        }

        var import = (await curator.PostAsync(a.Tenant, "mutation($content: String!) { importCatalog(kind: CASE, fileName: \"甲门户.csv\", contentBase64: $content) { id } }",
            new { content = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"案例名称*\n{Mark}导入的案例\n")) })).EnsureNoErrors().Data.GetProperty("importCatalog").GetProperty("id").GetString()!;

        (await curator.PostAsync(a.Tenant, "mutation($input: CollectionInput!) { createCollection(id: \"a-collection\", input: $input) { added } publishCollection(id: \"a-collection\", expectedVersion: 1) { id } }",
            new { input = new { title = $"{Mark}案例集", introduction = $"{Mark}前言", sections = new[] { new { title = $"{Mark}第一组", cases = new[] { new { @case = "a-case", note = $"{Mark}编者按" } } } } } })).EnsureNoErrors();
        var export = (await curator.PostAsync(a.Tenant, "mutation { exportCollection(id: \"a-collection\", format: XLSX) { id } }"))
            .EnsureNoErrors().Data.GetProperty("exportCollection").GetProperty("id").GetString()!;

        var applicationFile = await SeedProgramCallAsync(a, curator, enterprise);
        var picture = await UploadPictureAsync(a, TestPortal.Curator, "case/a-case");
        var draftPicture = await UploadPictureAsync(a, TestPortal.Enterprise, "case/a-case-draft");
        (await curator.PostAsync(a.Tenant, "mutation($p: ID!) { setCasePictures(id: \"a-case\", expectedVersion: 2, pictures: { cover: { id: $p, caption: \"甲门户封面\" } }) { id } publishCase(id: \"a-case\") { id } }",
            new { p = picture })).EnsureNoErrors();

        var joining = await SeedJoiningAsync(a, admin);
        var tokens = await fixture.Host.Grains.GetAccount(new AccountKey(a.Tenant, EntityId.Parse(TestPortal.Admin))).ListTokensAsync();
        return (a, new IsolationMatrix.Ids(draft, published, "a-only-org", "a-only-user", tokens[0].Id.Value, a.Tenant.Value,
            "a-case-draft", "a-case", "a-factory", "a-zone", "a-provider", import, "a-collection", export,
            joining.Pending, "a-applicant", joining.Invitation, joining.Reset, picture, draftPicture, bidFile, applicationFile));
    }

    private Task<string> UploadPictureAsync(TestPortal portal, string login, string owner) =>
        Showcase.Testing.Files.UploadClient.UploadIdAsync(fixture.GraphQL.Http, portal.Tenant, portal.TokenOf(login), owner);

    /// <summary>A signed-up organisation waiting for verification, an invitation to A's own organisation and a reset link for its user.</summary>
    private async Task<(string Pending, string Invitation, string Reset)> SeedJoiningAsync(TestPortal a, GraphQLClient admin)
    {
        var signedUp = (await fixture.GraphQL.As(null).PostAsync(a.Tenant, "mutation($input: SignUpInput!) { signUp(input: $input) { organisation { id } } }", new
        {
            input = new
            {
                login = "a-applicant", displayName = $"{Mark}申请人", mobile = "13800000000", password = TestPortal.Password,
                organisation = new
                {
                    name = $"{Mark}注册企业", kind = "ENTERPRISE", creditCode = CreditCodes.Valid(1), province = "34", city = "3401",
                    address = $"{Mark}路 1 号", contactName = $"{Mark}联系人", contactPhone = "0551-12345678",
                },
            },
        })).EnsureNoErrors().Data.GetProperty("signUp").GetProperty("organisation").GetProperty("id").GetString()!;
        var link = (await admin.PostAsync(a.Tenant, "mutation { createInvitation(organisation: \"a-only-org\", email: \"a@example.com\") { link } }"))
            .EnsureNoErrors().Data.GetProperty("createInvitation").GetProperty("link").GetString()!;
        var reset = (await admin.PostAsync(a.Tenant, "mutation { createPasswordResetLink(login: \"a-only-user\") }"))
            .EnsureNoErrors().Data.GetProperty("createPasswordResetLink").GetString()!;
        return (signedUp, link[(link.LastIndexOf('/') + 1)..], reset[(reset.LastIndexOf('/') + 1)..]);
    }

    /// <summary>A call with a recommender, the enterprise's submitted and recommended application with a document, and an honour, all marked; answers the document's id.</summary>
    private async Task<string> SeedProgramCallAsync(TestPortal a, GraphQLClient curator, GraphQLClient enterprise)
    {
        (await curator.PostAsync(a.Tenant, $$"""
            mutation {
              openProgramCall(id: "a-call", input: { program: "fusion-2020", title: "{{Mark}}申报批次", introduction: "{{Mark}}说明",
                recommendationDue: "2030-01-01T00:00:00Z", reviewDue: "2030-02-01T00:00:00Z", publicationDue: "2030-03-01T00:00:00Z" }) { id }
              setProgramCallRecommenders(call: "a-call", expectedVersion: 1, recommenders: [{ organisation: "org-recommender", kind: "local-authority" }]) { version }
              recordProgramHonours(honours: [{ organisation: "org-enterprise", direction: "fusion-2019-d01", projectName: "{{Mark}}获评项目", source: "{{Mark}}" }]) { projectName }
            }
            """)).EnsureNoErrors();
        var answers = ProgramSeed.CompleteAnswers("fusion-2020", "fusion-2020-d05").Select(x => new { key = x.Key, value = x.Value }).ToArray();
        var (_, uploaded) = await Showcase.Testing.Files.UploadClient.UploadAsync(
            fixture.GraphQL.Http, a.Tenant, a.TokenOf(TestPortal.Enterprise), "application/a-call/org-enterprise", Showcase.Testing.Files.TestDocuments.Pdf, "甲门户证明材料.pdf", endpoint: "files");
        var document = uploaded.GetProperty("id").GetString()!;
        var form = ProgramCatalog.Form(ProgramCatalog.Find("fusion-2020")!.FormOf("fusion-2020-d05"));
        var files = new[] { new { key = form.FilesKey(form.FileSlots.First()), files = new[] { document } } };
        (await enterprise.PostAsync(a.Tenant, "mutation($input: ProgramApplicationInput!) { saveProgramApplication(call: \"a-call\", expectedVersion: 0, input: $input) { version } submitProgramApplication(call: \"a-call\", expectedVersion: 1, pledge: true) { status } }",
            new { input = new { projectName = $"{Mark}申报项目", directions = new[] { "fusion-2020-d05" }, recommender = "org-recommender", answers, files } })).EnsureNoErrors();
        (await fixture.GraphQL.As(a.TokenOf(TestPortal.Recommender)).PostAsync(a.Tenant,
            "mutation { recommendProgramApplications(call: \"a-call\", applicants: [\"org-enterprise\"]) { version } }")).EnsureNoErrors();
        return document;
    }

    /// <summary>Everything of tenant A the matrix could touch, as one comparable string.</summary>
    private async Task<string> SnapshotAsync(TenantId tenant, IsolationMatrix.Ids ids)
    {
        var grains = fixture.Host.Grains;
        var draft = await grains.GetScenario(new ScenarioKey(tenant, EntityId.Parse(ids.Draft))).GetAsync();
        var published = await grains.GetScenario(new ScenarioKey(tenant, EntityId.Parse(ids.Published))).GetAsync();
        var organisation = await grains.GetOrganisation(new OrganisationKey(tenant, EntityId.Parse(ids.Organisation))).GetAsync();
        var pending = await grains.GetOrganisation(new OrganisationKey(tenant, EntityId.Parse(ids.Pending))).GetAsync();
        var invitations = await grains.GetOrganisation(new OrganisationKey(tenant, EntityId.Parse(ids.Organisation))).ListInvitationsAsync();
        var applicant = await grains.GetAccount(new AccountKey(tenant, EntityId.Parse(ids.Applicant))).GetAsync();
        var account = await grains.GetAccount(new AccountKey(tenant, EntityId.Parse(ids.Login))).GetAsync();
        var admin = grains.GetAccount(new AccountKey(tenant, EntityId.Parse(TestPortal.Admin)));
        var tenantSnapshot = await grains.GetTenant(tenant).GetAsync();
        var scenarios = await grains.GetScenarioDirectory(tenant).ListAsync(new ScenarioListQuery(Take: 100));
        var people = grains.GetPeopleDirectory(tenant);
        var accounts = await people.ListAccountsAsync(new Showcase.People.AccountQuery(), 0, 100);
        var organisations = await people.ListOrganisationsAsync(new Showcase.People.OrganisationQuery(), 0, 100);
        var catalog = new List<string>();
        foreach (var kind in Enum.GetValues<CatalogKind>())
        {
            var page = await grains.GetCatalogDirectory(tenant, kind).ListAsync(new CatalogQuery { VisibleTo = null, Take = 100 });
            catalog.Add($"{kind}: {string.Join(",", page.Items.Select(e => $"{e.Id} v{e.Version} {e.Status} {e.Title}"))}");
        }

        var collection = await grains.GetCollection(new CollectionKey(tenant, EntityId.Parse(ids.Collection))).GetAsync();
        catalog.Add($"collection v{collection!.Version} {collection.Content.CaseCount} published {collection.Published?.Number}");
        var call = await grains.GetProgramCall(new ProgramCallKey(tenant, EntityId.Parse("a-call"))).GetAsync();
        var application = await grains.GetProgramApplication(new ProgramApplicationKey(call!.Key, TestPortal.EnterpriseOrg)).GetAsync();
        catalog.Add($"call v{call.Version} {string.Join(",", call.Recommenders.Select(r => $"{r.Name}:{r.Quota}:{call.RecommendedBy(r.Organisation).Count}"))} application v{application!.Version} {application.Status}");
        catalog.Add($"honours {(await grains.GetProgramHonours(tenant).ListAsync()).Count}");
        var inbox = await grains.GetNotificationInbox(new AccountKey(tenant, EntityId.Parse(TestPortal.Curator))).CountUnreadAsync();
        return string.Join(" | ",
            string.Join(" ; ", catalog),
            $"curator unread {inbox}",
            $"draft v{draft!.Version} {draft.Status} {draft.Content.Title}",
            $"published v{published!.Version} {published.Status} {published.Content.Title}",
            $"org v{organisation!.Version} {organisation.Profile.Name} {organisation.Status}",
            $"pending v{pending!.Version} {pending.Status} invitations {string.Join(",", invitations.Select(i => $"{i.Id}:{i.AcceptedBy}:{i.RevokedAt}"))}",
            $"applicant v{applicant!.Version} {applicant.Membership.Organisation} {applicant.IsLocked}",
            $"account v{account!.Version} {string.Join(",", account.Membership.Roles)} {account.SecurityStamp} {account.IsLocked} {account.IsOrganisationAdmin}",
            $"admin tokens {string.Join(",", (await admin.ListTokensAsync()).Select(t => $"{t.Id}:{t.RevokedAt}"))} v{(await admin.GetAsync())!.Version}",
            $"tenant v{tenantSnapshot!.Version} {tenantSnapshot.Profile.Name}",
            $"scenarios {scenarios.TotalCount} accounts {accounts.TotalCount} organisations {organisations.TotalCount}");
    }
}
