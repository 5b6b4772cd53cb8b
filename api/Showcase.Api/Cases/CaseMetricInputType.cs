using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseMetricInputType : InputObjectGraphType<CaseMetric>
{
    public CaseMetricInputType()
    {
        Name = "CaseMetricInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("指标, at most 30 characters.");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("单位, at most 20 characters.");
        Field<DecimalGraphType>("before").Description("改造前, when known.");
        Field<NonNullGraphType<DecimalGraphType>>("after").Description("改造后.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CaseMetric(value.String("name") ?? "", value.String("unit") ?? "", value.Decimal("before"), value.Decimal("after") ?? 0);
}
