using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseLinksInputType : InputObjectGraphType<CaseLinks>
{
    public CaseLinksInputType()
    {
        Name = "CaseLinksInput";
        Description = "The entities a case is about; each must exist in this portal and be visible to you.";
        Field<IdGraphType>("factory").Description("A demonstration factory's id.");
        Field<IdGraphType>("pilotZone").Description("A pilot zone's id.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("providers").Description("Solution providers' ids, at most 5.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("scenarios").Description("Scenarios' ids, at most 10.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CaseLinks(value.Id("factory"), value.Id("pilotZone"), value.Ids("providers"), value.Ids("scenarios"));
}
