using Showcase.Common;
using Showcase.People;
using Showcase.Tenancy;

namespace Showcase.Testing;

/// <summary>
/// A fresh tenant with an organiser, two enterprises and two providers, one account per role (plus a rival
/// enterprise and provider member, and a recommender) and an access token for each. All accounts have <see cref="Password"/>.
/// </summary>
public sealed record TestPortal(TenantId Tenant, IReadOnlyDictionary<string, string> Tokens)
{
    public const string Password = "portal-test-password";

    public const string Admin = "admin";
    public const string Curator = "curator";
    public const string Enterprise = "enterprise";
    public const string RivalEnterprise = "rival-enterprise";
    public const string Provider = "provider";
    public const string RivalProvider = "rival-provider";
    public const string Reviewer = "reviewer";
    public const string Recommender = "recommender";

    public static readonly EntityId OrganiserOrg = EntityId.Parse("org-organiser");
    public static readonly EntityId EnterpriseOrg = EntityId.Parse("org-enterprise");
    public static readonly EntityId RivalEnterpriseOrg = EntityId.Parse("org-rival-enterprise");
    public static readonly EntityId ProviderOrg = EntityId.Parse("org-provider");
    public static readonly EntityId RivalProviderOrg = EntityId.Parse("org-rival-provider");
    public static readonly EntityId RecommenderOrg = EntityId.Parse("org-recommender");

    public static IReadOnlyList<(EntityId Id, OrganisationProfile Profile)> Organisations { get; } =
    [
        (OrganiserOrg, new("测试工信厅", OrganisationKind.Organiser, null)),
        (EnterpriseOrg, new("测试企业", OrganisationKind.Enterprise, null)),
        (RivalEnterpriseOrg, new("另一家企业", OrganisationKind.Enterprise, null)),
        (ProviderOrg, new("测试供应商", OrganisationKind.Provider, null)),
        (RivalProviderOrg, new("竞争供应商", OrganisationKind.Provider, null)),
        (RecommenderOrg, new("测试市工业和信息化局", OrganisationKind.Recommender, null)),
    ];

    public static IReadOnlyList<(string Login, Role Role, EntityId? Organisation)> Accounts { get; } =
    [
        (Admin, Role.TenantAdmin, OrganiserOrg),
        (Curator, Role.Curator, OrganiserOrg),
        (Enterprise, Role.EnterpriseMember, EnterpriseOrg),
        (RivalEnterprise, Role.EnterpriseMember, RivalEnterpriseOrg),
        (Provider, Role.ProviderMember, ProviderOrg),
        (RivalProvider, Role.ProviderMember, RivalProviderOrg),
        (Reviewer, Role.Reviewer, null),
        (Recommender, Role.Recommender, RecommenderOrg),
    ];

    public string TokenOf(string login) => Tokens[login];
}
