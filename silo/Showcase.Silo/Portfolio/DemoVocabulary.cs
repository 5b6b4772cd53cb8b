namespace Showcase.Silo.Portfolio;

/// <summary>
/// The words the demo portfolio is written with: manufacturing cities, invented company names, and per industry
/// and per domain what is made, where, and what is measured. All companies are fictional.
/// </summary>
internal static class DemoVocabulary
{
    /// <summary>Manufacturing cities as (province code, city code, short name).</summary>
    public static readonly (string Province, string City, string Name)[] Cities =
    [
        ("32", "3205", "苏州"), ("32", "3202", "无锡"), ("32", "3204", "常州"), ("32", "3201", "南京"), ("33", "3302", "宁波"),
        ("33", "3301", "杭州"), ("33", "3303", "温州"), ("34", "3401", "合肥"), ("34", "3402", "芜湖"), ("37", "3702", "青岛"),
        ("37", "3701", "济南"), ("37", "3707", "潍坊"), ("44", "4401", "广州"), ("44", "4403", "深圳"), ("44", "4406", "佛山"),
        ("44", "4419", "东莞"), ("42", "4201", "武汉"), ("43", "4301", "长沙"), ("43", "4302", "株洲"), ("41", "4101", "郑州"),
        ("41", "4103", "洛阳"), ("51", "5101", "成都"), ("50", "5001", "重庆"), ("61", "6101", "西安"), ("21", "2101", "沈阳"),
        ("21", "2102", "大连"), ("22", "2201", "长春"), ("12", "1201", "天津"), ("31", "3101", "上海"), ("35", "3502", "厦门"),
        ("35", "3505", "泉州"), ("13", "1302", "唐山"), ("15", "1502", "包头"), ("36", "3601", "南昌"), ("45", "4502", "柳州"),
        ("52", "5201", "贵阳"), ("64", "6401", "银川"), ("11", "1101", "北京"),
    ];

    /// <summary>Invented trade names (字号).</summary>
    public static readonly string[] TradeNames =
    [
        "澄江", "云岫", "衡川", "旭照", "青禾", "朗峰", "泓远", "晟拓", "沐川", "启衡", "鼎越", "嘉岳", "岚石", "曜辰", "知行", "弘毅",
        "远帆", "立青", "星澜", "润禾", "恒睿", "拓邦", "北辰", "南屿", "汇川", "溪谷", "擎宇", "翰林", "叠翠", "铭远", "景曜", "安澜",
        "海峤", "朔风", "柏川", "鸿途", "承泽", "宁远", "峻岭", "融创",
    ];

    /// <summary>Per industry code: the products, the workshop, the key equipment, and a company suffix.</summary>
    public static readonly Dictionary<string, (string Product, string Workshop, string Equipment, string Company)> Industries = new()
    {
        ["mining"] = ("煤炭", "综采工作面", "采煤机与刮板输送机", "能源集团有限公司"),
        ["ferrous-metals"] = ("热轧板卷", "炼钢—连铸—热轧产线", "高炉与转炉", "钢铁股份有限公司"),
        ["nonferrous-metals"] = ("铜板带箔", "熔铸与轧制车间", "电解槽与轧机", "有色金属股份有限公司"),
        ["petrochemicals"] = ("乙烯与聚烯烃", "炼化一体化装置", "裂解炉与压缩机组", "石化有限公司"),
        ["building-materials"] = ("水泥熟料", "熟料烧成车间", "回转窑与立磨", "建材集团股份有限公司"),
        ["pharmaceuticals"] = ("口服固体制剂", "固体制剂车间", "压片机与包衣机", "药业股份有限公司"),
        ["textiles"] = ("高档面料", "印染车间", "定型机与染色机", "纺织股份有限公司"),
        ["home-appliances"] = ("空调整机", "总装车间", "注塑机与总装线", "电器股份有限公司"),
        ["food"] = ("乳制品", "液态奶灌装车间", "杀菌机与灌装机", "食品股份有限公司"),
        ["tobacco"] = ("卷烟", "制丝与卷包车间", "卷接包机组", "卷烟厂"),
        ["light-industry"] = ("定制家具", "板式家具车间", "封边机与数控开料机", "家居股份有限公司"),
        ["machinery"] = ("工程机械", "结构件焊接车间", "焊接机器人与数控机床", "重工股份有限公司"),
        ["automotive"] = ("新能源乘用车", "冲压—焊装—涂装—总装四大工艺车间", "焊装机器人与涂装线", "汽车有限公司"),
        ["aerospace"] = ("航空结构件", "数控加工与装配车间", "五轴加工中心", "航空工业有限公司"),
        ["shipbuilding"] = ("散货船与集装箱船", "分段制造车间", "切割机与焊接机器人", "造船有限公司"),
        ["rail-transit"] = ("城轨车辆", "车体与转向架车间", "转向架加工线", "轨道交通装备有限公司"),
        ["electronics"] = ("印制电路板与智能终端", "SMT 贴片车间", "贴片机与回流焊炉", "电子科技股份有限公司"),
        ["electric-power"] = ("电力", "火电与新能源场站", "汽轮发电机组与风电机组", "发电有限公司"),
        ["heat-and-gas"] = ("城市燃气与热力", "门站与换热站", "调压设备与换热机组", "燃气热力有限公司"),
        ["construction"] = ("装配式建筑构件", "预制构件工厂", "布料机与养护窑", "建工集团有限公司"),
        ["agriculture"] = ("智慧农机与种业", "农机装配车间", "拖拉机与收获机", "农业装备有限公司"),
        ["services"] = ("工业服务", "共享制造中心", "共享加工设备", "产业服务有限公司"),
    };

    /// <summary>Per domain code: a title pattern ({0} product, {1} workshop, {2} equipment), the approach, a scene, and the metrics.</summary>
    public static readonly Dictionary<string, DomainStory> Domains = new()
    {
        ["safety"] = new("{1}安全风险智能监测与预警",
            "在{1}部署视频智能分析、气体与温度传感网络，建设安全生产风险一张图，对人员违章、设备异常、危险作业实行实时识别和分级预警，实现隐患排查闭环管理",
            "equipment", ["5g", "ai", "iot"],
            [new("安全隐患整改闭环率", "%", 72, 98), new("事故隐患发现时间", "分钟", 120, 5), new("安全巡检人力", "人/班", 12, 4)]),
        ["energy-saving"] = new("{1}能源精细化管控与碳排放监测",
            "建设能源管理中心，对水、电、气、汽等能源介质分级计量，运用大数据模型优化负荷调度和{2}运行参数，开展碳排放核算与监测，推进绿色低碳生产",
            "operations", ["big-data", "industrial-internet", "iot"],
            [new("单位产品综合能耗", "千克标准煤/吨", 118, 101), new("年节约用电", "万千瓦时", 0, 860), new("二氧化碳年减排量", "吨", 0, 6200)]),
        ["quality"] = new("基于机器视觉的{0}质量在线检测与追溯",
            "在关键工序部署工业相机和深度学习缺陷识别模型，替代人工目检，打通原料、工艺参数与成品检验数据，实现质量问题一物一码全程追溯",
            "execution", ["ai", "big-data", "edge-computing"],
            [new("产品不良率", "%", 2.6m, 0.8m), new("检测效率", "件/分钟", 20, 75), new("质量追溯时间", "小时", 48, 0.5m)]),
        ["supply-chain"] = new("{0}供应链协同与集中采购平台",
            "建设供应链协同平台，打通上下游订单、库存与物流数据，开展大宗物资集中采购和供应商协同，实现需求预测、智能补货与交付可视",
            "supply-chain", ["industrial-internet", "big-data", "blockchain"],
            [new("库存周转天数", "天", 45, 28), new("采购成本", "万元/年", 8200, 7350), new("订单准时交付率", "%", 86, 97)]),
        ["design"] = new("{0}数字孪生协同研发设计",
            "构建产品数字孪生模型和云仿真平台，研发、工艺与制造一体化协同，利用虚拟仿真提前验证设计方案，缩短研发周期、减少样机试制",
            "design", ["digital-twin", "cloud-simulation", "ai"],
            [new("新产品研发周期", "月", 18, 11), new("样机试制次数", "次", 5, 2), new("设计变更率", "%", 22, 9)]),
        ["production"] = new("{1}柔性生产与智能排产",
            "部署制造执行系统（MES）与高级计划排程（APS），设备联网采集实时数据，按订单动态排产，AGV 自动配送物料，实现多品种小批量柔性生产",
            "execution", ["industrial-internet", "5g", "ai"],
            [new("生产效率", "%", 100, 132), new("生产计划排程时间", "小时", 8, 0.5m), new("在制品库存", "万元", 3600, 2100)]),
        ["operations"] = new("数据驱动的{0}经营管理与智能决策",
            "建设企业数据中台，打通 ERP、MES、CRM 等系统数据，建立经营驾驶舱与成本精益管控模型，实现业财一体和数据驱动的精准决策",
            "operations", ["big-data", "cloud-computing", "ai"],
            [new("运营成本", "万元/年", 15800, 13900), new("人均产值", "万元/人", 168, 231), new("月结账周期", "天", 10, 3)]),
        ["logistics"] = new("基于 5G+AGV 的{0}智能仓储物流",
            "建设立体仓库与仓储管理系统（WMS），利用 5G 网络调度 AGV 和堆垛机，实现原料入库、线边配送与成品出库全流程自动化与可视化",
            "supply-chain", ["5g", "iot", "beidou"],
            [new("库容利用率", "%", 55, 88), new("出入库效率", "托/小时", 60, 150), new("物流人员", "人", 46, 15)]),
        ["maintenance"] = new("{2}预测性维护与远程运维",
            "对{2}加装振动、温度与电流传感器，建设设备健康管理平台，利用机理模型与机器学习进行故障诊断和寿命预测，开展远程运维与智能运维服务",
            "equipment", ["industrial-internet", "ai", "digital-twin"],
            [new("设备非计划停机时间", "小时/月", 36, 9), new("设备综合效率（OEE）", "%", 68, 84), new("维修成本", "万元/年", 980, 620)]),
    };

    public sealed record DomainStory(
        string TitlePattern, string Approach, string Scene, string[] Technologies, DemoMetric[] Metrics);

    public sealed record DemoMetric(string Name, string Unit, decimal Before, decimal After);
}
