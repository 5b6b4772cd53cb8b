using System.ComponentModel;

namespace Showcase.Providers;

/// <summary>
/// The figures of the 2020 工业互联网平台申报书 (platform resources, services, security, investment), for providers
/// that run an industrial internet platform. Every figure is optional; amounts are in 元.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.platform-figures")]
public sealed record PlatformFigures
{
    [Id(0), Description("平台名称")] public string? PlatformName { get; init; }
    [Id(1), Description("可连接运行设备（台/套）")] public long? DevicesRunning { get; init; }
    [Id(2), Description("可连接加工设备（台/套）")] public long? DevicesProcessing { get; init; }
    [Id(3), Description("可连接行走设备（台/套）")] public long? DevicesMobile { get; init; }
    [Id(4), Description("可连接其他设备（台/套）")] public long? DevicesOther { get; init; }
    [Id(5), Description("工业协议兼容适配数量（种）")] public long? Protocols { get; init; }
    [Id(6), Description("研发仿真模型（个）")] public long? SimulationModels { get; init; }
    [Id(7), Description("业务流程模型（个）")] public long? ProcessModels { get; init; }
    [Id(8), Description("行业机理模型（个）")] public long? MechanismModels { get; init; }
    [Id(9), Description("数据算法模型（个）")] public long? AlgorithmModels { get; init; }
    [Id(10), Description("微服务组件数量（个）")] public long? Microservices { get; init; }
    [Id(11), Description("第三方开发者注册总数（个）")] public long? DevelopersRegistered { get; init; }
    [Id(12), Description("第三方活跃开发者数（个）")] public long? DevelopersActive { get; init; }
    [Id(13), Description("工业软件总量（个）")] public long? IndustrialSoftware { get; init; }
    [Id(14), Description("云化软件数量（个）")] public long? CloudSoftware { get; init; }
    [Id(15), Description("新型工业APP数量（个）")] public long? Apps { get; init; }
    [Id(16), Description("杀手锏APP数量（个）")] public long? KillerApps { get; init; }
    [Id(17), Description("杀手锏APP订阅次数（次）")] public long? KillerAppSubscriptions { get; init; }
    [Id(18), Description("杀手锏APP总收入（元）")] public decimal? KillerAppRevenue { get; init; }
    [Id(19), Description("注册企业用户数（个）")] public long? EnterprisesRegistered { get; init; }
    [Id(20), Description("其中工业企业数（个）")] public long? IndustrialEnterprisesRegistered { get; init; }
    [Id(21), Description("服务企业数（个）")] public long? EnterprisesServed { get; init; }
    [Id(22), Description("其中制造企业数（个）")] public long? ManufacturersServed { get; init; }
    [Id(23), Description("付费企业数（个）")] public long? EnterprisesPaying { get; init; }
    [Id(24), Description("服务中小企业数量（个）")] public long? SmesServed { get; init; }
    [Id(25), Description("提供的解决方案数量（个）")] public long? Solutions { get; init; }
    [Id(26), Description("覆盖的行业数量（个，共22个行业）")] public int? IndustriesCovered { get; init; }
    [Id(27), Description("覆盖的领域数量（个，共9个领域）")] public int? DomainsCovered { get; init; }
    [Id(28), Description("解决方案累计对企业新增效益（元）")] public decimal? BenefitsAdded { get; init; }
    [Id(29), Description("解决方案累计对企业降低成本（元）")] public decimal? CostsSaved { get; init; }
    [Id(30), Description("具有设备和数据接入安全防护手段")] public bool? AccessSecurity { get; init; }
    [Id(31), Description("具有数据安全防护")] public bool? DataSecurity { get; init; }
    [Id(32), Description("具有代码安全防护")] public bool? CodeSecurity { get; init; }
    [Id(33), Description("具有应用安全防护")] public bool? ApplicationSecurity { get; init; }
    [Id(34), Description("具有访问安全防护")] public bool? AccessControlSecurity { get; init; }
    [Id(35), Description("平台核心技术专利数量（个）")] public long? Patents { get; init; }
    [Id(36), Description("平台核心技术软件著作权数量（个）")] public long? SoftwareCopyrights { get; init; }
    [Id(37), Description("近三年平台相关累计研发投入（元）")] public decimal? ResearchSpending { get; init; }
    [Id(38), Description("近三年平台相关累计业务收入（元）")] public decimal? Revenue { get; init; }
    [Id(39), Description("近三年平台相关累计业务成本（元）")] public decimal? Cost { get; init; }
    [Id(40), Description("投资回报率（%）")] public decimal? ReturnOnInvestmentPercent { get; init; }
}
