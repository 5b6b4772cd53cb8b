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

    public sealed record DemoAccount(string Login, string DisplayName, Role? Role, EntityId? Organisation, bool OrganisationAdmin = false);

    /// <summary>The organisation that signed itself up and waits for verification (its person: <c>applicant</c>).</summary>
    public static readonly EntityId Applicant = EntityId.Parse("demo-applicant");

    public static IReadOnlyList<(EntityId Id, OrganisationProfile Profile)> Organisations { get; } =
    [
        (Organiser, new OrganisationProfile("演示省工业和信息化厅", OrganisationKind.Organiser, "负责本省智能制造试点示范工作的组织和推荐（演示单位）。")),
        (Enterprise, new OrganisationProfile("江淮精工车身有限公司", OrganisationKind.Enterprise, "汽车车身零部件制造企业（虚构，演示用）。")
        {
            CreditCode = Code("91340100MA2D0N001"), Province = "34", City = "3401", Address = "合肥市经济技术开发区演示路 1 号",
            ContactName = "张伟", ContactPhone = "0551-00000001",
        }),
        (Provider, new OrganisationProfile("智云工业软件有限公司", OrganisationKind.Provider, "工业互联网平台与机器视觉解决方案供应商，服务汽车零部件企业的质量检测与生产管控（虚构，演示用）。")
        {
            CreditCode = Code("91320500MA2D0N002"), Province = "32", City = "3205", Address = "苏州工业园区演示大道 2 号",
            ContactName = "赵磊", ContactPhone = "0512-00000002", ProviderKind = "it", ProviderIndustry = "automotive", ProviderDomain = "quality",
        }),
        (Recommender, new OrganisationProfile("演示市工业和信息化局", OrganisationKind.Recommender, "向试点示范项目推荐本市申报项目的地方工业和信息化主管部门（演示单位）。")),
    ];

    /// <summary>A signed-up provider, so the verification queue is not empty on first start.</summary>
    public static OrganisationProfile ApplicantProfile { get; } = new("数联智造科技有限公司", OrganisationKind.Provider, "面向离散制造的设备联网与数字孪生服务商（虚构，演示用）。")
    {
        CreditCode = Code("91330100MA2D0N003"), Province = "33", City = "3301", Address = "杭州市滨江区演示路 3 号",
        ContactName = "钱芳", ContactPhone = "0571-00000003", ProviderKind = "it", ProviderIndustry = "machinery", ProviderDomain = "production",
    };

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", "王敏（门户管理员）", Role.TenantAdmin, Organiser),
        new("curator", "李娜（策展人）", Role.Curator, Organiser),
        new("enterprise", "张伟（企业成员）", Role.EnterpriseMember, Enterprise),
        new("provider", "赵磊（供应商成员）", Role.ProviderMember, Provider, OrganisationAdmin: true),
        new("reviewer", "陈静（评审专家）", Role.Reviewer, null),
        new("recommender", "孙强（推荐单位）", Role.Recommender, Recommender),
        new("applicant", "钱芳（新注册的供应商）", Role.ProviderMember, Applicant, OrganisationAdmin: true),
    ];

    /// <summary>A fictional 统一社会信用代码: 17 characters and their GB 32100 check character.</summary>
    private static string Code(string first17) => first17 + CreditCode.CheckCharacter(first17);

    /// <summary>The samples are the enterprise's declarations.</summary>
    public static Owner SampleOwner { get; } = new(EntityId.Parse("enterprise"), Enterprise);
}
