using Showcase.Catalog.Search;

namespace Showcase.Bench;

/// <summary>Deterministic case documents of realistic length, built from the words the catalog's cases use.</summary>
public static class GeneratedCases
{
    public static readonly string[] Industries = ["automotive", "machinery", "ferrous-metals", "electronics", "petrochemicals", "textiles", "food", "home-appliances", "building-materials", "pharmaceuticals"];
    public static readonly string[] Domains = ["safety", "energy-saving", "quality", "supply-chain", "design", "production", "operations", "logistics", "maintenance"];
    public static readonly string[] Technologies = ["5g", "industrial-internet", "big-data", "ai", "digital-twin", "iot", "cloud-computing", "edge-computing"];
    public static readonly string[] Provinces = ["11", "32", "33", "34", "37", "44", "51", "13", "42", "43"];
    private static readonly string[] Subjects = ["焊装车间焊点质量在线检测", "高炉鼓风机预测性维护", "热轧产线设备健康管理", "发动机装配线数字孪生", "注塑模具虚拟仿真设计", "水泥窑能源管理系统", "基于5G的AGV厂内物流调度", "离散车间MES全流程追溯", "集团集中采购与供应链协同", "危化品仓库安全生产智能监测", "焊接机器人柔性产线", "纺织印染能耗在线优化", "药品生产质量追溯", "家电总装个性化定制", "电子元器件缺陷视觉检测"];
    // Sentences are built from equipment × action × effect, so words recur the way they do across a real catalog:
    // a common word in thousands of cases, a specific one in a few hundred.
    private static readonly string[] Equipment = ["焊接机器人", "数控机床", "注塑机", "高炉", "轧机", "空压机", "锅炉", "涂装线", "装配线", "立体仓库", "AGV", "冲压线", "印染机", "灌装线", "反应釜", "变压器", "风机", "水泵", "窑炉", "检测工位"];
    private static readonly string[] Actions = ["加装振动传感器", "接入工业互联网平台", "部署机器视觉", "建立数字孪生模型", "上线制造执行系统", "实施能源计量", "引入5G专网", "应用边缘计算", "开展预测性维护", "建设质量追溯系统", "优化排产算法", "实施远程运维"];
    private static readonly string[] Effects = ["非计划停机减少三成", "产品不良率下降一半", "单位能耗降低百分之十二", "生产效率提升百分之二十", "库存周转加快", "交付周期缩短", "人工巡检减少", "安全事故为零", "换型时间缩短六成", "运维成本下降"];

    /// <summary>Words people search this catalog with, the most asked first: its own words, synonyms it does not use, and a few it lacks.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "数字孪生", "预测性维护", "机器视觉", "焊接", "质量追溯", "能耗", "AGV", "MES", "5G", "工业互联网", "边缘计算", "远程运维",
        "焊接机器人", "数控机床", "注塑机", "高炉", "轧机", "空压机", "锅炉", "涂装线", "装配线", "立体仓库", "冲压线", "印染机",
        "灌装线", "反应釜", "变压器", "风机", "水泵", "窑炉", "检测工位", "振动传感器", "制造执行系统", "能源计量", "排产", "停机",
        "不良率", "效率", "库存", "交付周期", "巡检", "安全事故", "换型", "焊点", "鼓风机", "热轧", "设备健康管理", "发动机",
        "注塑模具", "虚拟仿真", "水泥窑", "能源管理", "物流调度", "离散车间", "集中采购", "供应链协同", "危化品", "仓库",
        "安全生产", "柔性产线", "纺织印染", "药品", "家电", "个性化定制", "电子元器件", "缺陷检测", "视觉检测", "OEE", "机械臂",
        "数字双胞胎", "设备综合效率", "智能运维", "预测性维修", "故障预测", "怎样降低能耗", "如何减少非计划停机", "区块链", "光伏", "锂电池",
    ];

    public static IEnumerable<SearchDocument> Create(string tenant, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var random = new Random(i);
            var text = string.Concat(Enumerable.Range(0, 5).Select(_ =>
                $"{Equipment[random.Next(Equipment.Length)]}{Actions[random.Next(Actions.Length)]}，{Effects[random.Next(Effects.Length)]}。"));
            yield return new SearchDocument(tenant, "case", $"c{i}", 1, $"{Subjects[i % Subjects.Length]}（{i % 997}号）", $"示例企业{i % 311}", text,
                new Dictionary<string, IReadOnlyList<string>>
                {
                    [SearchFacets.Kind] = ["case"],
                    [SearchFacets.Industry] = [Industries[i % Industries.Length]],
                    [SearchFacets.Domain] = [Domains[i % Domains.Length]],
                    [SearchFacets.Technology] = [Technologies[i % Technologies.Length], Technologies[(i / 3) % Technologies.Length]],
                    [SearchFacets.Province] = [Provinces[(i / 7) % Provinces.Length]],
                    [SearchFacets.Year] = [(2019 + i % 7).ToString()],
                },
                new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i));
        }
    }
}
