using GraphQL.Types;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseMetricType : ObjectGraphType<CaseMetric>
{
    public CaseMetricType()
    {
        Name = "CaseMetric";
        Description = "A measured benefit (KPI) with its unit and its value before and after.";
        Field(m => m.Name).Description("指标, e.g. 生产效率.");
        Field(m => m.Unit).Description("单位, e.g. %, 千克标煤/吨.");
        Field(m => m.Before, nullable: true).Description("改造前.");
        Field(m => m.After).Description("改造后.");
        Field(m => m.ChangePercent, nullable: true).Description("Change in percent of the value before, when it is known and not zero.");
    }
}
