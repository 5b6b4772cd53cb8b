namespace Showcase.Reference;

/// <summary>
/// The reference lists a scenario is tagged with, taken from the 2020 platform application form and the
/// 智能制造试点示范行动实施方案 (see shared/domain.md). Codes are stable; names may be reworded.
/// </summary>
public static class ReferenceData
{
    /// <summary>The 22 industries of the 2020 platform form.</summary>
    public static Taxonomy Industries { get; } = new("industry", "行业",
    [
        new("mining", "煤炭/黑色金属矿开采/石油天然气开采"),
        new("ferrous-metals", "黑色金属"),
        new("nonferrous-metals", "有色金属"),
        new("petrochemicals", "石化化工"),
        new("building-materials", "建材"),
        new("pharmaceuticals", "医药"),
        new("textiles", "纺织"),
        new("home-appliances", "家电"),
        new("food", "食品"),
        new("tobacco", "烟草"),
        new("light-industry", "轻工"),
        new("machinery", "机械"),
        new("automotive", "汽车"),
        new("aerospace", "航空/航天"),
        new("shipbuilding", "船舶"),
        new("rail-transit", "轨道交通"),
        new("electronics", "电子"),
        new("electric-power", "电力"),
        new("heat-and-gas", "热力和燃气"),
        new("construction", "建筑业"),
        new("agriculture", "农业"),
        new("services", "服务业"),
    ]);

    /// <summary>The 9 domains of the 2020 platform form.</summary>
    public static Taxonomy Domains { get; } = new("domain", "领域",
    [
        new("safety", "安全生产"),
        new("energy-saving", "节能减排"),
        new("quality", "质量管控"),
        new("supply-chain", "供应链管理"),
        new("design", "研发设计"),
        new("production", "生产制造"),
        new("operations", "运营管理"),
        new("logistics", "仓储物流"),
        new("maintenance", "运维服务"),
    ]);

    /// <summary>The manufacturing stages a scenario covers (设计、生产、管理、服务).</summary>
    public static Taxonomy Stages { get; } = new("stage", "制造环节",
    [
        new("design", "设计"),
        new("production", "生产"),
        new("management", "管理"),
        new("service", "服务"),
    ]);

    /// <summary>The new-generation information technologies named in the seeds.</summary>
    public static Taxonomy Technologies { get; } = new("technology", "技术",
    [
        new("5g", "5G"),
        new("industrial-internet", "工业互联网"),
        new("big-data", "大数据"),
        new("ai", "人工智能"),
        new("beidou", "北斗"),
        new("digital-twin", "数字孪生"),
        new("ar-vr", "AR/VR"),
        new("blockchain", "区块链"),
        new("cloud-simulation", "云仿真"),
        new("edge-computing", "边缘计算"),
        new("iot", "物联网"),
        new("cloud-computing", "云计算"),
    ]);

    public static IReadOnlyList<Taxonomy> All { get; } = [Industries, Domains, Stages, Technologies];
}
