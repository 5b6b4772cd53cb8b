using Showcase.Common;
using Showcase.People;

namespace Showcase.Silo.Tenancy;

/// <summary>
/// The demo portal's organisations and one account per role, all with <see cref="Password"/> (listed in the README).
/// Fictional organisations; fixed ids so restarts never add them twice.
/// </summary>
internal static class DemoPeople
{
    public const string Password = "showcase-demo-2026";

    public static readonly EntityId Organiser = EntityId.Parse("demo-organiser");
    public static readonly EntityId Enterprise = EntityId.Parse("demo-enterprise");
    public static readonly EntityId Provider = EntityId.Parse("demo-provider");
    public static readonly EntityId Recommender = EntityId.Parse("demo-recommender");

    public sealed record DemoAccount(string Login, string DisplayName, Role Role, EntityId? Organisation);

    public static IReadOnlyList<(EntityId Id, OrganisationProfile Profile)> Organisations { get; } =
    [
        (Organiser, new OrganisationProfile("演示省工业和信息化厅", OrganisationKind.Organiser, "负责本省智能制造试点示范工作的组织和推荐（演示单位）。")),
        (Enterprise, new OrganisationProfile("江淮精工车身有限公司", OrganisationKind.Enterprise, "汽车车身零部件制造企业（虚构，演示用）。")),
        (Provider, new OrganisationProfile("智云工业软件有限公司", OrganisationKind.Provider, "工业互联网平台与机器视觉解决方案供应商（虚构，演示用）。")),
        (Recommender, new OrganisationProfile("演示市工业和信息化局", OrganisationKind.Recommender, "向试点示范项目推荐本市申报项目的地方工业和信息化主管部门（演示单位）。")),
    ];

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", "王敏（门户管理员）", Role.TenantAdmin, Organiser),
        new("curator", "李娜（策展人）", Role.Curator, Organiser),
        new("enterprise", "张伟（企业成员）", Role.EnterpriseMember, Enterprise),
        new("provider", "赵磊（供应商成员）", Role.ProviderMember, Provider),
        new("reviewer", "陈静（评审专家）", Role.Reviewer, null),
        new("recommender", "孙强（推荐单位）", Role.Recommender, Recommender),
    ];

    /// <summary>The samples are the enterprise's declarations.</summary>
    public static Owner SampleOwner { get; } = new(EntityId.Parse("enterprise"), Enterprise);
}
