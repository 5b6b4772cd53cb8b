namespace Showcase.Api.Tests.Catalog;

/// <summary>GraphQL inputs complete enough to publish, select or list; <c>mark</c> goes into every name.</summary>
public static class CatalogInputs
{
    public const string CaseFields = "id title organisation contactPhone status statusLabel statusNote isPublic revision publishedRevision hasUnpublishedChanges version";
    public const string FactoryFields = "id name isPublic version title { status statusLabel since validUntil revokedOn steps { action actionLabel note on } } reports { period text }";
    public const string PilotZoneFields = "id name isPublic version title { status statusLabel } reports { period }";
    public const string ProviderFields = "id name status statusLabel statusNote isPublic version";

    public static object Case(string mark, string industry = "automotive", string domain = "quality") => new
    {
        title = $"{mark}焊装车间质量在线检测",
        summary = $"{mark}用机器视觉在线检测焊点质量。",
        body = $"{mark}在焊装车间部署了机器视觉和边缘计算设备，对每一个焊点进行在线检测，缺陷数据实时回传质量管理系统，形成闭环改进。",
        organisation = $"{mark}汽车有限公司",
        contactName = "王工",
        contactPhone = "13800138000",
        contactEmail = "wang@example.com",
        province = "32",
        city = "3205",
        industries = new[] { industry },
        domains = new[] { domain },
        technologies = new[] { "ai", "edge-computing" },
        programs = new[] { "smart-manufacturing-c1" },
        year = 2025,
        metrics = new object[]
        {
            new { name = "焊点缺陷率", unit = "%", before = 1.2m, after = 0.3m },
            new { name = "检测效率", unit = "点/分钟", after = 120m },
        },
    };

    public static object Factory(string mark) => new
    {
        name = $"{mark}高端轴承智能制造示范工厂",
        enterprise = $"{mark}轴承股份有限公司",
        province = "33",
        city = "3302",
        subIndustry = "general-equipment",
        level = "national",
        summary = $"{mark}轴承全流程数字化。",
        technologies = new[] { "5g", "digital-twin" },
    };

    public static object PilotZone(string mark) => new
    {
        name = $"{mark}智能制造先行区",
        cities = new[] { "3205", "3202" },
        industries = new[] { "automotive" },
        summary = $"{mark}以汽车及零部件为特色。",
        policies = new[] { new { title = $"{mark}技改补贴", summary = "按投资额的 10% 补贴。" } },
    };

    public static object Provider(string mark) => new
    {
        name = $"{mark}工业软件有限公司",
        kind = "it",
        province = "11",
        summary = $"{mark}为离散制造提供 MES 与质量追溯。",
        capabilities = new[] { new { industry = "automotive", domain = "quality", technologies = new[] { "ai" } } },
        qualifications = new[] { "CMMI 5" },
        platform = new { platformName = $"{mark}云平台", developersRegistered = 1200L, developersActive = 300L, apps = 80L, killerApps = 5L },
    };

    public static object Challenge(string mark) => new
    {
        title = $"{mark}焊装车间焊点质量在线检测",
        goals = $"{mark}实现焊点 100% 在线检测。",
        indicators = new[] { new { name = "漏检率", target = "≤ 0.5", unit = "%" } },
        budgetMax = 500m,
        bidsDue = DateTimeOffset.UtcNow.AddDays(30),
        industry = "automotive",
        domain = "quality",
        technologies = new[] { "ai" },
        province = "11",
    };

    public static object Bid(string mark, params string[] files) =>
        new { proposal = $"{mark}机器视觉 + 边缘计算。", price = 380m, schedule = "六个月", team = new[] { "王工 · 项目经理" }, files };
}
