using Showcase.Api.Tests.Catalog;
using Showcase.Testing;

namespace Showcase.Api.Tests.Tenancy;

/// <summary>
/// One operation per root field of the schema, written with tenant A's ids. The isolation test runs each one as
/// every kind of tenant B person; <see cref="TenantIsolationTests.EveryRootField_IsInTheMatrix"/> fails when a
/// field is added to the schema without a line here.
/// </summary>
public static class IsolationMatrix
{
    /// <summary>Tenant A's ids that the operations refer to.</summary>
    public sealed record Ids(string Draft, string Published, string Organisation, string Login, string TokenId, string Tenant,
        string CaseDraft, string CasePublished, string Factory, string PilotZone, string Provider, string Import, string Collection, string Export,
        string Pending, string Applicant, string Invitation, string Reset, string Picture, string DraftPicture, string BidFile, string ApplicationFile);

    public sealed record Case(string Query, Func<Ids, object> Variables);

    private const string ScenarioFields = "id title summary status version";
    private const string AccountFields = "login displayName roles organisation { id name } isPlatformAdmin";
    private const string OrganisationFields = "id name kind introduction creditCode address contactName contactPhone status statusReason version";
    private const string MemberFields = "login displayName roles isOrganisationAdmin isLocked requestedOrganisation { name } declinedReason";
    private const string Person = "{ login: \"b-attempt\", displayName: \"乙门户尝试写入\", mobile: \"13800000000\", password: \"b-portal-password\" }";
    private const string TenantFields = "id name description hostNames features { enterpriseTasks }";

    private static readonly object ScenarioInput = new { title = "乙门户尝试写入", industry = "automotive" };
    private static readonly object OrganisationInput = new { name = "乙门户尝试写入", kind = "ENTERPRISE" };
    private static readonly object TenantInput = new { name = "乙门户尝试写入", description = "" };
    private const string Attempt = "乙门户尝试写入";
    private const string EntryFields = "totalCount endCursor hasNextPage items { kind id title subtitle status statusLabel isPublic }";
    private const string Challenge = "a-challenge";
    private const string ChallengeFields = "id title status version bidCount bids { provider status } bid(provider: \"a-provider\") { proposal files { name url } } questions { question askedBy } evaluation { bids { bidder proposal } } feedback(provider: \"a-provider\") { comments }";
    private const string CollectionFields = "id version url isPublished hasUnpublishedChanges published { title introduction sections { title cases { caseId title note newerRevision withdrawn } } } working { title caseCount } seed { query section } history { action detail }";
    private const string Call = "a-call";
    private const string CallFields = "id title introduction version recommenders { name quota recommended } applications { applicant projectName rank } myApplication { projectName answers { key value } } evaluation { reviewers ranking { projectName } applications { projectName myComment } } publication { winners { projectName showcaseUrl } objections { text by } } history { action detail }";
    private const string ApplicationFields = "projectName status version answers { key value } files { key files { name url } } forms { code } history { action detail }";
    private const string Decision = "{ action: SELECT, note: \"乙门户尝试写入\" }";

    public static IReadOnlyDictionary<string, Case> Queries { get; } = new Dictionary<string, Case>
    {
        ["tenant"] = new($"{{ tenant {{ {TenantFields} }} }}", _ => new { }),
        ["tenants"] = new($"{{ tenants {{ {TenantFields} }} }}", _ => new { }),
        ["taxonomies"] = new("{ taxonomies { key } }", _ => new { }),
        ["taxonomy"] = new("{ taxonomy(key: \"industry\") { key } }", _ => new { }),
        ["me"] = new($"{{ me {{ {AccountFields} }} }}", _ => new { }),
        ["myAccessTokens"] = new("{ myAccessTokens { id name } }", _ => new { }),
        ["scenario"] = new($"query($a: ID!, $b: ID!) {{ a: scenario(id: $a) {{ {ScenarioFields} }} b: scenario(id: $b) {{ {ScenarioFields} }} }}",
            ids => new { a = ids.Draft, b = ids.Published }),
        ["scenarios"] = new($"{{ all: scenarios(take: 100) {{ totalCount items {{ id title }} }} drafts: scenarios(status: DRAFT) {{ totalCount }} published: scenarios(status: PUBLISHED) {{ totalCount }} }}",
            _ => new { }),
        ["organisation"] = new($"query($id: ID!) {{ organisation(id: $id) {{ {OrganisationFields} }} }}", ids => new { id = ids.Organisation }),
        ["organisations"] = new("{ organisations(take: 100) { totalCount items { id name creditCode status } } pending: organisations(status: PENDING) { totalCount items { name } } search: organisations(search: \"甲门户\") { totalCount } }", _ => new { }),
        ["organisationMembers"] = new("query($org: ID!) { organisationMembers(organisation: $org) { totalCount items { login displayName } } }", ids => new { org = ids.Organisation }),
        ["joinRequests"] = new("query($org: ID!) { joinRequests(organisation: $org) { totalCount items { login displayName } } }", ids => new { org = ids.Organisation }),
        ["invitations"] = new("query($org: ID!) { invitations(organisation: $org) { id email createdBy } }", ids => new { org = ids.Organisation }),
        ["invitingOrganisation"] = new("query($t: String!) { invitingOrganisation(token: $t) }", ids => new { t = ids.Invitation }),
        ["account"] = new($"query($login: ID!) {{ account(login: $login) {{ {AccountFields} }} }}", ids => new { login = ids.Login }),
        ["accounts"] = new("query($org: ID) { all: accounts(take: 100) { totalCount items { login displayName } } members: accounts(organisation: $org) { totalCount } }",
            ids => new { org = ids.Organisation }),
        ["auditTrail"] = new("query($s: ID!, $o: ID!, $a: ID!, $t: ID!) { s: auditTrail(entity: SCENARIO, id: $s) { action detail actorName } o: auditTrail(entity: ORGANISATION, id: $o) { action detail } a: auditTrail(entity: ACCOUNT, id: $a) { action detail } t: auditTrail(entity: TENANT, id: $t) { action detail } }",
            ids => new { s = ids.Draft, o = ids.Organisation, a = ids.Login, t = ids.Tenant }),
        ["case"] = new($"query($a: ID!, $b: ID!) {{ a: case(id: $a) {{ {CatalogInputs.CaseFields} revisions {{ number title }} }} b: case(id: $b) {{ {CatalogInputs.CaseFields} related {{ id title }} }} }}",
            ids => new { a = ids.CaseDraft, b = ids.CasePublished }),
        ["cases"] = new($"{{ all: cases(first: 100) {{ {EntryFields} }} drafts: cases(filter: {{ statuses: [\"draft\"] }}) {{ totalCount }} }}", _ => new { }),
        ["factory"] = new($"query($id: ID!) {{ factory(id: $id) {{ {CatalogInputs.FactoryFields} cases {{ totalCount }} }} }}", ids => new { id = ids.Factory }),
        ["factories"] = new($"{{ factories(first: 100) {{ {EntryFields} }} }}", _ => new { }),
        ["pilotZone"] = new($"query($id: ID!) {{ pilotZone(id: $id) {{ {CatalogInputs.PilotZoneFields} }} }}", ids => new { id = ids.PilotZone }),
        ["pilotZones"] = new($"{{ pilotZones(first: 100) {{ {EntryFields} }} }}", _ => new { }),
        ["provider"] = new($"query($id: ID!) {{ provider(id: $id) {{ {CatalogInputs.ProviderFields} }} }}", ids => new { id = ids.Provider }),
        ["providers"] = new($"{{ providers(first: 100) {{ {EntryFields} }} }}", _ => new { }),
        ["catalogMap"] = new("{ catalogMap { province { code } factories pilotZones cases total } }", _ => new { }),
        ["statistics"] = new("{ statistics { key title columns rows { label href values } note } }", _ => new { }),
        ["search"] = new("{ all: search { total hits { id title snippetHtml } facets { dimension values { value name count } } } words: search(query: \"甲门户\") { total hits { title } } }", _ => new { }),
        ["challenge"] = new($"{{ challenge(id: \"{Challenge}\") {{ {ChallengeFields} }} }}", _ => new { }),
        ["challenges"] = new("{ challenges { totalCount items { id title bids } } }", _ => new { }),
        ["myBids"] = new("query($p: ID!) { myBids(provider: $p) { challenge { id title } bid { proposal } } }", ids => new { p = ids.Provider }),
        ["recommendedChallenges"] = new("query($p: ID!) { recommendedChallenges(provider: $p) { challenge { id title } match { score } } }", ids => new { p = ids.Provider }),
        ["challengeMatches"] = new($"{{ challengeMatches(id: \"{Challenge}\") {{ provider name score }} }}", _ => new { }),
        ["searchSynonyms"] = new("{ searchSynonyms { groups version } }", _ => new { }),
        ["searchRebuild"] = new("{ searchRebuild { state done total } }", _ => new { }),
        ["searchSuggestions"] = new("{ searchSuggestions(prefix: \"甲门户\") { id title } }", _ => new { }),
        ["importJob"] = new("query($id: ID!) { importJob(id: $id) { id state fileName errors { message } } }", ids => new { id = ids.Import }),
        ["notifications"] = new("{ notifications { unreadCount items { id title body link } } }", _ => new { }),
        ["collections"] = new("{ collections(take: 100) { totalCount items { id published { title } } } }", _ => new { }),
        ["collection"] = new($"query($id: ID!) {{ collection(id: $id) {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["programs"] = new("{ programs { code name directions { code form } } }", _ => new { }),
        ["applicationForm"] = new("{ applicationForm(code: \"sino-german\") { code sections { title fields { key } files { key label } } } }", _ => new { }),
        ["programCalls"] = new("{ programCalls { id title submittedCount } }", _ => new { }),
        ["programCall"] = new($"{{ programCall(id: \"{Call}\") {{ {CallFields} }} }}", _ => new { }),
        ["programApplication"] = new($"{{ programApplication(call: \"{Call}\", applicant: \"org-enterprise\") {{ {ApplicationFields} }} }}", _ => new { }),
        ["programHonours"] = new("{ programHonours { projectName source } }", _ => new { }),
        ["collectionExport"] = new("query($id: ID!) { collectionExport(id: $id) { id state fileName downloadUrl } }", ids => new { id = ids.Export }),
    };

    public static IReadOnlyDictionary<string, Case> Mutations { get; } = new Dictionary<string, Case>
    {
        ["createScenario"] = new($"mutation($id: ID!, $input: ScenarioContentInput!) {{ createScenario(id: $id, input: $input) {{ {ScenarioFields} }} }}",
            ids => new { id = ids.Draft, input = ScenarioInput }),
        ["editScenario"] = new($"mutation($id: ID!, $input: ScenarioContentInput!) {{ editScenario(id: $id, expectedVersion: 1, input: $input) {{ {ScenarioFields} }} }}",
            ids => new { id = ids.Draft, input = ScenarioInput }),
        ["setScenarioPictures"] = new($"mutation($id: ID!, $p: ID!) {{ setScenarioPictures(id: $id, expectedVersion: 1, pictures: {{ cover: {{ id: $p }} }}) {{ {ScenarioFields} }} }}",
            ids => new { id = ids.Draft, p = ids.DraftPicture }),
        ["deleteScenarioDraft"] = new("mutation($id: ID!) { deleteScenarioDraft(id: $id) }", ids => new { id = ids.Draft }),
        ["publishScenario"] = new($"mutation($id: ID!) {{ publishScenario(id: $id) {{ {ScenarioFields} }} }}", ids => new { id = ids.Draft }),
        ["unpublishScenario"] = new($"mutation($id: ID!) {{ unpublishScenario(id: $id) {{ {ScenarioFields} }} }}", ids => new { id = ids.Published }),
        ["createOrganisation"] = new($"mutation($id: ID!, $input: OrganisationInput!) {{ createOrganisation(id: $id, input: $input) {{ {OrganisationFields} }} }}",
            ids => new { id = ids.Organisation, input = OrganisationInput }),
        ["editOrganisation"] = new($"mutation($id: ID!, $input: OrganisationInput!) {{ editOrganisation(id: $id, expectedVersion: 1, input: $input) {{ {OrganisationFields} }} }}",
            ids => new { id = ids.Organisation, input = OrganisationInput }),
        ["createAccount"] = new($"mutation($login: ID!) {{ createAccount(login: $login, displayName: \"乙门户尝试写入\", password: \"b-portal-password\", roles: [REVIEWER]) {{ {AccountFields} }} }}",
            ids => new { login = ids.Login }),
        ["setMembership"] = new($"mutation($login: ID!) {{ setMembership(login: $login, roles: [TENANT_ADMIN]) {{ {AccountFields} }} }}",
            ids => new { login = ids.Login }),
        ["setAccountLocked"] = new($"mutation($login: ID!) {{ setAccountLocked(login: $login, locked: true, reason: \"乙门户尝试写入\") {{ {AccountFields} }} }}",
            ids => new { login = ids.Login }),
        ["decideOrganisation"] = new($"mutation($a: ID!, $b: ID!) {{ a: decideOrganisation(id: $a, decision: APPROVE) {{ {OrganisationFields} }} b: decideOrganisation(id: $b, decision: SUSPEND, reason: \"乙门户尝试写入\") {{ id }} }}",
            ids => new { a = ids.Pending, b = ids.Organisation }),
        ["signUp"] = new($"mutation($code: String!) {{ signUp(input: {{ login: \"b-applicant\", displayName: \"乙门户尝试写入\", mobile: \"13800000001\", password: \"b-portal-password\", joinCreditCode: $code }}) {{ joining account {{ {MemberFields} }} organisation {{ {OrganisationFields} }} }} }}",
            _ => new { code = CreditCodes.Valid(1) }),
        ["createInvitation"] = new("mutation($org: ID!) { createInvitation(organisation: $org, email: \"b@example.com\") { link invitation { id } } }", ids => new { org = ids.Organisation }),
        ["revokeInvitation"] = new("mutation($org: ID!) { revokeInvitation(organisation: $org, id: \"a-invitation\") { id } }", ids => new { org = ids.Organisation }),
        ["acceptInvitation"] = new($"mutation($t: String!) {{ acceptInvitation(token: $t, input: {Person}) {{ {MemberFields} }} }}", ids => new { t = ids.Invitation }),
        ["acceptJoinRequest"] = new($"mutation($org: ID!, $login: ID!) {{ acceptJoinRequest(organisation: $org, login: $login) {{ {MemberFields} }} }}",
            ids => new { org = ids.Pending, login = ids.Applicant }),
        ["declineJoinRequest"] = new($"mutation($org: ID!, $login: ID!) {{ declineJoinRequest(organisation: $org, login: $login, reason: \"乙门户尝试写入\") {{ {MemberFields} }} }}",
            ids => new { org = ids.Pending, login = ids.Applicant }),
        ["removeMember"] = new($"mutation($org: ID!, $login: ID!) {{ removeMember(organisation: $org, login: $login) {{ {MemberFields} }} }}",
            ids => new { org = ids.Organisation, login = ids.Login }),
        ["handOverOrganisationAdmin"] = new($"mutation($org: ID!, $login: ID!) {{ handOverOrganisationAdmin(organisation: $org, login: $login) {{ {MemberFields} }} }}",
            ids => new { org = ids.Organisation, login = ids.Login }),
        ["requestPasswordReset"] = new("mutation($login: String!) { requestPasswordReset(login: $login) }", ids => new { login = ids.Login }),
        ["createPasswordResetLink"] = new("mutation($login: ID!) { createPasswordResetLink(login: $login) }", ids => new { login = ids.Login }),
        ["resetPassword"] = new($"mutation($t: String!) {{ resetPassword(token: $t, newPassword: \"b-portal-new-password\") {{ {MemberFields} }} }}", ids => new { t = ids.Reset }),
        ["createAccessToken"] = new("mutation($login: String!) { createAccessToken(login: $login, password: \"portal-test-password\", name: \"乙门户尝试\") { token accessToken { id } } }",
            ids => new { login = ids.Login }),
        ["revokeAccessToken"] = new("mutation($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }", ids => new { id = ids.TokenId }),
        ["changePassword"] = new($"mutation {{ changePassword(currentPassword: \"wrong-password\", newPassword: \"b-portal-new-password\") {{ {AccountFields} }} }}",
            _ => new { }),
        ["createTenant"] = new($"mutation($id: ID!, $input: TenantProfileInput!) {{ createTenant(id: $id, input: $input) {{ {TenantFields} }} }}",
            ids => new { id = ids.Tenant, input = TenantInput }),
        ["configureTenant"] = new($"mutation($input: TenantProfileInput!) {{ configureTenant(input: $input) {{ {TenantFields} }} }}",
            _ => new { input = TenantInput }),
        ["createCase"] = new($"mutation($id: ID!, $input: CaseContentInput!) {{ createCase(id: $id, input: $input) {{ {CatalogInputs.CaseFields} }} }}",
            ids => new { id = ids.CaseDraft, input = new { title = Attempt } }),
        ["editCase"] = new($"mutation($id: ID!, $input: CaseContentInput!) {{ editCase(id: $id, expectedVersion: 1, input: $input) {{ {CatalogInputs.CaseFields} }} }}",
            ids => new { id = ids.CaseDraft, input = new { title = Attempt } }),
        ["setCasePictures"] = new($"mutation($id: ID!, $p: ID!) {{ setCasePictures(id: $id, expectedVersion: 1, pictures: {{ cover: {{ id: $p }} }}) {{ {CatalogInputs.CaseFields} }} }}",
            ids => new { id = ids.CaseDraft, p = ids.DraftPicture }),
        ["deleteCaseDraft"] = new("mutation($id: ID!) { deleteCaseDraft(id: $id) }", ids => new { id = ids.CaseDraft }),
        ["submitCase"] = new($"mutation($id: ID!) {{ submitCase(id: $id) {{ {CatalogInputs.CaseFields} }} }}", ids => new { id = ids.CaseDraft }),
        ["returnCase"] = new($"mutation($id: ID!) {{ returnCase(id: $id, note: \"{Attempt}\") {{ {CatalogInputs.CaseFields} }} }}", ids => new { id = ids.CaseDraft }),
        ["publishCase"] = new($"mutation($id: ID!) {{ publishCase(id: $id) {{ {CatalogInputs.CaseFields} }} }}", ids => new { id = ids.CaseDraft }),
        ["withdrawCase"] = new($"mutation($id: ID!) {{ withdrawCase(id: $id, reason: \"{Attempt}\") {{ {CatalogInputs.CaseFields} }} }}", ids => new { id = ids.CasePublished }),
        ["declareFactory"] = new($"mutation($id: ID!, $input: FactoryProfileInput!) {{ declareFactory(id: $id, input: $input) {{ {CatalogInputs.FactoryFields} }} }}",
            ids => new { id = ids.Factory, input = new { name = Attempt } }),
        ["editFactory"] = new($"mutation($id: ID!, $input: FactoryProfileInput!) {{ editFactory(id: $id, expectedVersion: 1, input: $input) {{ {CatalogInputs.FactoryFields} }} }}",
            ids => new { id = ids.Factory, input = new { name = Attempt } }),
        ["setFactoryPictures"] = new($"mutation($id: ID!, $p: ID!) {{ setFactoryPictures(id: $id, expectedVersion: 1, pictures: {{ gallery: [{{ id: $p }}] }}) {{ {CatalogInputs.FactoryFields} }} }}",
            ids => new { id = ids.Factory, p = ids.Picture }),
        ["advanceFactoryTitle"] = new($"mutation($id: ID!) {{ advanceFactoryTitle(id: $id, decision: {Decision}) {{ {CatalogInputs.FactoryFields} }} }}", ids => new { id = ids.Factory }),
        ["reportFactoryProgress"] = new($"mutation($id: ID!) {{ reportFactoryProgress(id: $id, period: \"2026\", text: \"{Attempt}\") {{ {CatalogInputs.FactoryFields} }} }}", ids => new { id = ids.Factory }),
        ["proposePilotZone"] = new($"mutation($id: ID!, $input: PilotZoneProfileInput!) {{ proposePilotZone(id: $id, input: $input) {{ {CatalogInputs.PilotZoneFields} }} }}",
            ids => new { id = ids.PilotZone, input = new { name = Attempt, cities = new[] { "3205" } } }),
        ["editPilotZone"] = new($"mutation($id: ID!, $input: PilotZoneProfileInput!) {{ editPilotZone(id: $id, expectedVersion: 1, input: $input) {{ {CatalogInputs.PilotZoneFields} }} }}",
            ids => new { id = ids.PilotZone, input = new { name = Attempt, cities = new[] { "3205" } } }),
        ["setPilotZonePictures"] = new($"mutation($id: ID!, $p: ID!) {{ setPilotZonePictures(id: $id, expectedVersion: 1, pictures: {{ cover: {{ id: $p }} }}) {{ {CatalogInputs.PilotZoneFields} }} }}",
            ids => new { id = ids.PilotZone, p = ids.Picture }),
        ["advancePilotZoneTitle"] = new($"mutation($id: ID!) {{ advancePilotZoneTitle(id: $id, decision: {Decision}) {{ {CatalogInputs.PilotZoneFields} }} }}", ids => new { id = ids.PilotZone }),
        ["reportPilotZoneProgress"] = new($"mutation($id: ID!) {{ reportPilotZoneProgress(id: $id, period: \"2026\", text: \"{Attempt}\") {{ {CatalogInputs.PilotZoneFields} }} }}", ids => new { id = ids.PilotZone }),
        ["registerProvider"] = new($"mutation($id: ID!, $input: ProviderProfileInput!) {{ registerProvider(id: $id, input: $input) {{ {CatalogInputs.ProviderFields} }} }}",
            ids => new { id = ids.Provider, input = new { name = Attempt } }),
        ["editProvider"] = new($"mutation($id: ID!, $input: ProviderProfileInput!) {{ editProvider(id: $id, expectedVersion: 1, input: $input) {{ {CatalogInputs.ProviderFields} }} }}",
            ids => new { id = ids.Provider, input = new { name = Attempt } }),
        ["setProviderPictures"] = new($"mutation($id: ID!, $p: ID!) {{ setProviderPictures(id: $id, expectedVersion: 1, pictures: {{ cover: {{ id: $p }} }}) {{ {CatalogInputs.ProviderFields} }} }}",
            ids => new { id = ids.Provider, p = ids.Picture }),
        ["listProvider"] = new($"mutation($id: ID!) {{ listProvider(id: $id) {{ {CatalogInputs.ProviderFields} }} }}", ids => new { id = ids.Provider }),
        ["delistProvider"] = new($"mutation($id: ID!) {{ delistProvider(id: $id, reason: \"{Attempt}\") {{ {CatalogInputs.ProviderFields} }} }}", ids => new { id = ids.Provider }),
        ["createChallenge"] = new($"mutation {{ createChallenge(id: \"{Challenge}\", input: {{ title: \"{Attempt}\" }}) {{ {ChallengeFields} }} }}", _ => new { }),
        ["editChallenge"] = new($"mutation {{ editChallenge(id: \"{Challenge}\", expectedVersion: 2, input: {{ title: \"{Attempt}\" }}) {{ {ChallengeFields} }} }}", _ => new { }),
        ["deleteChallengeDraft"] = new($"mutation {{ deleteChallengeDraft(id: \"{Challenge}\") }}", _ => new { }),
        ["openChallenge"] = new($"mutation {{ openChallenge(id: \"{Challenge}\") {{ {ChallengeFields} }} }}", _ => new { }),
        ["advanceChallenge"] = new($"mutation {{ advanceChallenge(id: \"{Challenge}\", to: CANCELLED, note: \"{Attempt}\") {{ {ChallengeFields} }} }}", _ => new { }),
        ["awardChallenge"] = new($"mutation($p: ID!) {{ awardChallenge(id: \"{Challenge}\", providers: [$p]) {{ {ChallengeFields} }} }}", ids => new { p = ids.Provider }),
        ["submitBid"] = new($"mutation($p: ID!) {{ submitBid(challenge: \"{Challenge}\", provider: $p, operationId: \"b-op\", input: {{ proposal: \"{Attempt}\", price: 1, schedule: \"x\", team: [\"x\"] }}) {{ provider proposal version }} }}", ids => new { p = ids.Provider }),
        ["withdrawBid"] = new($"mutation($p: ID!) {{ withdrawBid(challenge: \"{Challenge}\", provider: $p, operationId: \"b-op2\") {{ provider status }} }}", ids => new { p = ids.Provider }),
        ["askQuestion"] = new($"mutation($p: ID!) {{ askQuestion(challenge: \"{Challenge}\", provider: $p, question: \"{Attempt}\", operationId: \"q\") {{ id question answer }} }}", ids => new { p = ids.Provider }),
        ["answerQuestion"] = new($"mutation {{ answerQuestion(challenge: \"{Challenge}\", questionId: \"q-any\", answer: \"{Attempt}\") {{ {ChallengeFields} }} }}", _ => new { }),
        ["setChallengeEvaluation"] = new($"mutation {{ setChallengeEvaluation(challenge: \"{Challenge}\", rubric: [{{ name: \"{Attempt}\", weight: 100 }}], reviewers: [\"reviewer\"]) {{ {ChallengeFields} }} }}", _ => new { }),
        ["declareConflict"] = new($"mutation($p: String!) {{ declareConflict(challenge: \"{Challenge}\", bidder: $p) {{ {ChallengeFields} }} }}", ids => new { p = ids.Provider }),
        ["reviewBid"] = new($"mutation($p: String!) {{ reviewBid(challenge: \"{Challenge}\", bidder: $p, scores: [100]) {{ {ChallengeFields} }} }}", ids => new { p = ids.Provider }),
        ["planMilestones"] = new($"mutation {{ planMilestones(challenge: \"{Challenge}\", milestones: [{{ title: \"{Attempt}\", due: \"2030-01-01\" }}]) {{ {ChallengeFields} milestones {{ title report }} }} }}", _ => new { }),
        ["reportMilestone"] = new($"mutation($p: ID!) {{ reportMilestone(challenge: \"{Challenge}\", provider: $p, milestone: 0, report: \"{Attempt}\") {{ {ChallengeFields} }} }}", ids => new { p = ids.Provider }),
        ["setSearchSynonyms"] = new($"mutation {{ setSearchSynonyms(groups: [[\"{Attempt}\", \"乙门户同义\"]], expectedVersion: 0) {{ groups version }} }}", _ => new { }),
        ["rebuildSearchIndex"] = new("mutation { rebuildSearchIndex { state } }", _ => new { }),
        ["importCatalog"] = new("mutation($content: String!) { importCatalog(kind: CASE, fileName: \"b.csv\", contentBase64: $content) { id state } }",
            _ => new { content = Convert.ToBase64String("案例名称*,摘要*\n乙门户尝试写入,乙\n"u8.ToArray()) }),
        ["markNotificationsRead"] = new("mutation { markNotificationsRead { unreadCount items { title } } }", _ => new { }),
        ["createCollection"] = new($"mutation($id: ID!) {{ createCollection(id: $id, input: {{ title: \"{Attempt}\", sections: [{{ title: \"{Attempt}\", cases: [{{ case: \"a-case\" }}] }}] }}) {{ added collection {{ {CollectionFields} }} }} }}", ids => new { id = ids.Collection }),
        ["updateCollection"] = new($"mutation($id: ID!) {{ updateCollection(id: $id, expectedVersion: 2, input: {{ title: \"{Attempt}\" }}) {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["moveCollectionCase"] = new($"mutation($id: ID!) {{ moveCollectionCase(id: $id, expectedVersion: 2, case: \"a-case\", by: 1) {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["removeCollectionCase"] = new($"mutation($id: ID!) {{ removeCollectionCase(id: $id, expectedVersion: 2, case: \"a-case\") {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["setCollectionCaseNote"] = new($"mutation($id: ID!) {{ setCollectionCaseNote(id: $id, expectedVersion: 2, case: \"a-case\", note: \"{Attempt}\") {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["updateCollectionPins"] = new($"mutation($id: ID!) {{ updateCollectionPins(id: $id, expectedVersion: 2) {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["publishCollection"] = new($"mutation($id: ID!) {{ publishCollection(id: $id, expectedVersion: 2) {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["deleteCollectionDraft"] = new("mutation($id: ID!) { deleteCollectionDraft(id: $id) }", ids => new { id = ids.Collection }),
        ["unpublishCollection"] = new($"mutation($id: ID!) {{ unpublishCollection(id: $id, expectedVersion: 2) {{ {CollectionFields} }} }}", ids => new { id = ids.Collection }),
        ["addCollectionCases"] = new($"mutation($id: ID!) {{ addCollectionCases(id: $id, expectedVersion: 2, section: 0, cases: [\"a-case\"]) {{ added collection {{ {CollectionFields} }} }} }}", ids => new { id = ids.Collection }),
        ["seedCollection"] = new($"mutation($id: ID!) {{ seedCollection(id: $id, expectedVersion: 2, search: {{ query: \"{Attempt}\" }}) {{ added collection {{ {CollectionFields} }} }} }}", ids => new { id = ids.Collection }),
        ["refreshCollection"] = new($"mutation($id: ID!) {{ refreshCollection(id: $id, expectedVersion: 2) {{ added collection {{ {CollectionFields} }} }} }}", ids => new { id = ids.Collection }),
        ["exportCollection"] = new("mutation($id: ID!) { exportCollection(id: $id, format: DOCX, workingCopy: true) { id state } }", ids => new { id = ids.Collection }),
        ["openProgramCall"] = new($"mutation {{ openProgramCall(id: \"{Call}\", input: {{ program: \"fusion-2020\", title: \"{Attempt}\", recommendationDue: \"2030-01-01T00:00:00Z\", reviewDue: \"2030-02-01T00:00:00Z\", publicationDue: \"2030-03-01T00:00:00Z\" }}) {{ {CallFields} }} }}", _ => new { }),
        ["setProgramCallRecommenders"] = new($"mutation {{ setProgramCallRecommenders(call: \"{Call}\", expectedVersion: 2, recommenders: [{{ organisation: \"org-recommender\", kind: \"local-authority\", quota: 1 }}]) {{ {CallFields} }} }}", _ => new { }),
        ["saveProgramApplication"] = new($"mutation {{ saveProgramApplication(call: \"{Call}\", expectedVersion: 2, input: {{ projectName: \"{Attempt}\" }}) {{ {ApplicationFields} }} }}", _ => new { }),
        ["submitProgramApplication"] = new($"mutation {{ submitProgramApplication(call: \"{Call}\", expectedVersion: 2, pledge: true) {{ {ApplicationFields} }} }}", _ => new { }),
        ["withdrawProgramApplication"] = new($"mutation {{ withdrawProgramApplication(call: \"{Call}\") {{ {ApplicationFields} }} }}", _ => new { }),
        ["recommendProgramApplications"] = new($"mutation {{ recommendProgramApplications(call: \"{Call}\", applicants: []) {{ {CallFields} }} }}", _ => new { }),
        ["setProgramCallEvaluation"] = new($"mutation {{ setProgramCallEvaluation(call: \"{Call}\", rubric: [{{ name: \"{Attempt}\", weight: 100 }}], reviewers: [\"reviewer\"]) {{ {CallFields} }} }}", _ => new { }),
        ["startProgramReview"] = new($"mutation {{ startProgramReview(call: \"{Call}\") {{ {CallFields} }} }}", _ => new { }),
        ["reviewProgramApplication"] = new($"mutation {{ reviewProgramApplication(call: \"{Call}\", applicant: \"org-enterprise\", scores: [100], comment: \"{Attempt}\") {{ {CallFields} }} }}", _ => new { }),
        ["declareProgramConflict"] = new($"mutation {{ declareProgramConflict(call: \"{Call}\", applicant: \"org-enterprise\", note: \"{Attempt}\") {{ {CallFields} }} }}", _ => new { }),
        ["publishProgramResults"] = new($"mutation {{ publishProgramResults(call: \"{Call}\", winners: [\"org-enterprise\"], note: \"{Attempt}\") {{ {CallFields} }} }}", _ => new { }),
        ["objectToProgramResult"] = new($"mutation {{ objectToProgramResult(call: \"{Call}\", applicant: \"org-enterprise\", text: \"{Attempt}\", operationId: \"o-1\") {{ {CallFields} }} }}", _ => new { }),
        ["resolveProgramObjection"] = new($"mutation {{ resolveProgramObjection(call: \"{Call}\", objection: \"o-1\", upheld: true, resolution: \"{Attempt}\") {{ {CallFields} }} }}", _ => new { }),
        ["concludeProgramCall"] = new($"mutation {{ concludeProgramCall(call: \"{Call}\") {{ {CallFields} }} }}", _ => new { }),
        ["recordProgramHonours"] = new($"mutation {{ recordProgramHonours(honours: [{{ organisation: \"org-enterprise\", direction: \"fusion-2020-d05\", projectName: \"{Attempt}\", source: \"{Attempt}\" }}]) {{ projectName }} }}", _ => new { }),
    };
}
