using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search;

/// <summary>A small fixed corpus of one tenant's published items, written to exercise Chinese analysis, synonyms and facets.</summary>
public static class SearchCorpus
{
    public const string Tenant = "zj";
    public const string OtherTenant = "js";

    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        Case("weld", "焊装车间焊点质量在线检测", "江淮汽车", "在焊装车间部署工业相机，机器视觉在线检测每一个焊点，缺陷率下降 75%。", "automotive", "quality", ["ai"], "34", 2024),
        Case("blower", "高炉鼓风机预测性维护", "示例钢铁", "在鼓风机上加装振动传感器，基于机理模型提前两周预警轴承故障，非计划停机减少。", "ferrous-metals", "maintenance", ["iot", "big-data"], "13", 2023),
        Case("rolling", "热轧产线设备健康管理平台", "示例钢铁", "汇聚轧机、电机的运行数据，建设设备健康管理平台，实现状态监测与维修决策。", "ferrous-metals", "maintenance", ["industrial-internet"], "13", 2025),
        Case("twin", "发动机装配线数字孪生", "示例动力", "建立装配线三维数字孪生模型，虚实同步，提前验证工艺变更。", "machinery", "design", ["digital-twin"], "33", 2025),
        Case("sim", "注塑模具虚拟仿真设计", "示例模具", "用虚拟仿真替代试模，模具开发周期缩短 40%。", "light-industry", "design", ["cloud-simulation"], "44", 2024),
        Case("energy", "水泥窑能源管理系统", "示例建材", "对窑炉、磨机用电实时计量，能源管理系统自动优化峰谷用电，吨熟料能耗下降 8%。", "building-materials", "energy-saving", ["iot"], "33", 2024),
        Case("agv", "基于 5G 的 AGV 厂内物流调度", "示例电子", "总装车间的 AGV 通过 5G 专网接入调度系统，按节拍配送物料。", "electronics", "logistics", ["5g"], "32", 2025),
        Case("mes", "离散车间 MES 全流程追溯", "示例机械", "上线制造执行系统，工单、物料、质量数据全流程可追溯。", "machinery", "production", ["industrial-internet"], "32", 2023),
        Case("fullwidth", "ＭＥＳ与ＥＲＰ集成的排产优化", "示例家电", "打通ＭＥＳ与ＥＲＰ，按订单自动排产。", "home-appliances", "production", [], "44", 2024),
        Case("procure", "集团集中采购与供应链协同平台", "示例化工", "集团各基地统一集中采购，供应商协同交付。", "petrochemicals", "supply-chain", ["cloud-computing"], "37", 2025),
        Case("safety", "危化品仓库安全生产智能监测", "示例化工", "气体浓度、温度实时监测，异常自动联锁，安全生产风险提前预警。", "petrochemicals", "safety", ["iot", "ai"], "37", 2024),
        Case("welding-robot", "焊接机器人柔性产线", "示例机械", "焊接机器人与变位机组成柔性产线，多品种小批量换型时间缩短 60%。", "machinery", "production", ["ai"], "33", 2025),
        Factory("f-bearing", "高端轴承智能制造示范工厂", "示例轴承", "轴承全流程数字化车间，设备健康管理与质量在线检测。", "machinery", "33", 2024),
        Provider("p-vision", "视界机器视觉科技有限公司", "北京", "提供机器视觉缺陷检测、图像识别整体解决方案。", "automotive", "quality", "11", 2023),
    ];

    /// <summary>The same words in another tenant: never to be found from <see cref="Tenant"/>.</summary>
    public static SearchDocument Foreign { get; } = Case("weld", "焊点质量在线检测（另一门户）", "别家汽车", "焊点检测。", "automotive", "quality", [], "32", 2024) with { Tenant = OtherTenant };

    public static SearchDocument Case(string id, string title, string organisation, string text, string industry, string domain, string[] technologies, string province, int year) =>
        new(Tenant, "case", id, 1, title, organisation, text, new Dictionary<string, IReadOnlyList<string>>
        {
            [SearchFacets.Kind] = ["case"],
            [SearchFacets.Industry] = [industry],
            [SearchFacets.Domain] = [domain],
            [SearchFacets.Technology] = technologies,
            [SearchFacets.Province] = [province],
            [SearchFacets.Year] = [year.ToString()],
        }, new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero).AddDays(id.Length));

    private static SearchDocument Factory(string id, string title, string enterprise, string text, string industry, string province, int year) =>
        Case(id, title, enterprise, text, industry, "production", [], province, year) with
        {
            Kind = "factory",
            Facets = new Dictionary<string, IReadOnlyList<string>> { [SearchFacets.Kind] = ["factory"], [SearchFacets.Industry] = [industry], [SearchFacets.Province] = [province], [SearchFacets.Level] = ["national"] },
        };

    private static SearchDocument Provider(string id, string title, string city, string text, string industry, string domain, string province, int year) =>
        Case(id, title, city, text, industry, domain, [], province, year) with
        {
            Kind = "provider",
            Facets = new Dictionary<string, IReadOnlyList<string>> { [SearchFacets.Kind] = ["provider"], [SearchFacets.Industry] = [industry], [SearchFacets.Domain] = [domain], [SearchFacets.Province] = [province] },
        };
}
