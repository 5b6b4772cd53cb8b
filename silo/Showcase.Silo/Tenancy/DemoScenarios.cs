using Showcase.Scenarios;

namespace Showcase.Silo.Tenancy;

/// <summary>Sample scenarios of fictional companies for the demo portal.</summary>
internal static class DemoScenarios
{
    public sealed record Sample(string Id, ScenarioContent Content, bool Publish = true);

    public static IReadOnlyList<Sample> All { get; } =
    [
        new("demo-weld-vision-inspection", new ScenarioContent
        {
            Title = "基于机器视觉的车身焊缝质量在线检测",
            Summary = "华东某汽车零部件企业（虚构：江淮精工车身有限公司）在车身焊装车间部署 5G 工业相机与边缘计算节点，对每条焊缝实时拍照，由深度学习模型判定气孔、咬边、漏焊等缺陷，检测结果回传制造执行系统（MES），不合格件自动分流返修。",
            Stages = ["production"],
            Industry = "automotive",
            Domain = "quality",
            Technologies = ["5g", "ai", "edge-computing"],
            NeedAnswered = "人工目检焊缝效率低、标准不一，漏检导致总装返工，质量问题难以追溯到工位和班次。",
            Benefits = "检测节拍由 90 秒缩短至 12 秒，漏检率由 3.2% 降至 0.4%，焊装返修成本每年减少约 600 万元。",
        }),
        new("demo-blast-furnace-maintenance", new ScenarioContent
        {
            Title = "高炉关键设备预测性维护",
            Summary = "北方某钢铁企业（虚构：燕山特钢集团）在高炉鼓风机、热风炉和炉顶布料设备上加装振动、温度传感器，数据汇入工业互联网平台，基于设备机理模型和历史故障数据进行健康评估与故障预警，实现从定期检修到预测性维护的转变。",
            Stages = ["production", "service"],
            Industry = "ferrous-metals",
            Domain = "maintenance",
            Technologies = ["industrial-internet", "big-data", "ai", "iot"],
            NeedAnswered = "关键设备突发故障导致高炉休风，单次损失数百万元；定期检修过度维护、备件库存积压。",
            Benefits = "非计划停机时间减少 45%，设备综合效率提升 6 个百分点，备件库存下降 18%。",
        }),
        new("demo-injection-energy", new ScenarioContent
        {
            Title = "注塑车间能耗精细化管理",
            Summary = "华南某家电企业（虚构：岭南智家电器股份有限公司）对 300 余台注塑机分台计量电、水、气消耗，结合生产订单和工艺参数建立单件能耗模型，识别高耗能机台和工艺，自动生成节能调度建议。",
            Stages = ["production", "management"],
            Industry = "home-appliances",
            Domain = "energy-saving",
            Technologies = ["iot", "big-data", "cloud-computing"],
            NeedAnswered = "车间只有总表计量，能耗无法分摊到机台和订单，节能措施缺少数据依据。",
            Benefits = "单件产品能耗下降 11.5%，年节约电费约 420 万元，减少二氧化碳排放约 3100 吨。",
        }),
        new("demo-virtual-commissioning", new ScenarioContent
        {
            Title = "基于数字孪生的产线虚拟调试",
            Summary = "西南某工程机械企业（虚构：巴蜀重工机械有限公司）在新建结构件焊接产线前，构建包含机器人、输送线、工装夹具和控制逻辑的数字孪生模型，在云端仿真环境中完成节拍验证和 PLC 程序调试，再下发到物理产线。",
            Stages = ["design", "production"],
            Industry = "machinery",
            Domain = "design",
            Technologies = ["digital-twin", "cloud-simulation"],
            NeedAnswered = "新产线现场调试周期长、返工多，设计缺陷到安装阶段才暴露。",
            Benefits = "现场调试周期由 10 周缩短至 4 周，设计变更减少 70%，产线提前两个月达产。",
        }),
        new("demo-api-batch-traceability", new ScenarioContent
        {
            Title = "原料药生产批次全过程质量追溯",
            Summary = "华中某制药企业（虚构：楚天康元药业有限公司）将物料、设备、环境和检验数据按批次关联，关键数据上链存证，实现从原料入厂到成品放行的全过程追溯，支撑药品生产质量管理规范（GMP）审计。",
            Stages = ["production", "management"],
            Industry = "pharmaceuticals",
            Domain = "quality",
            Technologies = ["blockchain", "industrial-internet", "big-data"],
            NeedAnswered = "纸质批记录易出错、查找慢，监管审计和质量调查耗时长。",
            Benefits = "批记录审核时间由 3 天缩短至 4 小时，质量偏差调查效率提升 80%。",
        }),
        new("demo-textile-smart-warehouse", new ScenarioContent
        {
            Title = "纺织成品仓智能仓储与厂内物流",
            Summary = "华东某纺织企业（虚构：钱塘锦纶纺织有限公司）在成品仓部署 5G 与北斗定位的自动导引车（AGV）和立体货架，仓储管理系统与生产计划联动，实现成品自动入库、按单拣选和装车调度。",
            Stages = ["production", "management"],
            Industry = "textiles",
            Domain = "logistics",
            Technologies = ["5g", "beidou", "iot"],
            NeedAnswered = "成品仓人工叉车作业效率低、差错多，旺季发货延误。",
        }, Publish: false),
    ];
}
